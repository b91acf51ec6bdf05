import path from 'node:path';
import { describe, expect, it } from 'vitest';
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
