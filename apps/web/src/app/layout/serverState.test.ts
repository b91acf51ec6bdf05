import { describe, expect, it } from 'vitest';
import type { HealthResponse } from '@keel/shared';
import { ApiError, CLIENT_ERROR_CODES } from '../../api/ApiError.js';
import { serverState } from './serverState.js';

const ok: HealthResponse = { status: 'ok', version: '0.1.0', uptimeSeconds: 5, database: 'ok' };
const unreachable = new ApiError(0, CLIENT_ERROR_CODES.unreachable, 'Could not reach the Keel server.');

describe('serverState', () => {
  it('is checking before the first answer', () => {
    expect(serverState({ isError: false, error: null, data: undefined })).toBe('checking');
  });

  it('follows the reported status', () => {
    expect(serverState({ isError: false, error: null, data: ok })).toBe('ok');
    expect(serverState({ isError: false, error: null, data: { ...ok, status: 'degraded' } })).toBe(
      'degraded',
    );
  });

  it('says unreachable when the latest poll failed, even with an older answer cached', () => {
    expect(serverState({ isError: true, error: unreachable, data: ok })).toBe('unreachable');
  });

  it('tells an error answer from no answer', () => {
    const error = new ApiError(500, 'INTERNAL', 'The probe crashed.');
    expect(serverState({ isError: true, error, data: undefined })).toBe('error');
  });
});
