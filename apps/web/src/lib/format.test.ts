import { describe, expect, it } from 'vitest';
import { formatBytes } from './formatBytes.js';
import { formatLsn } from './formatLsn.js';
import { formatAgo } from './formatTime.js';

describe('formatBytes', () => {
  it.each([
    [0, '0 B'],
    [999, '999 B'],
    [1_000, '1.0 kB'],
    [1_536, '1.5 kB'],
    [40_000_000, '40 MB'],
    [1_200_000_000, '1.2 GB'],
    [Number.NaN, '—'],
  ])('%s reads %s', (bytes, expected) => {
    expect(formatBytes(bytes)).toBe(expected);
  });
});

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
