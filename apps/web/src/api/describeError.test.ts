import { ErrorCodes } from '@keel/shared';
import { describe, expect, it } from 'vitest';
import { ApiError, CLIENT_ERROR_CODES } from './ApiError.js';
import { describeError } from './describeError.js';

describe('describeError', () => {
  it("shows the server's message with status and code", () => {
    expect(describeError(new ApiError(409, ErrorCodes.CONFLICT, 'The cluster is busy.'))).toEqual({
      message: 'The cluster is busy.',
      detail: 'HTTP 409 · CONFLICT',
    });
  });

  it('leaves out client-side codes, which mean nothing to an operator', () => {
    const error = new ApiError(502, CLIENT_ERROR_CODES.unreachable, 'Could not reach the Keel server.');
    expect(describeError(error)).toEqual({ message: 'Could not reach the Keel server.', detail: 'HTTP 502' });
  });

  it('falls back for things that are not errors', () => {
    expect(describeError('nope').message).toBe('Something went wrong.');
  });
});
