import Type, { type Static } from 'typebox';
import { Timestamp, Uuid } from './common.js';
import { DrillKind, JobStatus } from './jobs.js';

/** The moments of a drill, in the order they usually come. */
export const DrillEventName = Type.Enum([
  'fault-injected',
  'leader-lost',
  'new-leader',
  'promoted',
  'routed',
  'first-write',
  'fault-undone',
  'rejoined',
  'healthy',
]);
export type DrillEventName = Static<typeof DrillEventName>;

export const DrillEvent = Type.Object({
  name: DrillEventName,
  at: Timestamp,
  offsetMs: Type.Integer({ description: 'Milliseconds after the fault was injected' }),
  detail: Type.String(),
});
export type DrillEvent = Static<typeof DrillEvent>;

const Ms = (description: string) => Type.Union([Type.Integer({ minimum: 0 }), Type.Null()], { description });

/** What a drill measured, as clients and Keel's sources saw it. */
export const DrillReport = Type.Object({
  kind: DrillKind,
  oldLeader: Type.String(),
  newLeader: Type.Union([Type.String(), Type.Null()], { description: 'Null: the same member leads again' }),
  faultAt: Timestamp,
  writeDowntimeMs: Type.Integer({
    description: 'The longest gap between acknowledged writes (RTO as a client saw it)',
  }),
  readDowntimeMs: Type.Integer({ description: 'The same for reads through the read-only endpoint' }),
  writes: Type.Object({
    acknowledged: Type.Integer(),
    lost: Type.Integer({ description: 'Acknowledged to the client, missing on the leader afterwards (RPO)' }),
    lostSeqs: Type.Array(Type.Integer(), { description: 'The lost writes’ sequence numbers (first 1000)' }),
    lostWalBytes: Type.Union([Type.Integer(), Type.Null()], {
      description:
        'WAL between the new timeline’s switch point and the last lost write; null when none was lost',
    }),
  }),
  split: Type.Object({
    detectMs: Ms('Fault to the leader key released or expired (as the etcd watch saw it)'),
    electMs: Ms('Leader key gone to a new leader holding it'),
    promoteMs: Ms('New leader elected to its promotion (Patroni’s history, else its role)'),
    routeMs: Ms('Promotion to the first acknowledged write through HAProxy'),
    rejoinMs: Ms('Fault undone to the old leader streaming as a replica'),
  }),
  timings: Type.Object({
    ttl: Type.Union([Type.Number(), Type.Null()]),
    loopWait: Type.Union([Type.Number(), Type.Null()]),
    retryTimeout: Type.Union([Type.Number(), Type.Null()]),
    synchronousMode: Type.Union([Type.String(), Type.Null()]),
    patroniVersion: Type.Union([Type.String(), Type.Null()]),
  }),
  bound: Type.Object({
    ms: Ms('The write downtime the configuration allows for this fault'),
    explanation: Type.String({ description: 'How the bound follows from the settings, and what to change' }),
    within: Type.Union([Type.Boolean(), Type.Null()]),
  }),
  warnings: Type.Array(Type.String()),
  events: Type.Array(DrillEvent),
});
export type DrillReport = Static<typeof DrillReport>;

/** One drill of a cluster: its job and, once it ran to the end, its report. */
export const DrillSummary = Type.Object({
  jobId: Uuid,
  kind: DrillKind,
  status: JobStatus,
  requestedBy: Type.String(),
  createdAt: Timestamp,
  finishedAt: Type.Union([Timestamp, Type.Null()]),
  result: Type.Union([Type.String(), Type.Null()]),
  report: Type.Union([DrillReport, Type.Null()], {
    description: 'Null while running, or when the drill stopped early',
  }),
});
export type DrillSummary = Static<typeof DrillSummary>;

export const DrillList = Type.Object({ drills: Type.Array(DrillSummary) });
export type DrillList = Static<typeof DrillList>;
