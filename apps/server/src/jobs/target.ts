import type { JobTargetKind } from '@keel/shared';

/** What one job acts on: the thing "one changing job at a time" is about. */
export type JobTarget =
  | { kind: 'cluster'; clusterId: string }
  | { kind: 'hosts'; hosts: string[] }
  | { kind: 'new-cluster'; name: string };

// Every kind of target has a shape; a new kind of target that forgets one does not compile.
const keyOf: { [K in JobTargetKind]: (t: Extract<JobTarget, { kind: K }>) => string[] } = {
  cluster: (t) => [`cluster:${t.clusterId}`],
  // Host names and cluster names are compared as DNS names are: case does not make another one.
  hosts: (t) => [...new Set(t.hosts.map((h) => `host:${h.toLowerCase()}`))],
  'new-cluster': (t) => [`new-cluster:${t.name.toLowerCase()}`],
};

/**
 * The busy-lock keys a job on this target holds: two jobs conflict when they share one. A provisioning
 * job on hosts a and b conflicts with another on b; a cluster's jobs conflict only with that cluster's.
 */
export const lockKeys = (target: JobTarget): string[] =>
  (keyOf[target.kind] as (t: JobTarget) => string[])(target);

/** "The cluster", "Host pg4", "The new cluster sales": the subject of a busy refusal. */
export function describeLockKey(key: string): string {
  const [kind, ...rest] = key.split(':');
  const name = rest.join(':');
  if (kind === 'host') return `Host ${name}`;
  if (kind === 'new-cluster') return `The new cluster ${name}`;
  return 'The cluster';
}

/** The cluster a job's record belongs to, when its target is an existing cluster. */
export const clusterIdOf = (target: JobTarget): string | null =>
  target.kind === 'cluster' ? target.clusterId : null;
