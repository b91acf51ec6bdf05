import Type, { type Static } from 'typebox';
import { Timestamp, Uuid } from './common.js';

export const JobKind = Type.Enum([
  'switchover',
  'failover',
  'restart',
  'reinitialize',
  'reload',
  'pause',
  'resume',
  'config',
  'drill',
]);
export type JobKind = Static<typeof JobKind>;

/** queued (waiting for its time), running, then one of the four ends. */
export const JobStatus = Type.Enum(['queued', 'running', 'succeeded', 'failed', 'interrupted', 'cancelled']);
export type JobStatus = Static<typeof JobStatus>;

export const JobStep = Type.Object({
  name: Type.String(),
  status: Type.Enum(['running', 'succeeded', 'failed', 'skipped']),
  startedAt: Timestamp,
  finishedAt: Type.Union([Timestamp, Type.Null()]),
  detail: Type.Union([Type.String(), Type.Null()], { description: 'What the step found, with its figure' }),
});
export type JobStep = Static<typeof JobStep>;

export const JobLogLine = Type.Object({
  at: Timestamp,
  level: Type.Enum(['info', 'warn', 'error']),
  step: Type.Union([Type.String(), Type.Null()]),
  message: Type.String(),
});
export type JobLogLine = Static<typeof JobLogLine>;

export const Job = Type.Object({
  id: Uuid,
  clusterId: Type.Union([Uuid, Type.Null()]),
  kind: JobKind,
  summary: Type.String({ description: 'e.g. "Switchover pg1 → pg2"' }),
  params: Type.Record(Type.String(), Type.Unknown()),
  status: JobStatus,
  requestedBy: Type.String(),
  createdAt: Timestamp,
  scheduledAt: Type.Union([Timestamp, Type.Null()]),
  startedAt: Type.Union([Timestamp, Type.Null()]),
  finishedAt: Type.Union([Timestamp, Type.Null()]),
  result: Type.Union([Type.String(), Type.Null()], { description: 'How it ended, and why' }),
  steps: Type.Array(JobStep),
});
export type Job = Static<typeof Job>;

export const JobDetail = Type.Object({ ...Job.properties, log: Type.Array(JobLogLine) });
export type JobDetail = Static<typeof JobDetail>;

export const JobList = Type.Object({ jobs: Type.Array(Job) });
export type JobList = Static<typeof JobList>;

export const JobQuery = Type.Object(
  {
    clusterId: Type.Optional(Uuid),
    status: Type.Optional(JobStatus),
    kind: Type.Optional(JobKind),
    before: Type.Optional(
      Type.String({ format: 'uuid', description: 'Only jobs created before this job (paging)' }),
    ),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500, description: 'Default 50' })),
  },
  { additionalProperties: false },
);
export type JobQuery = Static<typeof JobQuery>;

const MemberName = Type.String({ minLength: 1, maxLength: 128 });
const When = Type.Optional(Timestamp);

export const SwitchoverRequest = Type.Object(
  {
    candidate: Type.Optional(MemberName),
    scheduledAt: When,
    maxLagBytes: Type.Optional(
      Type.Integer({
        minimum: 0,
        description:
          "Refuse a candidate further behind (default: the cluster's maximum_lag_on_failover, else Patroni's 1 MiB)",
      }),
    ),
  },
  { additionalProperties: false },
);
export type SwitchoverRequest = Static<typeof SwitchoverRequest>;

export const FailoverRequest = Type.Object(
  {
    candidate: MemberName,
    force: Type.Optional(Type.Boolean({ description: 'Fail over even though a healthy leader exists' })),
    confirm: Type.Optional(Type.String({ description: 'With force: the cluster name, typed again' })),
  },
  { additionalProperties: false },
);
export type FailoverRequest = Static<typeof FailoverRequest>;

export const RestartRequest = Type.Object(
  {
    member: Type.Optional(
      Type.String({
        minLength: 1,
        maxLength: 128,
        description: 'One member; absent: the whole cluster, rolling',
      }),
    ),
    pendingOnly: Type.Optional(Type.Boolean({ description: 'Only members with a pending restart' })),
    switchoverFirst: Type.Optional(
      Type.Boolean({ description: 'Whole cluster: switch over instead of restarting the leader in place' }),
    ),
    scheduledAt: When,
  },
  { additionalProperties: false },
);
export type RestartRequest = Static<typeof RestartRequest>;

export const ReinitializeRequest = Type.Object({ member: MemberName }, { additionalProperties: false });
export type ReinitializeRequest = Static<typeof ReinitializeRequest>;

export const ReloadRequest = Type.Object(
  { member: Type.Optional(MemberName) },
  { additionalProperties: false },
);
export type ReloadRequest = Static<typeof ReloadRequest>;

/** The faults a drill can inject into the leader. */
export const DrillKind = Type.Enum([
  'planned-switchover',
  'patroni-stopped',
  'postgres-killed',
  'host-lost',
  'network-isolated',
  'frozen',
]);
export type DrillKind = Static<typeof DrillKind>;

export const DrillRequest = Type.Object({ kind: DrillKind }, { additionalProperties: false });
export type DrillRequest = Static<typeof DrillRequest>;

export const EmptyRequest = Type.Object({}, { additionalProperties: false });

/** Keys of Patroni's dynamic configuration to change; `null` removes a key. */
export const ConfigPatchRequest = Type.Object(
  {
    changes: Type.Record(Type.String(), Type.Unknown(), { minProperties: 1 }),
    dryRun: Type.Optional(Type.Boolean({ description: 'Only validate and show the diff' })),
  },
  { additionalProperties: false },
);
export type ConfigPatchRequest = Static<typeof ConfigPatchRequest>;

export const ConfigChange = Type.Object({
  path: Type.String(),
  before: Type.Unknown({ description: "In Patroni's dynamic configuration (DCS); null when not set there" }),
  after: Type.Unknown(),
  running: Type.Union([Type.String(), Type.Null()], {
    description: 'For PostgreSQL parameters: the value the server runs with now (its pg_settings)',
  }),
  needsRestart: Type.Boolean({ description: "pg_settings says context 'postmaster'" }),
  needsAdmin: Type.Boolean({ description: 'Runs commands, loads code or changes access: admin only' }),
});
export const ConfigPreview = Type.Object({
  changes: Type.Array(ConfigChange),
  warnings: Type.Array(Type.String()),
  needsAdmin: Type.Array(Type.String(), { description: 'The paths only an admin may apply' }),
  job: Type.Union([Job, Type.Null()], { description: 'The job applying it; null for a dry run' }),
});
export type ConfigPreview = Static<typeof ConfigPreview>;

/** One check before an operation, with the figure it looked at. */
export const Check = Type.Object({ name: Type.String(), ok: Type.Boolean(), detail: Type.String() });
export type Check = Static<typeof Check>;

/** What a switchover or failover would do, for the confirmation dialog. */
export const PrecheckResult = Type.Object({
  ok: Type.Boolean(),
  checks: Type.Array(Check),
});
export type PrecheckResult = Static<typeof PrecheckResult>;
