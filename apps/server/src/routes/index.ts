import type { FastifyPluginAsync } from 'fastify';
import audit from './audit.js';
import auth from './auth.js';
import clusters from './clusters.js';
import credentials from './credentials.js';
import drills from './drills.js';
import events from './events.js';
import health from './health.js';
import jobs from './jobs.js';
import operations from './operations.js';
import schedules from './schedules.js';
import tokens from './tokens.js';
import users from './users.js';

/** Every REST route, under /api/v1. */
const routes: FastifyPluginAsync = async (app) => {
  for (const plugin of [
    health,
    auth,
    users,
    tokens,
    audit,
    credentials,
    clusters,
    operations,
    drills,
    schedules,
    jobs,
    events,
  ])
    await app.register(plugin);
};

export default routes;
