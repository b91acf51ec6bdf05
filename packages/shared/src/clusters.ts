import { ClusterSecurityInput, ClusterSecurityView } from './cluster-security.js';
import { HostAccessInput, HostAccessView } from './host-access.js';
import Type, { type Static } from 'typebox';
import { Timestamp, Uuid } from './common.js';

/** Patroni 3.x and 4.x role names, normalised: master/primary/leader all become `leader`. */
export const MemberRole = Type.Enum(
  ['leader', 'standby_leader', 'sync_standby', 'quorum_standby', 'replica', 'unknown'],
  {
    description:
      "Normalised Patroni role (3.x `master`, 4.x `primary` and `/cluster`'s `leader` are all `leader`)",
  },
);
export type MemberRole = Static<typeof MemberRole>;

export const HealthLevel = Type.Enum(['healthy', 'degraded', 'critical', 'unknown']);
export type HealthLevel = Static<typeof HealthLevel>;

export const HealthReason = Type.Object({
  level: Type.Enum(['info', 'warning', 'critical']),
  code: Type.String({ description: 'Stable code, e.g. NO_LEADER, REPLICA_LAGGING' }),
  message: Type.String({ description: 'For a person, e.g. "replica pg3 lagging 40 MB"' }),
});
export type HealthReason = Static<typeof HealthReason>;

export const Health = Type.Object({ level: HealthLevel, reasons: Type.Array(HealthReason) });
export type Health = Static<typeof Health>;

export const MemberState = Type.Object({
  name: Type.String(),
  role: MemberRole,
  /** Patroni's state: running, streaming, starting, stopped, crashed, ... or `unreachable`. */
  state: Type.String(),
  reachable: Type.Boolean({
    description: "Whether Keel reached this member's Patroni REST API on the last try",
  }),
  error: Type.Union([Type.String(), Type.Null()], { description: 'Why the member is unreachable' }),
  timeline: Type.Union([Type.Integer(), Type.Null()]),
  lagBytes: Type.Union([Type.Integer(), Type.Null()], { description: 'Replication lag; 0 for the leader' }),
  pendingRestart: Type.Boolean(),
  tags: Type.Record(Type.String(), Type.Unknown()),
  apiUrl: Type.String(),
  host: Type.String(),
  port: Type.Integer(),
  patroniVersion: Type.Union([Type.String(), Type.Null()]),
  lastSeen: Type.Union([Timestamp, Type.Null()], { description: 'When Keel last reached this member' }),
});
export type MemberState = Static<typeof MemberState>;

export const EtcdMemberState = Type.Object({
  name: Type.String(),
  endpoint: Type.String(),
  healthy: Type.Boolean(),
  isLeader: Type.Boolean(),
  error: Type.Union([Type.String(), Type.Null()]),
  lastSeen: Type.Union([Timestamp, Type.Null()]),
});
export type EtcdMemberState = Static<typeof EtcdMemberState>;

export const HaproxyBackendState = Type.Object({
  proxy: Type.String({ description: 'HAProxy listener, e.g. primary or replicas' }),
  server: Type.String(),
  status: Type.String({ description: "HAProxy's own status: UP, DOWN, MAINT, ..." }),
  up: Type.Boolean(),
});
export type HaproxyBackendState = Static<typeof HaproxyBackendState>;

export const EndpointProbe = Type.Object({
  endpoint: Type.String({ description: 'host:port' }),
  ok: Type.Boolean(),
  inRecovery: Type.Union([Type.Boolean(), Type.Null()], { description: 'pg_is_in_recovery() as answered' }),
  server: Type.Union([Type.String(), Type.Null()], {
    description: 'host:port of the PostgreSQL server that answered (inet_server_addr), when known',
  }),
  error: Type.Union([Type.String(), Type.Null()]),
  latencyMs: Type.Union([Type.Number(), Type.Null()]),
  checkedAt: Type.Union([Timestamp, Type.Null()]),
});
export type EndpointProbe = Static<typeof EndpointProbe>;

export const HistoryEntry = Type.Object({
  timeline: Type.Integer(),
  lsn: Type.Integer(),
  reason: Type.String(),
  at: Type.Union([Timestamp, Type.Null()]),
  newLeader: Type.Union([Type.String(), Type.Null()]),
});
export type HistoryEntry = Static<typeof HistoryEntry>;

