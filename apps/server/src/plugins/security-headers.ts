import type { IncomingMessage, ServerResponse } from 'node:http';
import fp from 'fastify-plugin';
import helmet from 'helmet';

type HeaderSetter = (req: IncomingMessage, res: ServerResponse, next: (error?: unknown) => void) => void;

/**
 * The security headers of every answer: a CSP the dashboard works under (its scripts and styles are files
 * of its own; WebSockets go to the same origin), no MIME sniffing, no framing, and HSTS on answers that
 * reach the browser over https (Keel's own TLS, or a trusted proxy's X-Forwarded-Proto). One function, so
 * the answers Fastify makes before any hook runs (a malformed URL) carry them too (see build-app.ts).
 */
export function securityHeaders(https: boolean): HeaderSetter {
  return https ? overHttps : overHttp;
}

function headerSetter(https: boolean): HeaderSetter {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        // React sets element styles from script (allowed); Swagger UI's page also uses inline styles.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        fontSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
    frameguard: { action: 'deny' },
    strictTransportSecurity: https,
    crossOriginEmbedderPolicy: false,
  });
}

const overHttps = headerSetter(true);
const overHttp = headerSetter(false);

/** API answers carry sessions, CSRF tokens, new token secrets and live state: never stored by a cache. */
export const noStore = (url: string): boolean => url.startsWith('/api/');

export default fp(
  async (app) => {
    app.addHook('onRequest', (request, reply, done) => {
      if (noStore(request.url)) void reply.header('cache-control', 'no-store');
      securityHeaders(request.protocol === 'https')(request.raw, reply.raw, (error) =>
        done(error instanceof Error ? error : undefined),
      );
    });
  },
  { name: 'security-headers', dependencies: ['config'] },
);
