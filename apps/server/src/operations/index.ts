import type { JobKind } from '@keel/shared';
import type { JobDefinition } from '../jobs/types.js';
import { config } from './config.js';
import { failover } from './failover.js';
import { pause, resume } from './maintenance.js';
import { reinitialize } from './reinitialize.js';
import { reload } from './reload.js';
import { restart } from './restart.js';
import { switchover } from './switchover.js';

/** Every operation Keel runs as a job. */
export const operations = new Map<JobKind, JobDefinition<unknown>>(
  (
    [switchover, failover, restart, reinitialize, reload, pause, resume, config] as JobDefinition<never>[]
  ).map((d) => [d.kind, d as JobDefinition<unknown>]),
);
