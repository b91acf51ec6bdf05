import { describe, expect, it } from 'vitest';
import { mergeConfig, reviewConfigChange } from './config-rules.js';

const current = {
  ttl: 30,
  loop_wait: 10,
  retry_timeout: 10,
  postgresql: { parameters: { max_connections: 100, work_mem: '4MB' } },
};

describe('reviewConfigChange', () => {
  it('answers the diff and which changes need a restart', () => {
    const review = reviewConfigChange(current, {
      postgresql: { parameters: { max_connections: 200, work_mem: '8MB' } },
    });
    expect(review.changes).toEqual([
      { path: 'postgresql.parameters.max_connections', before: 100, after: 200, needsRestart: true },
      { path: 'postgresql.parameters.work_mem', before: '4MB', after: '8MB', needsRestart: false },
    ]);
    expect(review.warnings.join()).toMatch(/restart.*max_connections/);
  });

  it('refuses loop_wait + 2 × retry_timeout above ttl', () => {
    expect(() => reviewConfigChange(current, { loop_wait: 15 })).toThrow(/15 \+ 2 × 10 = 35 > 30/);
  });

  it('refuses unknown keys and wrong types, naming them', () => {
    expect(() => reviewConfigChange(current, { tll: 30 })).toThrow(/tll is not a known Patroni setting/);
    expect(() => reviewConfigChange(current, { ttl: 'thirty' })).toThrow(/ttl must be an integer/);
    expect(() => reviewConfigChange(current, { synchronous_mode: 'yes' })).toThrow(
      /synchronous_mode must be true or false/,
    );
  });

  it('merges like Patroni: objects merge, null removes', () => {
    expect(mergeConfig({ a: { b: 1, c: 2 }, d: 1 }, { a: { b: 3 }, d: null })).toEqual({ a: { b: 3, c: 2 } });
  });
});
