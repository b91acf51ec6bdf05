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
  target: Type.Union([Type.String(), Type.Null()]),
  params: Type.Union([Type.Record(Type.String(), Type.Unknown()), Type.Null()], {
    description: 'Secrets removed',
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
