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

/** What a cluster's "Live activity" shows: leader, role and health changes, in the order Keel saw them. */
export const ActivityEvent = Type.Union([MemberRoleEvent, LeaderChangedEvent, HealthChangedEvent]);
export type ActivityEvent = Static<typeof ActivityEvent>;

const activityTypes = new Set<string>(['member.role', 'cluster.leader', 'cluster.health']);

/** Whether an event is one "Live activity" keeps (the server records these, the dashboard shows them). */
export function isActivityEvent(event: { type: string }): event is ActivityEvent {
  return activityTypes.has(event.type);
}

/**
 * What makes an activity entry itself: one observation yields at most one event of each type per member,
 * so a kept entry and the same event from the live feed have the same key (the dashboard shows it once).
 */
export function activityKey(event: ActivityEvent): string {
  return `${event.clusterId}:${event.at}:${event.type}:${event.type === 'member.role' ? event.member : ''}`;
}

export const ActivityQuery = Type.Object(
  {
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, description: 'Newest first; default 50' })),
  },
  { additionalProperties: false },
);
export type ActivityQuery = Static<typeof ActivityQuery>;

/** The newest activity Keel kept for a cluster (it keeps the last 200, across restarts), newest first. */
export const ClusterActivity = Type.Object({ events: Type.Array(ActivityEvent) });
export type ClusterActivity = Static<typeof ClusterActivity>;

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

/**
 * Why the server closed the live feed: the principal lost access (WebSocket close codes 4000-4999 are
 * for applications). A client should not reconnect with the same credential; the reason text says it too.
 */
export const FeedCloseCode = {
  /** Signed out, ended by an admin, or ended by a password change. */
  sessionEnded: 4001,
  /** Idle too long, or past its absolute end. */
  sessionExpired: 4002,
  tokenRevoked: 4003,
  tokenExpired: 4004,
  accountDisabled: 4005,
} as const;
export type FeedCloseCode = (typeof FeedCloseCode)[keyof typeof FeedCloseCode];

export const feedCloseReasons: Record<FeedCloseCode, string> = {
  4001: 'session ended',
  4002: 'session expired',
  4003: 'API token revoked',
  4004: 'API token expired',
  4005: 'account disabled',
};

/** Whether a close code means "sign in again" rather than "try again". */
export const isAccessLost = (code: number): boolean => code >= 4001 && code <= 4005;
