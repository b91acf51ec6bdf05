export * from './common.js';
export * from './errors.js';
export * from './health.js';
export * from './clusters.js';
export * from './events.js';
export * from './auth.js';
export * from './audit.js';
export * from './credentials.js';
