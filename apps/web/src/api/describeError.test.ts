import { ErrorCodes } from '@keel/shared';
import { describe, expect, it } from 'vitest';
import { ApiError, CLIENT_ERROR_CODES } from './ApiError.js';
import { describeError } from './describeError.js';

describe('describeError', () => {
  it("shows the server's message, without its HTTP status or code", () => {
    expect(describeError(new ApiError(409, ErrorCodes.CONFLICT, 'The cluster is busy.'))).toEqual({
      message: 'The cluster is busy.',
    });
  });

  it('shows a client-side failure in words only', () => {
    const error = new ApiError(502, CLIENT_ERROR_CODES.unreachable, 'Could not reach the Keel server.');
    expect(describeError(error)).toEqual({ message: 'Could not reach the Keel server.' });
  });

  it('falls back for things that are not errors', () => {
    expect(describeError('nope').message).toBe('Something went wrong.');
  });
});
