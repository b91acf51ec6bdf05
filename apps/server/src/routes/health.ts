import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { HealthResponse } from '@keel/shared';
import { version } from '../version.js';

const startedAt = Date.now();

const health: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/health',
    {
      config: { access: 'public' },
      schema: {
        summary: 'Is the Keel server up, and can it reach its database?',
        tags: ['system'],
        response: { 200: HealthResponse, 503: HealthResponse },
      },
    },
    async (_request, reply) => {
      const databaseOk = await app.db.$queryRaw`select 1`.then(
        () => true,
        () => false,
      );
      const body: HealthResponse = {
        status: databaseOk ? 'ok' : 'degraded',
        version,
        uptimeSeconds: Math.round((Date.now() - startedAt) / 1000),
        database: databaseOk ? 'ok' : 'unavailable',
      };
      return reply.status(databaseOk ? 200 : 503).send(body);
    },
  );
};

export default health;
