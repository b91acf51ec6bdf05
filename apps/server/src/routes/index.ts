import type { FastifyPluginAsync } from 'fastify';
import health from './health.js';

/** Every REST route, under /api/v1. */
const routes: FastifyPluginAsync = async (app) => {
  await app.register(health);
};

export default routes;