const Lsn = Type.Union([
  Type.String({ description: 'A WAL location as PostgreSQL writes it, e.g. 0/3000148' }),
  Type.Null(),
]);

/** One row of `pg_stat_replication` on the leader: a standby as the primary sees it. */
export const ReplicationStandby = Type.Object({
  applicationName: Type.String({
    description: "The standby's application_name: Patroni sets its member name",
  }),
  clientAddr: Type.Union([Type.String(), Type.Null()]),
  state: Type.Union([Type.String(), Type.Null()], {
    description: 'startup, catchup, streaming, backup, stopping',
  }),
  syncState: Type.Union([Type.String(), Type.Null()], { description: 'async, potential, sync or quorum' }),
  syncPriority: Type.Union([Type.Integer(), Type.Null()]),
  sentLsn: Lsn,
  writeLsn: Lsn,
  flushLsn: Lsn,
  replayLsn: Lsn,
  replayLagBytes: Type.Union([Type.Integer(), Type.Null()], {
    description: "Bytes between the leader's current WAL location and what the standby replayed",
  }),
});
export type ReplicationStandby = Static<typeof ReplicationStandby>;

/** One row of `pg_replication_slots` on the leader. */
export const ReplicationSlot = Type.Object({
  name: Type.String(),
  type: Type.String({ description: 'physical or logical' }),
  active: Type.Boolean(),
  restartLsn: Lsn,
  confirmedFlushLsn: Lsn,
  walStatus: Type.Union([Type.String(), Type.Null()], {
    description: 'reserved, extended, unreserved or lost',
  }),
  retainedBytes: Type.Union([Type.Integer(), Type.Null()], {
    description: 'WAL the slot holds back on the leader',
  }),
});
export type ReplicationSlot = Static<typeof ReplicationSlot>;

/**
 * Replication as the leader's PostgreSQL reports it, read by the SQL probe through HAProxy's read-write
 * port (only from a server not in recovery). The LSN columns are null for a login that is neither a
 * superuser nor in pg_read_all_stats.
 */
export const ReplicationView = Type.Object({
  server: Type.Union([Type.String(), Type.Null()], { description: 'host:port of the server that answered' }),
  currentLsn: Lsn,
  standbys: Type.Array(ReplicationStandby),
  slots: Type.Array(ReplicationSlot),
  error: Type.Union([Type.String(), Type.Null()]),
  checkedAt: Type.Union([Timestamp, Type.Null()]),
});
export type ReplicationView = Static<typeof ReplicationView>;

/** Where a claim about the leader comes from. */
export const LeaderSource = Type.Enum(
  ['etcd-watch', 'etcd-read', 'patroni-cluster', 'patroni-member', 'sql-probe'],
  {
    description:
      "etcd-watch: the leader key as Keel's watch delivered it; etcd-read: a fresh read of the key; " +
      "patroni-cluster: Patroni's /cluster; patroni-member: a member's own /patroni role; " +
      'sql-probe: the server behind HAProxy read-write port, by pg_is_in_recovery()',
  },
);
export type LeaderSource = Static<typeof LeaderSource>;

/** One source's answer to "who leads?". */
export const LeaderClaim = Type.Object({
  source: LeaderSource,
  /** The member this source names as leader; null when it says there is none. */
  leader: Type.Union([Type.String(), Type.Null()]),
  detail: Type.String({ description: 'For a person, e.g. "pg2\'s REST API says primary"' }),
  at: Type.Union([Timestamp, Type.Null()], { description: 'When this source last said it' }),
});
export type LeaderClaim = Static<typeof LeaderClaim>;

/** The state of Keel's etcd watch on the cluster's keys. */
export const WatchStatus = Type.Object({
  status: Type.Enum(['off', 'starting', 'watching', 'reconnecting', 'restarting', 'failed'], {
    description: 'reconnecting: the connection dropped and the watch resumes by itself',
  }),
  lastEventAt: Type.Union([Timestamp, Type.Null()]),
  restarts: Type.Integer({ description: 'Times the watch was restarted from a fresh read' }),
  lastRestart: Type.Union([Type.Object({ at: Timestamp, reason: Type.String() }), Type.Null()]),
});
export type WatchStatus = Static<typeof WatchStatus>;

