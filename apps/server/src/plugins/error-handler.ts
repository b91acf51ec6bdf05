import { STATUS_CODES } from 'node:http';
import fp from 'fastify-plugin';
import type { FastifyError } from 'fastify';
import type { ErrorResponse } from '@keel/shared';
import { KeelError } from '../errors.js';

export function errorBody(statusCode: number, code: string, message: string): ErrorResponse {
  return { statusCode, code, error: STATUS_CODES[statusCode] ?? 'Error', message };
}

/** Turns every failure into an ErrorResponse; a 5xx never leaks internals to the client. */
export default fp(
  async (app) => {
    app.setErrorHandler((error: FastifyError | KeelError, request, res) => {
      if (error instanceof KeelError) {
        return res.status(error.statusCode).send(errorBody(error.statusCode, error.code, error.message));
      }
      if (error.validation) {
        // Fastify/Ajv says e.g. "body/name must be string"; keep it, that names the field.
        return res.status(400).send(errorBody(400, 'VALIDATION_FAILED', error.message));
      }
      const status = error.statusCode ?? 500;
      if (status < 500) {
        // Fastify's own client errors: malformed JSON, wrong content type, body too large...
        const message =
          error.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE'
            ? 'Keel takes JSON bodies only: send Content-Type: application/json'
            : error.message;
        return res.status(status).send(errorBody(status, error.code ?? 'BAD_REQUEST', message));
      }
      request.log.error({ err: error }, 'request failed');
      return res
        .status(500)
        .send(errorBody(500, 'INTERNAL', 'Internal error; the server log has the details.'));
    });
  },
  { name: 'error-handler' },
);
