import { allOf, command, type ShellCommand } from '../../ssh/quote.js';
import type { HostFacts } from './facts.js';
import { DEBIAN_PATRONI_DEPS } from './patroni-deps.js';

export type HostRole = 'database' | 'load-balancer';

/** How Patroni gets onto a host: the family's package, or Keel's carried Patroni 4 tree. */
export type PatroniSource = { kind: 'package'; name: string } | { kind: 'keel-tree' } | { kind: 'none' };

/** What the install step will do on one host: the packages it lacks and the commands that add them. */
export interface PackagePlan {
  wanted: string[];
  missing: string[];
  patroni: PatroniSource;
  commands: ShellCommand[];
}

/** Patroni 3.0.2 with etcd3 loses acknowledged writes (environment.md): never installed from a package. */
export const KNOWN_BAD_PATRONI = /^3\.0\.[0-2]\b/;

/** PostgreSQL majors the Debian release itself carries; others come from apt.postgresql.org. */
const DEBIAN_OWN_POSTGRES: Record<number, number> = { 11: 15, 12: 15, 13: 17 };

function debianPlan(facts: HostFacts, role: HostRole, pg: number): PackagePlan {
  const onDb = role === 'database';
  // Debian 13 packages Patroni 4.0.7; Debian 12's own is the unsafe 3.0.2, so Keel carries Debian 13's.
  const patroni: PatroniSource = !onDb
    ? { kind: 'none' }
    : (facts.osMajor ?? 0) >= 13
      ? { kind: 'package', name: 'patroni' }
      : { kind: 'keel-tree' };
  const wanted = onDb
    ? [
        `postgresql-${pg}`,
        'etcd-server',
        ...DEBIAN_PATRONI_DEPS,
        ...(patroni.kind === 'package' ? ['patroni'] : []),
      ]
    : ['haproxy'];
  const missing = wanted.filter((p) => !(p in facts.packages));
  const commands: ShellCommand[] = [];
  if (missing.length > 0) {
    const needsPgdg = missing.includes(`postgresql-${pg}`) && DEBIAN_OWN_POSTGRES[facts.osMajor ?? 0] !== pg;
    if (needsPgdg)
      commands.push(
        command(
          'apt-get',
          'install',
          '-y',
          '--no-install-recommends',
          'postgresql-common',
          'ca-certificates',
        ),
        command('/usr/share/postgresql-common/pgdg/apt.postgresql.org.sh', '-y'),
      );
    commands.push(
      command('apt-get', 'update'),
      // Debian's postgresql-N makes a "main" cluster on install; Patroni makes its own data directory.
      allOf(
        command(
          'env',
          'DEBIAN_FRONTEND=noninteractive',
          'apt-get',
          'install',
          '-y',
          '--no-install-recommends',
          ...missing,
        ),
      ),
    );
  }
  return { wanted, missing, patroni, commands };
}

function rhelPlan(facts: HostFacts, role: HostRole, pg: number): PackagePlan {
  const onDb = role === 'database';
  const major = facts.osMajor ?? 9;
  const fedora = facts.osId === 'fedora';
  // PGDG's RPM repositories carry Patroni 4 (and its etcd3 client) for every supported release.
  const patroni: PatroniSource = onDb ? { kind: 'package', name: 'patroni' } : { kind: 'none' };
  const wanted = onDb ? [`postgresql${pg}-server`, 'patroni', 'patroni-etcd', 'etcd'] : ['haproxy'];
  const missing = wanted.filter((p) => !(p in facts.packages));
  const commands: ShellCommand[] = [];
  if (missing.length > 0) {
    if (onDb) {
      const repo = fedora
        ? `https://download.postgresql.org/pub/repos/yum/reporpms/F-${major}-x86_64/pgdg-fedora-repo-latest.noarch.rpm`
        : `https://download.postgresql.org/pub/repos/yum/reporpms/EL-${major}-x86_64/pgdg-redhat-repo-latest.noarch.rpm`;
      commands.push(command('dnf', 'install', '-y', repo));
      // The distribution's own postgresql module would shadow PGDG's packages (EL 8 and 9).
      if (!fedora && major < 10) commands.push(command('dnf', '-qy', 'module', 'disable', 'postgresql'));
      // etcd is in PGDG's "extras" repository, off by default.
      if (!fedora)
        commands.push(command('dnf', 'config-manager', '--set-enabled', `pgdg-rhel${major}-extras`));
    }
    commands.push(command('dnf', 'install', '-y', ...missing));
  }
  return { wanted, missing, patroni, commands };
}

/** The install step's plan for one host from its facts: nothing to run when everything is there. */
export function packagePlan(facts: HostFacts, role: HostRole, postgresVersion: number): PackagePlan {
  if (facts.osFamily === 'debian') return debianPlan(facts, role, postgresVersion);
  if (facts.osFamily === 'rhel') return rhelPlan(facts, role, postgresVersion);
  throw new Error(
    `${facts.osId || 'This OS'} ${facts.osVersion} is neither Debian/Ubuntu nor the RHEL family: Keel has no package plan for it`,
  );
}
