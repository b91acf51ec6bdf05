import { describe, expect, it } from 'vitest';
import { normalizeRole } from './roles.js';

describe('normalizeRole', () => {
  it.each([
    ['master', 'leader'],
    ['primary', 'leader'],
    ['leader', 'leader'],
    ['replica', 'replica'],
    ['sync_standby', 'sync_standby'],
    ['standby_leader', 'standby_leader'],
    ['quorum_standby', 'quorum_standby'],
    ['uninitialized', 'unknown'],
    [undefined, 'unknown'],
  ])('maps %s to %s', (input, expected) => {
    expect(normalizeRole(input)).toBe(expected);
  });
});