/**
 * Whether Keel's own view can be trusted: its sources are cross-checked on every observation. When they
 * disagree past a short grace (a switchover in flight), `consistent` is false and the health is critical.
 */
export const ObservationView = Type.Object({
  consistent: Type.Boolean({ description: "Whether Keel's sources agree about who leads" }),
  claims: Type.Array(LeaderClaim),
  watch: WatchStatus,
});
export type ObservationView = Static<typeof ObservationView>;

/** Everything Keel currently knows about a cluster; each fact carries when it was seen. */
export const ClusterState = Type.Object({
  id: Uuid,
  name: Type.String(),
  scope: Type.String(),
  leader: Type.Union([Type.String(), Type.Null()]),
  paused: Type.Boolean(),
  timeline: Type.Union([Type.Integer(), Type.Null()]),
  health: Health,
  members: Type.Array(MemberState),
  etcd: Type.Array(EtcdMemberState),
  haproxy: Type.Object({
    backends: Type.Array(HaproxyBackendState),
    readWrite: Type.Union([EndpointProbe, Type.Null()]),
    readOnly: Type.Union([EndpointProbe, Type.Null()]),
    error: Type.Union([Type.String(), Type.Null()]),
  }),
  history: Type.Array(HistoryEntry),
  replication: Type.Union([ReplicationView, Type.Null()], {
    description: 'Null when Keel has no read-write endpoint or no database login for this cluster',
  }),
  dynamicConfig: Type.Union([Type.Record(Type.String(), Type.Unknown()), Type.Null()]),
  observedAt: Type.Union([Timestamp, Type.Null()], {
    description: 'When Keel last completed an observation',
  }),
  view: ObservationView,
});
export type ClusterState = Static<typeof ClusterState>;

export const ClusterSummary = Type.Object({
  id: Uuid,
  name: Type.String(),
  scope: Type.String(),
  leader: Type.Union([Type.String(), Type.Null()]),
  paused: Type.Boolean({ description: 'Maintenance mode: Patroni does not fail over' }),
  memberCount: Type.Integer(),
  health: Health,
  createdAt: Timestamp,
});
export type ClusterSummary = Static<typeof ClusterSummary>;

export const ClusterList = Type.Object({ clusters: Type.Array(ClusterSummary) });
export type ClusterList = Static<typeof ClusterList>;

/** Field rules the API applies and the dashboard's forms check first (the same patterns). */
export const HOST_PORT_PATTERN = '^[^\\s:/]+:[0-9]{1,5}$';
export const HTTP_URL_PATTERN = '^https?://[^\\s/]+';
export const CLUSTER_NAME_PATTERN = '^[A-Za-z0-9][A-Za-z0-9._-]*$';

const HostPort = Type.String({
  pattern: HOST_PORT_PATTERN,
  description: 'host:port',
  examples: ['10.0.0.10:5000'],
});
const HttpUrl = Type.String({ pattern: HTTP_URL_PATTERN, maxLength: 500, description: 'http(s) URL' });

/** How Keel reaches the cluster's HAProxy; all optional. */
export const HaproxyEndpoints = Type.Object(
  {
    readWrite: Type.Optional(HostPort),
    readOnly: Type.Optional(HostPort),
    statsUrl: Type.Optional(
      Type.String({
        pattern: HTTP_URL_PATTERN,
        maxLength: 500,
        description:
          'http(s) URL of the stats page; a user:password@ in it is sealed in the credentials store',
      }),
    ),
  },
  { additionalProperties: false },
);
export type HaproxyEndpoints = Static<typeof HaproxyEndpoints>;

/** A database login Keel uses for its read-only health probe (`select pg_is_in_recovery()`). */
export const DatabaseLogin = Type.Object(
  {
    username: Type.String({ minLength: 1, maxLength: 63 }),
    password: Type.String({ minLength: 1, maxLength: 1000, writeOnly: true }),
    database: Type.Optional(Type.String({ minLength: 1, maxLength: 63, description: 'Default: postgres' })),
  },
  { additionalProperties: false },
);
export type DatabaseLogin = Static<typeof DatabaseLogin>;

const ClusterName = Type.String({
  minLength: 1,
  maxLength: 64,
  pattern: CLUSTER_NAME_PATTERN,
  description: 'Letters, digits, dot, dash, underscore',
});

