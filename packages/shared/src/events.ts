import Type, { type Static } from 'typebox';
import { ClusterState, HealthLevel, MemberRole } from './clusters.js';
import { Timestamp, Uuid } from './common.js';
import { Job, JobLogLine } from './jobs.js';

/**
 * The live feed at /api/v1/events. On connect (and whenever a client fell behind) the server sends a
 * `snapshot`; after it, typed events in order. Every event carries `at`.
 */
export const SnapshotEvent = Type.Object({
  type: Type.Literal('snapshot'),
  at: Timestamp,
  clusters: Type.Array(ClusterState),
});

/** The cluster's whole new state, with the names of the top-level facts that changed (empty: a refresh). */
export const ClusterStatusEvent = Type.Object({
  type: Type.Literal('cluster.status'),
  at: Timestamp,
  clusterId: Uuid,
  changed: Type.Array(Type.String()),
  state: ClusterState,
});

export const MemberRoleEvent = Type.Object({
  type: Type.Literal('member.role'),
  at: Timestamp,
  clusterId: Uuid,
  member: Type.String(),
  from: Type.Union([MemberRole, Type.Null()]),
  to: Type.Union([MemberRole, Type.Null()]),
});

export const LeaderChangedEvent = Type.Object({
  type: Type.Literal('cluster.leader'),
  at: Timestamp,
  clusterId: Uuid,
  from: Type.Union([Type.String(), Type.Null()]),
  to: Type.Union([Type.String(), Type.Null()]),
});

export const HealthChangedEvent = Type.Object({
  type: Type.Literal('cluster.health'),
  at: Timestamp,
  clusterId: Uuid,
  from: HealthLevel,
  to: HealthLevel,
  reasons: Type.Array(Type.String()),
});

export const ClusterRemovedEvent = Type.Object({
  type: Type.Literal('cluster.removed'),
  at: Timestamp,
  clusterId: Uuid,
});

/** A job was created or changed (status, steps). */
export const JobUpdatedEvent = Type.Object({ type: Type.Literal('job.updated'), at: Timestamp, job: Job });

/** A line of a job's log, as it is written. */
export const JobLogEvent = Type.Object({
  type: Type.Literal('job.log'),
  at: Timestamp,
  jobId: Uuid,
  clusterId: Type.Union([Uuid, Type.Null()]),
  line: JobLogLine,
});

export const KeelEvent = Type.Union([
  SnapshotEvent,
  ClusterStatusEvent,
  MemberRoleEvent,
  LeaderChangedEvent,
  HealthChangedEvent,
  ClusterRemovedEvent,
  JobUpdatedEvent,
  JobLogEvent,
]);
export type KeelEvent = Static<typeof KeelEvent>;
export type SnapshotEvent = Static<typeof SnapshotEvent>;
export type ClusterStatusEvent = Static<typeof ClusterStatusEvent>;
export type MemberRoleEvent = Static<typeof MemberRoleEvent>;
export type LeaderChangedEvent = Static<typeof LeaderChangedEvent>;
export type HealthChangedEvent = Static<typeof HealthChangedEvent>;
export type ClusterRemovedEvent = Static<typeof ClusterRemovedEvent>;
export type JobUpdatedEvent = Static<typeof JobUpdatedEvent>;
export type JobLogEvent = Static<typeof JobLogEvent>;
