import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { renderPatroniConfig, type PatroniConfigValues } from './index.js';
import { patroniValues } from './fixtures.test-helpers.js';

interface ParsedPatroni {
  scope: string;
  namespace: string;
  name: string;
  restapi: { listen: string; connect_address: string };
  etcd3: { hosts: string[] };
  log: { dir: string };
  bootstrap: {
    dcs: {
      ttl: number;
      loop_wait: number;
      retry_timeout: number;
      maximum_lag_on_failover: number;
      synchronous_mode: boolean;
      postgresql: { use_pg_rewind: boolean; parameters: Record<string, unknown> };
    };
  };
  postgresql: {
    listen: string;
    connect_address: string;
    data_dir: string;
    bin_dir: string;
    parameters: Record<string, unknown>;
    pg_hba: string[];
    authentication: Record<'superuser' | 'replication' | 'rewind', { username: string; password: string }>;
  };
}

function renderParsed(values: PatroniConfigValues): ParsedPatroni {
  return parse(renderPatroniConfig(values)) as ParsedPatroni;
}

describe('renderPatroniConfig', () => {
  it('renders YAML that parses and carries the values given', () => {
    const config = renderParsed(patroniValues());
    expect(config.scope).toBe('keel-lab');
    expect(config.namespace).toBe('/service/');
    expect(config.name).toBe('pg2');
    expect(config.restapi).toEqual({ listen: '0.0.0.0:8008', connect_address: '10.231.0.12:8008' });
    expect(config.etcd3.hosts).toEqual(['10.231.0.11:2379', '10.231.0.12:2379', '10.231.0.13:2379']);
    expect(config.log.dir).toBe('/var/log/patroni');
    expect(config.postgresql.listen).toBe('0.0.0.0:5432');
    expect(config.postgresql.connect_address).toBe('10.231.0.12:5432');
    expect(config.postgresql.data_dir).toBe('/var/lib/postgresql/15/keel');
    expect(config.postgresql.bin_dir).toBe('/usr/lib/postgresql/15/bin');
    expect(config.postgresql.parameters.unix_socket_directories).toBe('/run/postgresql');
  });

  it('carries the timings in bootstrap.dcs and keeps pg_rewind working', () => {
    const values = { ...patroniValues(), ttl: 30, loopWait: 10, retryTimeout: 10, synchronousMode: true };
    const dcs = renderParsed(values).bootstrap.dcs;
    expect(dcs).toMatchObject({ ttl: 30, loop_wait: 10, retry_timeout: 10, synchronous_mode: true });
    expect(dcs.maximum_lag_on_failover).toBe(1048576);
    expect(dcs.postgresql.use_pg_rewind).toBe(true);
    expect(dcs.postgresql.parameters.wal_log_hints).toBe('on');
  });

  it('notes the production default next to each timing', () => {
    const text = renderPatroniConfig(patroniValues());
    expect(text).toMatch(/ttl: 20 +# production default: 30/);
    expect(text).toMatch(/loop_wait: 2 +# production default: 10/);
    expect(text).toMatch(/retry_timeout: 4 +# production default: 10/);
  });

  it('replaces pg_hba: replication from every member and 127.0.0.1, passwords for the rest', () => {
    const hba = renderParsed(patroniValues()).postgresql.pg_hba;
    for (const address of ['127.0.0.1', '10.231.0.11', '10.231.0.12', '10.231.0.13']) {
      expect(hba).toContain(`host replication "replicator" ${address}/32 scram-sha-256`);
    }
    expect(hba).toContain('host all all 10.231.0.0/24 scram-sha-256');
    expect(hba.some((line) => line.includes('trust'))).toBe(false);
  });

  it('passes passwords through as data, even with YAML-special characters', () => {
    const auth = renderParsed(patroniValues()).postgresql.authentication;
    expect(auth.superuser).toEqual({ username: 'postgres', password: 'su-"secret": #1' });
    expect(auth.replication.password).toBe('repl-secret');
    expect(auth.rewind).toEqual({ username: 'rewind_user', password: 'rewind-secret' });
  });

  it('throws when a value is missing', () => {
    const values = patroniValues() as Partial<PatroniConfigValues>;
    delete values.scope;
    expect(() => renderPatroniConfig(values as PatroniConfigValues)).toThrow(/scope/);
    const noRewind = patroniValues();
    // @ts-expect-error deliberately incomplete
    noRewind.authentication.rewind = {};
    expect(() => renderPatroniConfig(noRewind)).toThrow();
  });

  it('refuses timings where loop_wait + 2 * retry_timeout exceeds ttl', () => {
    expect(() =>
      renderPatroniConfig({ ...patroniValues(), ttl: 20, loopWait: 10, retryTimeout: 10 }),
    ).toThrow(/must be <= ttl/);
  });
});
