import Type, { type Static } from 'typebox';
import { Timestamp } from './common.js';

export const AuditOutcome = Type.Enum(['success', 'failure', 'denied']);
export type AuditOutcome = Static<typeof AuditOutcome>;

export const AuditEvent = Type.Object({
  id: Type.Integer(),
  at: Timestamp,
  actorType: Type.Enum(['user', 'token', 'anonymous', 'system']),
  actor: Type.String(),
  action: Type.String({ description: 'e.g. "POST /api/v1/clusters" or "auth.login"' }),
  target: Type.Union([Type.String(), Type.Null()], { description: 'The id in the request path, if any' }),
  targetName: Type.Union([Type.String(), Type.Null()], {
    description: 'What the target was called (a cluster, user, token or credential name)',
  }),
  params: Type.Union([Type.Record(Type.String(), Type.Unknown()), Type.Null()], {
    description: 'The request body as an object: secrets removed, long values and large bodies cut short',
  }),
  outcome: AuditOutcome,
  statusCode: Type.Union([Type.Integer(), Type.Null()]),
  ip: Type.Union([Type.String(), Type.Null()]),
  detail: Type.Union([Type.String(), Type.Null()]),
});
export type AuditEvent = Static<typeof AuditEvent>;

export const AuditQuery = Type.Object(
  {
    actor: Type.Optional(Type.String({ maxLength: 100 })),
    action: Type.Optional(Type.String({ maxLength: 200, description: 'Substring of the action' })),
    outcome: Type.Optional(AuditOutcome),
    since: Type.Optional(Timestamp),
    until: Type.Optional(Timestamp),
    before: Type.Optional(
      Type.Integer({ minimum: 1, description: 'Only events with a smaller id (paging)' }),
    ),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 1000, description: 'Default 100' })),
  },
  { additionalProperties: false },
);
export type AuditQuery = Static<typeof AuditQuery>;

export const AuditList = Type.Object({ events: Type.Array(AuditEvent) });
export type AuditList = Static<typeof AuditList>;

export const AuditArchiveRequest = Type.Object(
  {
    olderThanDays: Type.Integer({
      minimum: 1,
      maximum: 36_500,
      description: 'Archive, then remove, the events older than this many days',
    }),
  },
  { additionalProperties: false },
);
export type AuditArchiveRequest = Static<typeof AuditArchiveRequest>;

export const AuditArchiveResult = Type.Object({
  archived: Type.Integer({ description: 'How many events were archived and removed' }),
  throughId: Type.Union([Type.Integer(), Type.Null()], { description: 'The last id archived' }),
  before: Timestamp,
  file: Type.Union([Type.String(), Type.Null()], {
    description: 'The JSON Lines archive, relative to the data directory (null when nothing was old enough)',
  }),
  sha256: Type.Union([Type.String(), Type.Null()]),
});
export type AuditArchiveResult = Static<typeof AuditArchiveResult>;
