import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp } from '../../test/test-app.js';

type App = Awaited<ReturnType<typeof testApp>>;
const unknownId = '00000000-0000-4000-8000-000000000000';

describe('cluster routes refuse bad input with a 4xx that says why', () => {
  let app: App;
  beforeAll(async () => {
    app = await testApp();
  });
  afterAll(async () => app.close());

  const cases: {
    name: string;
    method: 'GET' | 'POST' | 'PATCH' | 'DELETE';
    url: string;
    payload?: unknown;
    raw?: string;
    status: number;
    message: RegExp;
  }[] = [
    { name: 'import without a body', method: 'POST', url: '/api/v1/clusters', status: 400, message: /body/ },
    {
      name: 'import with garbage JSON',
      method: 'POST',
      url: '/api/v1/clusters',
      raw: '{"name": "x",',
      status: 400,
      message: /JSON/i,
    },
    {
      name: 'import with a name of the wrong type',
      method: 'POST',
      url: '/api/v1/clusters',
      payload: { name: 42, patroniUrl: 'http://127.0.0.1:8008' },
      status: 400,
      message: /name/,
    },
    {
      name: 'import without a source',
      method: 'POST',
      url: '/api/v1/clusters',
      payload: { name: 'x' },
      status: 400,
      message: /patroniUrl|etcd/,
    },
    {
      name: 'import with a URL that is not http',
      method: 'POST',
      url: '/api/v1/clusters',
      payload: { name: 'x', patroniUrl: 'ftp://a' },
      status: 400,
      message: /patroniUrl/,
    },
    {
      name: 'import with an unknown field',
      method: 'POST',
      url: '/api/v1/clusters',
      payload: { name: 'x', patroniUrl: 'http://127.0.0.1:1', color: 'red' },
      status: 400,
      message: /color|additional/,
    },
    {
      name: 'import with a bad HAProxy endpoint',
      method: 'POST',
      url: '/api/v1/clusters',
      payload: { name: 'x', patroniUrl: 'http://127.0.0.1:1', haproxy: { readWrite: 'nope' } },
      status: 400,
      message: /readWrite/,
    },
    {
      name: 'import from an unreachable Patroni',
      method: 'POST',
      url: '/api/v1/clusters',
      payload: { name: 'x', patroniUrl: 'http://127.0.0.1:59999' },
      status: 422,
      message: /Cannot reach Patroni at http:\/\/127.0.0.1:59999: connection refused/,
    },
    {
      name: 'import from an unreachable etcd',
      method: 'POST',
      url: '/api/v1/clusters',
      payload: { name: 'x', etcd: { endpoints: ['http://127.0.0.1:1'], scope: 's' } },
      status: 422,
      message: /Cannot read etcd/,
    },
    {
      name: 'import with both an inline login and a stored one',
      method: 'POST',
      url: '/api/v1/clusters',
      payload: {
        name: 'x',
        patroniUrl: 'http://127.0.0.1:59999',
        database: { username: 'u', password: 'p' },
        databaseCredentialId: '00000000-0000-4000-8000-000000000000',
      },
      status: 400,
      message: /either body\/database or body\/databaseCredentialId/,
    },
    {
      name: 'import with an unknown stored login',
      method: 'POST',
      url: '/api/v1/clusters',
      payload: {
        name: 'x',
        patroniUrl: 'http://127.0.0.1:59999',
        databaseCredentialId: '00000000-0000-4000-8000-000000000000',
      },
      status: 404,
      message: /Credential .* does not exist/,
    },
    {
      name: 'read a cluster id that is not a uuid',
      method: 'GET',
      url: '/api/v1/clusters/abc',
      status: 400,
      message: /id/,
    },
    {
      name: 'read an unknown cluster',
      method: 'GET',
      url: `/api/v1/clusters/${unknownId}`,
      status: 404,
      message: /does not exist/,
    },
    {
      name: 'lag of an unknown cluster',
      method: 'GET',
      url: `/api/v1/clusters/${unknownId}/lag`,
      status: 404,
      message: /does not exist/,
    },
    {
      name: 're-read an unknown cluster',
      method: 'POST',
      url: `/api/v1/clusters/${unknownId}/refresh`,
      status: 404,
      message: /does not exist/,
    },
    {
      name: 're-read a cluster id that is not a uuid',
      method: 'POST',
      url: '/api/v1/clusters/abc/refresh',
      status: 400,
      message: /id/,
    },
    {
      name: 'patch with an empty body',
      method: 'PATCH',
      url: `/api/v1/clusters/${unknownId}`,
      payload: {},
      status: 400,
      message: /body/,
    },
    {
      name: 'patch an unknown cluster',
      method: 'PATCH',
      url: `/api/v1/clusters/${unknownId}`,
      payload: { name: 'y' },
      status: 404,
      message: /does not exist/,
    },
    {
      name: 'patch with a bad name',
      method: 'PATCH',
      url: `/api/v1/clusters/${unknownId}`,
      payload: { name: 'has space' },
      status: 400,
      message: /name/,
    },
    {
      name: 'delete an unknown cluster',
      method: 'DELETE',
      url: `/api/v1/clusters/${unknownId}`,
      status: 404,
      message: /does not exist/,
    },
  ];

  it.each(cases)('$name → $status', async ({ method, url, payload, raw, status, message }) => {
    const res = await app.inject({
      method,
      url,
      ...(raw !== undefined
        ? { payload: raw, headers: { ...app.as.admin, 'content-type': 'application/json' } }
        : payload !== undefined
          ? { payload: payload as object, headers: app.as.admin }
          : { headers: app.as.admin }),
    });
    expect(res.statusCode).toBe(status);
    const body = res.json<{ code: string; message: string }>();
    expect(body.message).toMatch(message);
    expect(body.code).toBeTruthy();
  });

  it('lists no clusters on a fresh inventory', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/v1/clusters', headers: app.as.viewer });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ clusters: [] });
  });
});

