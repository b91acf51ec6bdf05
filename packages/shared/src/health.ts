import Type, { type Static } from 'typebox';

export const HealthResponse = Type.Object(
  {
    status: Type.Union([Type.Literal('ok'), Type.Literal('degraded')]),
    version: Type.String(),
    uptimeSeconds: Type.Number(),
    database: Type.Union([Type.Literal('ok'), Type.Literal('unavailable')]),
  },
  { title: 'HealthResponse' },
);
export type HealthResponse = Static<typeof HealthResponse>;
