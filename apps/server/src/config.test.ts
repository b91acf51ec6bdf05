import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.js';

describe('loadConfig', () => {
  it('applies defaults when nothing is set', () => {
    const config = loadConfig({});
    expect(config.port).toBe(8080);
    expect(config.host).toBe('127.0.0.1');
    expect(config.dataDir).toBe(path.resolve(import.meta.dirname, '../../../data'));
    expect(config.logLevel).toBe('info');
  });

  it('reads and converts the values given', () => {
    const config = loadConfig({ KEEL_PORT: '9090', KEEL_DATA_DIR: '/tmp/keel-x', KEEL_LOG_LEVEL: 'warn' });
    expect(config).toMatchObject({ port: 9090, dataDir: '/tmp/keel-x', logLevel: 'warn' });
  });

  it.each([
    ['KEEL_PORT', 'eighty'],
    ['KEEL_PORT', '70000'],
    ['KEEL_PORT', '0'],
    ['KEEL_LOG_LEVEL', 'loud'],
  ])('rejects %s=%s with a message naming the variable', (variable, value) => {
    expect(() => loadConfig({ [variable]: value })).toThrow(ConfigError);
    expect(() => loadConfig({ [variable]: value })).toThrow(new RegExp(variable));
  });
});

describe('KEEL_TRUST_PROXY', () => {
  it('is empty (forwarded headers ignored) unless set', () => {
    expect(loadConfig({}).trustProxy).toEqual([]);
  });

  it('takes addresses and CIDR ranges, IPv4 and IPv6, comma or space separated', () => {
    expect(loadConfig({ KEEL_TRUST_PROXY: '127.0.0.1, 10.0.0.0/8 ::1 fd00::/64' }).trustProxy).toEqual([
      '127.0.0.1',
      '10.0.0.0/8',
      '::1',
      'fd00::/64',
    ]);
  });

  it.each(['proxy.example', '10.0.0.0/33', '::1/129', '10.0.0.1/8/8', '10.0.0/8'])(
    'rejects %s with a message naming the variable and the entry',
    (entry) => {
      expect(() => loadConfig({ KEEL_TRUST_PROXY: `127.0.0.1,${entry}` })).toThrow(
        new RegExp(
          `KEEL_TRUST_PROXY: "${entry.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}" is not an IP address`,
        ),
      );
    },
  );
});

describe('secrets from files (KEEL_SECRET_KEY_FILE, KEEL_ADMIN_PASSWORD_FILE)', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'keel-config-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const file = (name: string, content: string): string => {
    const full = path.join(dir, name);
    writeFileSync(full, content, { mode: 0o600 });
    return full;
  };

  it('reads each secret from its file, without the trailing line break', () => {
    const key = 'q1v0nA2mR7cYp3k8sD5fG6hJ9lZ4xW0eT1uI2oP3aS4=';
    const config = loadConfig({
      KEEL_SECRET_KEY_FILE: file('key', `${key}\n`),
      KEEL_ADMIN_PASSWORD_FILE: file('password', 'a password with spaces \r\n'),
    });
    expect(config.secretKey).toBe(key);
    expect(config.adminPassword).toBe('a password with spaces ');
  });

  it('reads them from the variables too, and leaves them unset when neither is given', () => {
    expect(loadConfig({ KEEL_SECRET_KEY: 'abc', KEEL_ADMIN_PASSWORD: 'def' })).toMatchObject({
      secretKey: 'abc',
      adminPassword: 'def',
    });
    expect(loadConfig({})).toMatchObject({ secretKey: undefined, adminPassword: undefined });
  });

  it('refuses a secret given both ways', () => {
    expect(() => loadConfig({ KEEL_ADMIN_PASSWORD: 'x', KEEL_ADMIN_PASSWORD_FILE: file('p2', 'y') })).toThrow(
      /KEEL_ADMIN_PASSWORD_FILE: set either KEEL_ADMIN_PASSWORD or KEEL_ADMIN_PASSWORD_FILE, not both/,
    );
  });

  it('says which file cannot be read, or is empty', () => {
    expect(() => loadConfig({ KEEL_SECRET_KEY_FILE: path.join(dir, 'missing') })).toThrow(
      /KEEL_SECRET_KEY_FILE: cannot read ".*missing" \(ENOENT\)/,
    );
    expect(() => loadConfig({ KEEL_SECRET_KEY_FILE: file('empty', '\n') })).toThrow(
      /KEEL_SECRET_KEY_FILE: ".*empty" is empty/,
    );
  });
});