describe('importing from a URL that is not Patroni says so plainly', () => {
  let app: App;
  let web: Server;
  let webUrl: string;
  beforeAll(async () => {
    app = await testApp();
    // An ordinary web server: it answers, but not as Patroni does.
    web = createServer((_request, response) => {
      response.writeHead(200, { 'content-type': 'text/html' }).end('<html>hello</html>');
    });
    await new Promise<void>((resolve) => web.listen(0, '127.0.0.1', resolve));
    webUrl = `http://127.0.0.1:${(web.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await app.close();
    await new Promise((resolve) => web.close(resolve));
  });

  const importFrom = async (patroniUrl: string) => {
    const res = await app.inject({
      method: 'POST',
      url: '/api/v1/clusters',
      headers: app.as.admin,
      payload: { name: 'x', patroniUrl },
    });
    return { status: res.statusCode, message: res.json<{ message: string }>().message };
  };

  it('an HTTP server that is not Patroni → "this is not a Patroni REST API"', async () => {
    const answer = await importFrom(webUrl);
    expect(answer.status).toBe(422);
    expect(answer.message).toMatch(
      new RegExp(
        `^${webUrl} answered, but this is not a Patroni REST API \\(its answer to /\\w+ is not JSON\\)`,
      ),
    );
  });

  // Patroni is reached with node:http(s) (a CA and client certificate per cluster), not fetch: a port
  // that fetch refuses (6000, X11) is tried like any other, and nothing listens there.
  it('a port fetch would refuse (6000, X11) → tried, and says the connection was refused', async () => {
    const answer = await importFrom('http://127.0.0.1:6000');
    expect(answer.status).toBe(422);
    expect(answer.message).toBe('Cannot reach Patroni at http://127.0.0.1:6000: connection refused');
    expect(answer.message).not.toMatch(/bad port/);
  });
});
