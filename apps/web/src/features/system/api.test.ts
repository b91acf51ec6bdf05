import { afterEach, describe, expect, it, vi } from 'vitest';
import { fetchHealth } from './api.js';

const degraded = { status: 'degraded', version: '0.1.0', uptimeSeconds: 12, database: 'unavailable' };

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('fetchHealth', () => {
  it('reads a degraded answer sent with HTTP 503 as health, not as an outage', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(() => Promise.resolve(Response.json(degraded, { status: 503 }))),
    );
    await expect(fetchHealth()).resolves.toEqual(degraded);
  });

  it('still fails when the server cannot be reached', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(() => Promise.resolve(new Response(null, { status: 502 }))),
    );
    await expect(fetchHealth()).rejects.toMatchObject({ statusCode: 502, isUnreachable: true });
  });
});
