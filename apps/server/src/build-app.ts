import { readFileSync } from 'node:fs';
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyServerOptions } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { ErrorResponse } from '@keel/shared';
import app, { type AppOptions } from './app.js';
import type { Config } from './config.js';
import { validatorCompiler } from './validation.js';
import { schemaErrorMessage } from './validation-messages.js';
import { errorBody } from './plugins/error-handler.js';
import { securityHeaders } from './plugins/security-headers.js';

/** Never in a log line, whatever a plugin decides to log about a request. */
const redactedLogPaths = [
  'req.headers.authorization',
  'req.headers.cookie',
  'req.headers["x-csrf-token"]',
  'res.headers["set-cookie"]',
];

/** A ready Fastify instance running Keel; the process entry and the tests both use this. */
export async function buildApp(
  config: Config,
  logger: FastifyServerOptions['logger'] = { level: config.logLevel },
  options: Omit<AppOptions, 'config'> = {},
): Promise<FastifyInstance> {
  const instance = Fastify({
    logger: logger && typeof logger === 'object' ? { ...logger, redact: redactedLogPaths } : logger,
    ...(config.tls && {
      https: { cert: readFileSync(config.tls.certPath), key: readFileSync(config.tls.keyPath) },
    }),
    // Forwarded headers only from the proxies named in KEEL_TRUST_PROXY; with none, never (see config-proxy.ts).
    trustProxy: config.trustProxy.length > 0 ? config.trustProxy : false,
    // Patroni, etcd and SSH calls have their own timeouts; this bounds slow or stuck clients.
    requestTimeout: 30_000,
    // Answers Fastify makes before any hook runs (a malformed URL) still carry the security headers.
    frameworkErrors: (error, request, reply) => {
      securityHeaders(request.protocol === 'https')(request.raw, reply.raw, () => undefined);
      const status = error.statusCode ?? 400;
      const body: ErrorResponse = errorBody(status, error.code, error.message);
      void (reply as FastifyReply).header('cache-control', 'no-store').status(status).send(body);
    },
    // The database plugin migrates before it is ready; on a busy machine that can pass Fastify's 10 s.
    pluginTimeout: 120_000,
  }).withTypeProvider<TypeBoxTypeProvider>();
  instance.setValidatorCompiler(validatorCompiler);
  instance.setSchemaErrorFormatter((errors, dataVar) => new Error(schemaErrorMessage(errors, dataVar)));
  // Keel's API speaks JSON only: a text/plain body is refused (415) rather than parsed as a string.
  instance.removeContentTypeParser('text/plain');
  await instance.register(app, { config, ...options });
  await instance.ready();
  return instance;
}
