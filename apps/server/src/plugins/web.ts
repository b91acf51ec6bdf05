import { existsSync } from 'node:fs';
import path from 'node:path';
import fp from 'fastify-plugin';
import fastifyStatic from '@fastify/static';
import { errorBody } from './error-handler.js';
import { apiPrefix } from './openapi.js';

/**
 * Serves the built web app at `/`. Unknown non-API paths get index.html so client-side routes survive a
 * reload; unknown API paths get a JSON 404.
 */
export default fp(
  async (app) => {
    const { webDir } = app.config;
    const hasWeb = existsSync(path.join(webDir, 'index.html'));
    if (hasWeb) {
      // wildcard: files are looked up per request, so a new build is served without a restart.
      await app.register(fastifyStatic, { root: webDir, wildcard: true, index: 'index.html' });
    } else {
      app.log.warn({ webDir }, 'web app not built; serving the API only (run `pnpm build`)');
    }

    app.setNotFoundHandler((request, reply) => {
      const urlPath = request.url.split('?')[0] ?? '';
      if (hasWeb && request.method === 'GET' && !urlPath.startsWith('/api/')) {
        return reply.type('text/html').sendFile('index.html');
      }
      const message = urlPath.startsWith(apiPrefix)
        ? `No route ${request.method} ${urlPath}; the API reference is at ${apiPrefix}/docs`
        : `No route ${request.method} ${urlPath}`;
      return reply.status(404).send(errorBody(404, 'NOT_FOUND', message));
    });
  },
  { name: 'web', dependencies: ['config'] },
);