const importCommon = {
  name: ClusterName,
  haproxy: Type.Optional(HaproxyEndpoints),
  database: Type.Optional(DatabaseLogin),
  databaseCredentialId: Type.Optional(
    Type.String({ format: 'uuid', description: 'A database login from /credentials, instead of `database`' }),
  ),
  security: Type.Optional(ClusterSecurityInput),
  hostAccess: Type.Optional(HostAccessInput),
};

export const ImportByPatroni = Type.Object(
  { ...importCommon, patroniUrl: HttpUrl },
  { additionalProperties: false, title: 'ImportByPatroni' },
);

export const ImportByEtcd = Type.Object(
  {
    ...importCommon,
    etcd: Type.Object(
      {
        endpoints: Type.Array(HttpUrl, { minItems: 1, maxItems: 9 }),
        scope: Type.String({ minLength: 1, maxLength: 128 }),
        namespace: Type.Optional(
          Type.String({ minLength: 1, maxLength: 128, description: 'Default: /service/' }),
        ),
      },
      { additionalProperties: false },
    ),
  },
  { additionalProperties: false, title: 'ImportByEtcd' },
);

/** Import an existing cluster: from one Patroni REST URL, or from etcd endpoints plus scope. */
export const ImportClusterRequest = Type.Union([ImportByPatroni, ImportByEtcd]);
export type ImportClusterRequest = Static<typeof ImportClusterRequest>;

export const UpdateClusterRequest = Type.Object(
  {
    name: Type.Optional(ClusterName),
    etcdEndpoints: Type.Optional(
      Type.Array(HttpUrl, {
        minItems: 1,
        maxItems: 9,
        description: "The etcd client URLs Keel watches (the cluster's DCS)",
      }),
    ),
    patroniUrls: Type.Optional(
      Type.Record(Type.String({ minLength: 1, maxLength: 128 }), HttpUrl, {
        description:
          'A new Patroni REST URL for known members, by member name, e.g. {"pg1": "http://10.0.0.11:8008"}',
        maxProperties: 64,
      }),
    ),
    haproxy: Type.Optional(HaproxyEndpoints),
    database: Type.Optional(Type.Union([DatabaseLogin, Type.Null()])),
    databaseCredentialId: Type.Optional(Type.Union([Type.String({ format: 'uuid' }), Type.Null()])),
    security: Type.Optional(ClusterSecurityInput),
    hostAccess: Type.Optional(
      Type.Union([HostAccessInput, Type.Null()], { description: 'null: Keel no longer reaches the hosts' }),
    ),
  },
  { additionalProperties: false, minProperties: 1 },
);
export type UpdateClusterRequest = Static<typeof UpdateClusterRequest>;

/** Inventory facts plus the live state. */
export const ClusterDetail = Type.Object({
  ...ClusterState.properties,
  namespace: Type.String(),
  etcdEndpoints: Type.Array(Type.String()),
  haproxyEndpoints: Type.Object({
    readWrite: Type.Union([Type.String(), Type.Null()]),
    readOnly: Type.Union([Type.String(), Type.Null()]),
    statsUrl: Type.Union([Type.String(), Type.Null()], { description: 'Never with its login' }),
    statsUsername: Type.Union([Type.String(), Type.Null()], {
      description: "The stats page's login user (its password is sealed, never shown)",
    }),
  }),
  hasDatabaseLogin: Type.Boolean({
    description: 'Whether Keel holds a login for its SQL probe (never shown)',
  }),
  databaseCredentialId: Type.Union([Type.String({ format: 'uuid' }), Type.Null()], {
    description: 'The credential the probe uses (its secret is never shown)',
  }),
  security: ClusterSecurityView,
  hostAccess: Type.Union([HostAccessView, Type.Null()], {
    description: "How Keel reaches the members' hosts over SSH (drills); null: it does not",
  }),
  createdAt: Timestamp,
});
export type ClusterDetail = Static<typeof ClusterDetail>;

export const LagSample = Type.Object({ at: Timestamp, lagBytes: Type.Union([Type.Integer(), Type.Null()]) });
export const LagHistory = Type.Object({
  members: Type.Record(Type.String(), Type.Array(LagSample)),
});
export type LagHistory = Static<typeof LagHistory>;
