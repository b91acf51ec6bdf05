import Type, { type Static } from 'typebox';

/** Every 4xx/5xx answer has this shape; `code` is stable for clients to branch on. */
export const ErrorResponse = Type.Object(
  {
    statusCode: Type.Integer(),
    code: Type.String({ description: 'Stable machine-readable error code, e.g. VALIDATION_FAILED' }),
    error: Type.String({ description: 'HTTP reason phrase' }),
    message: Type.String({ description: 'What went wrong, written for a person' }),
  },
  { title: 'ErrorResponse' },
);
export type ErrorResponse = Static<typeof ErrorResponse>;

/**
 * Every code the server answers with, and its HTTP status. Clients branch on the code (a busy cluster is
 * `CONFLICT`, a refused precondition `PRECONDITION_FAILED`); the server's error handler maps it to the status.
 */
export const errorStatus = {
  VALIDATION_FAILED: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  CSRF_FAILED: 403,
  PASSWORD_CHANGE_REQUIRED: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  UNREACHABLE: 422,
  PRECONDITION_FAILED: 422,
  RATE_LIMITED: 429,
  INTERNAL: 500,
} as const;

export type ErrorCode = keyof typeof errorStatus;

/** The codes by name, for code that compares (`error.code === ErrorCodes.CONFLICT`). */
export const ErrorCodes = Object.fromEntries(Object.keys(errorStatus).map((code) => [code, code])) as {
  readonly [C in ErrorCode]: C;
};
