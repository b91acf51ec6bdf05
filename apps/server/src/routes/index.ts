import type { FastifyPluginAsync } from 'fastify';
import clusters from './clusters.js';
import events from './events.js';
import health from './health.js';

/** Every REST route, under /api/v1. */
const routes: FastifyPluginAsync = async (app) => {
  await app.register(health);
  await app.register(clusters);
  await app.register(events);
};

export default routes;
