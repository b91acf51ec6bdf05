import { describe, expect, it } from 'vitest';
import { formatDuration } from './formatDuration.js';

describe('formatDuration', () => {
  it.each([
    [0, '0s'],
    [42.7, '42s'],
    [725, '12m 5s'],
    [3600, '1h 0m'],
    [4 * 3600 + 12 * 60 + 9, '4h 12m'],
    [3 * 86_400 + 4 * 3600 + 59, '3d 4h'],
    [Number.NaN, '0s'],
  ])('%s seconds reads %s', (seconds, expected) => {
    expect(formatDuration(seconds)).toBe(expected);
  });
});
