export * from './common.js';
export * from './errors.js';
export * from './health.js';
export * from './clusters.js';
export * from './events.js';
