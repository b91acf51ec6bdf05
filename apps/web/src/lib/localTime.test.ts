import { describe, expect, it } from 'vitest';
import { localToIsoUtc, toLocalInput } from './localTime.js';

describe('datetime-local values', () => {
  it('turns the local input into ISO UTC and back', () => {
    const iso = localToIsoUtc('2026-03-01T14:30');
    expect(iso).not.toBeNull();
    expect(toLocalInput(new Date(iso!))).toBe('2026-03-01T14:30');
    expect(localToIsoUtc('')).toBeNull();
  });
});
