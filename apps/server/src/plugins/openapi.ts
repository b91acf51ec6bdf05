import fp from 'fastify-plugin';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import { documentRoute, securitySchemes } from './openapi-transform.js';

export const apiPrefix = '/api/v1';

/**
 * The OpenAPI document is generated from the route schemas (which come from @keel/shared), so the
 * reference can never drift from what the server validates.
 */
export default fp(
  async (app) => {
    await app.register(swagger, {
      openapi: {
        openapi: '3.1.0',
        info: {
          title: 'Keel API',
          version: '1',
          description:
            'Control plane for highly available PostgreSQL (Patroni, etcd, HAProxy). Errors always have the ErrorResponse shape.',
        },
        servers: [{ url: '/', description: 'The Keel server that serves this document' }],
        components: { securitySchemes },
      },
      transform: documentRoute,
    });
    await app.register(swaggerUi, { routePrefix: `${apiPrefix}/docs`, uiConfig: { docExpansion: 'list' } });
    app.get(`${apiPrefix}/openapi.json`, { config: { access: 'public' }, schema: { hide: true } }, async () =>
      app.swagger(),
    );
  },
  { name: 'openapi' },
);
