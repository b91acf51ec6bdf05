import type { FastifyPluginAsync } from 'fastify';
import websocket from '@fastify/websocket';
import fp from 'fastify-plugin';
import type { Config } from './config.js';
import configPlugin from './plugins/config.js';
import errorHandler from './plugins/error-handler.js';
import database from './plugins/database.js';
import secrets from './plugins/secrets.js';
import auth from './plugins/auth.js';
import securityHeaders from './plugins/security-headers.js';
import observation from './plugins/observation.js';
import jobs from './plugins/jobs.js';
import schedulesPlugin from './plugins/schedules.js';
import type { ObserverTimings } from './observe/timings.js';
import openapi, { apiPrefix } from './plugins/openapi.js';
import web from './plugins/web.js';
import routes from './routes/index.js';

export interface AppOptions {
  config: Config;
  /** Tests and benchmarks may observe faster or slower than production. */
  observerTimings?: Partial<ObserverTimings>;
}

/** The whole Keel server as one plugin: tests register it on a bare Fastify and use `inject`. */
const app: FastifyPluginAsync<AppOptions> = async (instance, { config, observerTimings }) => {
  await instance.register(configPlugin, { config });
  await instance.register(errorHandler);
  // Before auth: its hooks mark upgrade requests, so a refused upgrade's socket is closed after the answer.
  await instance.register(websocket, { options: { maxPayload: 64 * 1024 } });
  await instance.register(database);
  await instance.register(secrets);
  await instance.register(securityHeaders);
  await instance.register(auth);
  await instance.register(observation, { timings: observerTimings });
  await instance.register(jobs);
  await instance.register(schedulesPlugin);
  await instance.register(openapi);
  await instance.register(routes, { prefix: apiPrefix });
  await instance.register(web);
};

// Not encapsulated: the instance that registers Keel sees its decorations (app.clusters, app.hub, ...).
export default fp(app, { name: 'keel' });
