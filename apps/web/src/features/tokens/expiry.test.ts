import { describe, expect, it } from 'vitest';
import { expiresAt, tokenState } from './expiry.js';

const now = Date.parse('2026-01-01T12:00:00.000Z');

describe('expiresAt', () => {
  it('counts days from now, and nothing for a token that never expires', () => {
    expect(expiresAt('30', now)).toBe('2026-01-31T12:00:00.000Z');
    expect(expiresAt('never', now)).toBeUndefined();
  });
});

describe('tokenState', () => {
  it('is revoked before expired, and active otherwise', () => {
    expect(tokenState({ expiresAt: null, revokedAt: null }, now)).toBe('active');
    expect(tokenState({ expiresAt: '2025-12-31T00:00:00.000Z', revokedAt: null }, now)).toBe('expired');
    expect(
      tokenState({ expiresAt: '2025-12-31T00:00:00.000Z', revokedAt: '2025-12-01T00:00:00.000Z' }, now),
    ).toBe('revoked');
  });
});
