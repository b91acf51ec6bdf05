import Type, { type Static } from 'typebox';
import { Timestamp, Uuid } from './common.js';
import { DrillRequest } from './jobs.js';

const Cron = Type.String({
  minLength: 9,
  maxLength: 100,
  description:
    'Five fields, minute hour day-of-month month day-of-week, in UTC: "0 3 1 * *" is 03:00 on the first of each month',
});

/** A job to run by a schedule. Drills so far; backups become a union arm of their own. */
export const CreateScheduleRequest = Type.Object(
  { kind: Type.Literal('drill'), params: DrillRequest, cron: Cron, enabled: Type.Optional(Type.Boolean()) },
  { additionalProperties: false, title: 'ScheduleDrill' },
);
export type CreateScheduleRequest = Static<typeof CreateScheduleRequest>;

export const UpdateScheduleRequest = Type.Object(
  { cron: Type.Optional(Cron), enabled: Type.Optional(Type.Boolean()) },
  { additionalProperties: false, minProperties: 1 },
);
export type UpdateScheduleRequest = Static<typeof UpdateScheduleRequest>;

export const Schedule = Type.Object({
  id: Uuid,
  clusterId: Uuid,
  kind: Type.Literal('drill'),
  params: Type.Record(Type.String(), Type.Unknown()),
  cron: Type.String(),
  enabled: Type.Boolean(),
  owner: Type.String({ description: 'Each run is checked against this user’s role' }),
  createdAt: Timestamp,
  nextRunAt: Type.Union([Timestamp, Type.Null()], { description: 'Null when disabled' }),
  lastRunAt: Type.Union([Timestamp, Type.Null()]),
  lastJobId: Type.Union([Uuid, Type.Null()]),
  lastError: Type.Union([Type.String(), Type.Null()], { description: 'Why the last run did not start' }),
});
export type Schedule = Static<typeof Schedule>;

export const ScheduleList = Type.Object({ schedules: Type.Array(Schedule) });
export type ScheduleList = Static<typeof ScheduleList>;
