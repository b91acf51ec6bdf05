// Rules about clusters, written once: the server judges with them and the dashboard shows with them.
export * from './format.js';
export * from './haproxy.js';
export * from './lag.js';
export * from './handover.js';
export * from './leader.js';
export * from './members.js';
export * from './replication.js';
