import type { BackupRepository, BackupRetention } from '@keel/shared';

/** One database member as pgBackRest on the repository host reaches it. */
export interface StanzaMember {
  host: string;
  dataDirectory: string;
  port: number;
}

export interface StanzaConfig {
  stanza: string;
  repository: BackupRepository;
  retention: BackupRetention;
  members: readonly StanzaMember[];
}

/** pgBackRest option values may not carry newlines or `=` in keys; refuse rather than write a broken file. */
function value(v: string | number): string {
  const text = String(v);
  if (/[\r\n]/.test(text))
    throw new Error(`A pgBackRest option value cannot hold a newline: ${JSON.stringify(text)}`);
  return text;
}

function repositoryLines(repository: BackupRepository, retention: BackupRetention): string[] {
  const lines = [`repo1-type=${value(repository.type)}`, `repo1-path=${value(repository.path)}`];
  if (retention.fullDays !== undefined) {
    lines.push('repo1-retention-full-type=time', `repo1-retention-full=${value(retention.fullDays)}`);
  } else {
    lines.push('repo1-retention-full-type=count', `repo1-retention-full=${value(retention.fullCount ?? 2)}`);
  }
  return lines;
}

/**
 * The repository host's pgbackrest.conf: the repository, retention, compression, and every member as
 * pg1..pgN so `backup-standby` can take the backup from a replica. Members are reached with pgBackRest's
 * own SSH transport (pgN-host), the usual setup; TLS server mode would avoid keys between hosts.
 */
export function repositoryConf(config: StanzaConfig): string {
  const global = [
    '[global]',
    ...repositoryLines(config.repository, config.retention),
    'compress-type=zst',
    'start-fast=y',
    'backup-standby=y',
    'log-level-console=info',
    'log-level-file=detail',
  ];
  const stanza = [`[${value(config.stanza)}]`];
  config.members.forEach((m, i) => {
    const n = i + 1;
    stanza.push(
      `pg${n}-host=${value(m.host)}`,
      `pg${n}-path=${value(m.dataDirectory)}`,
      `pg${n}-port=${value(m.port)}`,
    );
  });
  return `${global.join('\n')}\n\n${stanza.join('\n')}\n`;
}

/** A member's pgbackrest.conf: its own data directory, and the repository host for archive-push/get. */
export function memberConf(config: StanzaConfig, member: StanzaMember): string {
  return [
    '[global]',
    `repo1-host=${value(config.repository.host)}`,
    'log-level-console=info',
    '',
    `[${value(config.stanza)}]`,
    `pg1-path=${value(member.dataDirectory)}`,
    `pg1-port=${value(member.port)}`,
    '',
  ].join('\n');
}
