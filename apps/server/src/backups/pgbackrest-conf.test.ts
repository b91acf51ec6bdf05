import { describe, expect, it } from 'vitest';
import { memberConf, repositoryConf, type StanzaConfig } from './pgbackrest-conf.js';

const config: StanzaConfig = {
  stanza: 'main',
  repository: { type: 'posix', host: 'lb', path: '/var/lib/pgbackrest' },
  retention: { fullCount: 3 },
  members: [
    { host: 'pg1', dataDirectory: '/var/lib/postgresql/15/main', port: 5432 },
    { host: 'pg2', dataDirectory: '/var/lib/postgresql/15/main', port: 5432 },
  ],
};

describe('pgbackrest.conf', () => {
  it('lists every member for backup-standby, with count retention', () => {
    const text = repositoryConf(config);
    expect(text).toContain('repo1-retention-full-type=count\nrepo1-retention-full=3');
    expect(text).toContain('backup-standby=y');
    expect(text).toContain('pg2-host=pg2\npg2-path=/var/lib/postgresql/15/main');
  });

  it('keeps N days when asked', () => {
    expect(repositoryConf({ ...config, retention: { fullDays: 14 } })).toContain(
      'repo1-retention-full-type=time\nrepo1-retention-full=14',
    );
  });

  it('points a member at the repository host', () => {
    expect(memberConf(config, config.members[0]!)).toContain('repo1-host=lb\n');
  });

  it('refuses a value with a newline', () => {
    expect(() => repositoryConf({ ...config, stanza: 'a\n[global]' })).toThrow(/newline/);
  });
});
