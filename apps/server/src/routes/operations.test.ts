import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp } from '../../test/test-app.js';

type App = Awaited<ReturnType<typeof testApp>>;
const unknownId = '00000000-0000-4000-8000-000000000000';

describe('operation and job routes refuse bad input with a 4xx that says why', () => {
  let app: App;
  beforeAll(async () => {
    app = await testApp();
  });
  afterAll(async () => app.close());

  const cases: {
    name: string;
    method: 'GET' | 'POST' | 'PATCH';
    url: string;
    payload?: object;
    as?: 'viewer' | 'operator';
    status: number;
    message: RegExp;
  }[] = [
    {
      name: 'an operation without a body on an unknown cluster',
      method: 'POST',
      url: `/api/v1/clusters/${unknownId}/pause`,
      status: 404,
      message: /does not exist/,
    },
    {
      name: 'a switchover with a candidate of the wrong type',
      method: 'POST',
      url: `/api/v1/clusters/${unknownId}/switchover`,
      payload: { candidate: 5 },
      status: 400,
      message: /candidate must be a string/,
    },
    {
      name: 'a switchover with a date that is not a date',
      method: 'POST',
      url: `/api/v1/clusters/${unknownId}/switchover`,
      payload: { scheduledAt: 'tomorrow' },
      status: 400,
      message: /scheduledAt/,
    },
    {
      name: 'a failover without a candidate',
      method: 'POST',
      url: `/api/v1/clusters/${unknownId}/failover`,
      payload: {},
      status: 400,
      message: /candidate/,
    },
    {
      name: 'a reinitialize with an unknown field',
      method: 'POST',
      url: `/api/v1/clusters/${unknownId}/reinitialize`,
      payload: { member: 'pg1', wipe: true },
      status: 400,
      message: /wipe|additional/,
    },
    {
      name: 'a config change with no changes',
      method: 'PATCH',
      url: `/api/v1/clusters/${unknownId}/config`,
      payload: { changes: {} },
      status: 400,
      message: /changes/,
    },
    {
      name: 'a viewer asking for a switchover',
      method: 'POST',
      url: `/api/v1/clusters/${unknownId}/switchover`,
      payload: {},
      as: 'viewer',
      status: 403,
      message: /operator/,
    },
    {
      name: 'a job id that is not a uuid',
      method: 'GET',
      url: '/api/v1/jobs/abc',
      status: 400,
      message: /id/,
    },
    {
      name: 'an unknown job',
      method: 'GET',
      url: `/api/v1/jobs/${unknownId}`,
      status: 404,
      message: /does not exist/,
    },
    {
      name: 'cancelling an unknown job',
      method: 'POST',
      url: `/api/v1/jobs/${unknownId}/cancel`,
      status: 404,
      message: /does not exist/,
    },
    {
      name: 'listing jobs with a bad status',
      method: 'GET',
      url: '/api/v1/jobs?status=exploded',
      status: 400,
      message: /status/,
    },
    {
      name: 'prechecks of an unknown cluster',
      method: 'GET',
      url: `/api/v1/clusters/${unknownId}/switchover/precheck`,
      status: 404,
      message: /does not exist/,
    },
  ];

  it.each(cases)('$name → $status', async ({ method, url, payload, as, status, message }) => {
    const res = await app.inject({
      method,
      url,
      headers: app.as[as ?? 'operator'],
      ...(payload && { payload }),
    });
    expect(res.statusCode).toBe(status);
    expect(res.json<{ message: string }>().message).toMatch(message);
  });
});
