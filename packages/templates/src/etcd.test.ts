import { describe, expect, it } from 'vitest';
import { renderEtcdConfig, templatesDir, type EtcdConfigValues } from './index.js';
import { etcdValues } from './fixtures.test-helpers.js';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

/** Parses an environment file (VAR="value" lines) the way a shell or systemd would. */
function parseEnv(text: string): Record<string, string> {
  const env: Record<string, string> = {};
  for (const line of text.split('\n')) {
    const match = /^([A-Z0-9_]+)="(.*)"$/.exec(line);
    if (match) env[match[1]!] = match[2]!;
    else if (line.trim() !== '' && !line.startsWith('#')) throw new Error(`not an env line: ${line}`);
  }
  return env;
}

describe('renderEtcdConfig', () => {
  it('carries the member, its URLs and the initial cluster', () => {
    const env = parseEnv(renderEtcdConfig(etcdValues()));
    expect(env).toMatchObject({
      ETCD_NAME: 'pg2',
      ETCD_DATA_DIR: '/var/lib/etcd/keel',
      ETCD_LISTEN_PEER_URLS: 'http://10.231.0.12:2380',
      ETCD_ADVERTISE_CLIENT_URLS: 'http://10.231.0.12:2379',
      ETCD_INITIAL_CLUSTER:
        'pg1=http://10.231.0.11:2380,pg2=http://10.231.0.12:2380,pg3=http://10.231.0.13:2380',
      ETCD_INITIAL_CLUSTER_STATE: 'new',
      ETCD_INITIAL_CLUSTER_TOKEN: 'keel-lab',
      ETCD_HEARTBEAT_INTERVAL: '50',
      ETCD_ELECTION_TIMEOUT: '500',
    });
  });

  it('notes the production defaults of the timings', () => {
    const text = renderEtcdConfig(etcdValues());
    expect(text).toMatch(/# production default: 100\nETCD_HEARTBEAT_INTERVAL="50"/);
    expect(text).toMatch(/# production default: 1000\nETCD_ELECTION_TIMEOUT="500"/);
  });

  it('throws when a value is missing', () => {
    const values: Partial<EtcdConfigValues> = etcdValues();
    delete values.clusterToken;
    expect(() => renderEtcdConfig(values as EtcdConfigValues)).toThrow(/clusterToken/);
  });

  it('finds the templates in the repository', () => {
    expect(existsSync(join(templatesDir, 'etcd.conf.hbs'))).toBe(true);
  });
});
