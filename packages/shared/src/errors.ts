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
