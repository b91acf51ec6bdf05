import { JobKind, jobKinds, type JobKindInfo } from '@keel/shared';
import { config } from './kinds/config.js';
import { drill } from './kinds/drill.js';
import { failover } from './kinds/failover.js';
import { pause, resume } from './kinds/maintenance.js';
import { reinitialize } from './kinds/reinitialize.js';
import { reload } from './kinds/reload.js';
import { restart } from './kinds/restart.js';
import { switchover } from './kinds/switchover.js';
import type { JobDefinition } from './types.js';

/** Every kind of job Keel runs: adding one is its file in kinds/ and a line here (and its entry in @keel/shared's jobKinds). */
const definitions = [
  switchover,
  failover,
  restart,
  reinitialize,
  reload,
  pause,
  resume,
  config,
  drill,
] as JobDefinition<never>[];

/** A kind as the server knows it: what both sides know (label, description, request, target) and how it runs. */
export type RegisteredKind = JobKindInfo & { kind: JobKind; definition: JobDefinition<unknown> };

function register(list: readonly JobDefinition<never>[]): Map<JobKind, RegisteredKind> {
  const registry = new Map<JobKind, RegisteredKind>();
  for (const definition of list) {
    if (registry.has(definition.kind)) throw new Error(`Job kind ${definition.kind} is defined twice`);
    const info = jobKinds[definition.kind];
    if (info.target !== 'cluster' && !definition.targetOf)
      throw new Error(`Job kind ${definition.kind} targets ${info.target} but has no targetOf`);
    registry.set(definition.kind, {
      ...info,
      kind: definition.kind,
      definition,
    });
  }
  const missing = JobKind.enum.filter((kind) => !registry.has(kind));
  if (missing.length > 0) throw new Error(`No definition for job kind(s) ${missing.join(', ')}`);
  return registry;
}

export const jobRegistry: ReadonlyMap<JobKind, RegisteredKind> = register(definitions);

/** The definitions by kind, as the runner takes them. */
export const jobDefinitions = new Map([...jobRegistry.values()].map((k) => [k.kind, k.definition] as const));
