import { ErrorCodes } from '@keel/shared';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from './ApiError.js';
import { setCsrfToken } from './csrf.js';
import { apiGet, apiRequest } from './http.js';

function respondWith(status: number, body: string, statusText = '') {
  const fetchMock = vi.fn(() =>
    Promise.resolve(new Response(body === '' ? null : body, { status, statusText })),
  );
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

async function caught(promise: Promise<unknown>): Promise<ApiError> {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  if (!(error instanceof ApiError)) throw new Error(`expected an ApiError, got ${String(error)}`);
  return error;
}

afterEach(() => {
  vi.unstubAllGlobals();
  setCsrfToken(null);
});

describe('apiRequest', () => {
  it('returns the parsed body and sends same-origin credentials', async () => {
    const fetchMock = respondWith(200, '{"status":"ok"}');
    await expect(apiGet('/api/v1/health')).resolves.toEqual({ status: 'ok' });
    expect(fetchMock).toHaveBeenCalledWith(
      '/api/v1/health',
      expect.objectContaining({ credentials: 'same-origin' }),
    );
  });

  it('sends a JSON body with its content type, and no content type without one', async () => {
    const fetchMock = respondWith(204, '');
    await apiRequest('/api/v1/things', { method: 'POST', body: { name: 'a' } });
    await apiRequest('/api/v1/things/1', { method: 'DELETE' });
    const [withBody, withoutBody] = fetchMock.mock.calls.map(
      (call) => (call as unknown as [string, RequestInit])[1],
    );
    expect(withBody?.body).toBe('{"name":"a"}');
    expect(withBody?.headers).toMatchObject({ 'Content-Type': 'application/json' });
    expect(withoutBody?.headers).not.toHaveProperty('Content-Type');
  });

  it('sends the CSRF token with changes only', async () => {
    const fetchMock = respondWith(204, '');
    setCsrfToken('t0ken');
    await apiRequest('/api/v1/things/1', { method: 'DELETE' });
    await apiGet('/api/v1/things');
    const [change, read] = fetchMock.mock.calls.map((call) => (call as unknown as [string, RequestInit])[1]);
    expect(change?.headers).toMatchObject({ 'X-CSRF-Token': 't0ken' });
    expect(read?.headers).not.toHaveProperty('X-CSRF-Token');
  });

  it("carries the server's statusCode, code and message", async () => {
    // What the job runner answers a second change to a busy cluster.
    const busy =
      'The cluster is busy with job 1 (Switchover pg1 → pg2, running); wait for it to end or cancel it';
    respondWith(
      409,
      JSON.stringify({
        statusCode: 409,
        code: ErrorCodes.CONFLICT,
        error: 'Conflict',
        message: busy,
      }),
    );
    const error = await caught(apiGet('/api/v1/clusters/1'));
    expect(error).toMatchObject({ statusCode: 409, code: 'CONFLICT', message: busy });
  });

  it('reports a network failure as unreachable', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(() => Promise.reject(new TypeError('Failed to fetch'))),
    );
    const error = await caught(apiGet('/api/v1/health'));
    expect(error.statusCode).toBe(0);
    expect(error.isUnreachable).toBe(true);
  });

  it('reports a bare gateway error as unreachable, keeping the status', async () => {
    respondWith(502, '', 'Bad Gateway');
    const error = await caught(apiGet('/api/v1/health'));
    expect(error).toMatchObject({ statusCode: 502, isUnreachable: true });
  });

  it('describes an error status without a Keel body', async () => {
    respondWith(500, '<html>oops</html>', 'Internal Server Error');
    const error = await caught(apiGet('/api/v1/health'));
    expect(error.statusCode).toBe(500);
    expect(error.message).toContain('HTTP 500 Internal Server Error');
  });

  it('lets an abort through untouched, for react-query to cancel quietly', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(() => Promise.reject(new DOMException('aborted', 'AbortError'))),
    );
    await expect(apiGet('/api/v1/health')).rejects.toMatchObject({ name: 'AbortError' });
  });
});
