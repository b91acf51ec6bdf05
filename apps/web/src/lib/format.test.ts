import { describe, expect, it } from 'vitest';
import { formatLsn } from './formatLsn.js';
import { formatAgo } from './formatTime.js';

describe('formatAgo', () => {
  const now = Date.parse('2026-01-01T12:00:00Z');
  it.each([
    ['2026-01-01T12:00:00.400Z', 'now'],
    ['2026-01-01T12:00:05Z', 'now'],
    ['2026-01-01T11:59:57Z', '3 s ago'],
    ['2026-01-01T11:56:00Z', '4 min ago'],
    ['2026-01-01T09:00:00Z', '3 h ago'],
    ['2025-12-25T12:00:00Z', '7 d ago'],
    ['garbage', '—'],
  ])('%s reads %s', (then, expected) => {
    expect(formatAgo(then, now)).toBe(expected);
  });
});

describe('formatLsn', () => {
  it('prints the high and low halves in hex, as PostgreSQL does', () => {
    expect(formatLsn(0x3000060)).toBe('0/3000060');
    expect(formatLsn(2 ** 32 + 0xa0)).toBe('1/A0');
  });
});
