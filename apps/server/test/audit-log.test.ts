import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditEvent } from '@keel/shared';
import { testApp } from './test-app.js';

type App = Awaited<ReturnType<typeof testApp>>;
type Row = { action: string; outcome: string; actor: string; params: unknown; detail: string | null };

/** Issue 9 item 1: the audit log can be neither broken nor flooded by what it records, and can be retained. */
describe('the audit log under hostile input', () => {
  let app: App;
  beforeAll(async () => {
    app = await testApp();
  });
  afterAll(async () => app.close());

  const readAudit = async (query = 'limit=1000') => {
    const res = await app.inject({ method: 'GET', url: `/api/v1/audit?${query}`, headers: app.as.admin });
    expect(res.statusCode, res.body).toBe(200);
    return res.json<{ events: Row[] }>().events;
  };
  const exportAudit = async () => {
    const res = await app.inject({ method: 'GET', url: '/api/v1/audit/export', headers: app.as.admin });
    expect(res.statusCode, res.body).toBe(200);
    return res.json<Row[]>();
  };

  it('does not record unmatched routes, and stays readable after a text or array body', async () => {
    const before = await app.db.auditEvent.count();
    const text = await app.inject({
      method: 'POST',
      url: '/api/v1/anything',
      headers: { 'content-type': 'text/plain' },
      payload: 'hello',
    });
    expect(text.statusCode).toBe(404);
    expect(await app.db.auditEvent.count()).toBe(before);

    // Matched routes with bodies of the wrong type, signed in and not.
    await app.inject({
      method: 'POST',
      url: '/api/v1/clusters',
      headers: { 'content-type': 'text/plain' },
      payload: 'hello',
    });
    await app.inject({ method: 'POST', url: '/api/v1/users', headers: app.as.admin, payload: [1, 2, 3] });
    await app.inject({
      method: 'POST',
      url: '/api/v1/tokens',
      headers: { ...app.as.viewer, 'content-type': 'text/plain' },
      payload: 'a string body',
    });
    const events = await readAudit();
    expect(events.length).toBeGreaterThan(0);
    for (const e of events)
      expect(e.params === null || (typeof e.params === 'object' && !Array.isArray(e.params))).toBe(true);
    expect(JSON.stringify(events)).not.toContain('a string body');
    expect((await exportAudit()).length).toBe(events.length);
  });

  it('answers even for rows written before the fix with params of a wrong type', async () => {
    for (const params of ['"hello"', '[1,2,3]', 'not json at all', '42'])
      await app.db.auditEvent.create({
        data: { actorType: 'anonymous', actor: 'anonymous', action: 'POST /x', outcome: 'denied', params },
      });
    const events = await readAudit();
    const legacy = events.filter((e) => e.action === 'POST /x');
    expect(legacy).toHaveLength(4);
    for (const e of legacy) expect(e.params === null || typeof e.params === 'object').toBe(true);
    expect(legacy.every((e) => !Array.isArray(e.params))).toBe(true);
    await exportAudit();
  });

  it('stores a bounded, redacted object for a large body', async () => {
    const huge = { name: 'x', password: 'hunter2-secret-value', blob: 'y'.repeat(900_000) };
    const before = await app.db.auditEvent.count();
    const res = await app.inject({
      method: 'POST',
      url: '/api/v1/users',
      headers: app.as.admin,
      payload: huge,
    });
    expect(res.statusCode).toBe(400);
    expect(await app.db.auditEvent.count()).toBe(before + 1);
    const row = await app.db.auditEvent.findFirst({ orderBy: { id: 'desc' } });
    expect(row!.params!.length).toBeLessThan(4_096);
    expect(row!.params).not.toContain('hunter2-secret-value');
    const [event] = await readAudit('limit=1');
    expect(event!.params).toMatchObject({ name: 'x', password: '[redacted]' });
    console.log(`a 900 kB body was stored as ${row!.params!.length} bytes: ${row!.params!.slice(0, 120)}…`);
  });

  it(
    'aggregates a flood of anonymous refusals from one address into a few rows',
    { timeout: 120_000 },
    async () => {
      const before = await app.db.auditEvent.count();
      for (let i = 0; i < 200; i++)
        await app.inject({
          method: 'POST',
          url: '/api/v1/clusters',
          remoteAddress: '198.51.100.66',
          payload: { name: `n${i}`, patroniUrl: 'http://127.0.0.1:1' },
        });
      // Anonymous failed logins too: each is a refusal worth counting, not worth a row each.
      for (let i = 0; i < 30; i++)
        await app.inject({
          method: 'POST',
          url: '/api/v1/auth/login',
          remoteAddress: '198.51.100.67',
          payload: { username: `nobody${i}`, password: 'wrong' },
        });
      await app.security.audit.flush();
      const written = (await app.db.auditEvent.count()) - before;
      const summaries = await readAudit('action=audit.suppressed');
      console.log(
        `230 anonymous refusals wrote ${written} rows; summaries: ${summaries.map((s) => s.detail).join(' | ')}`,
      );
      expect(written).toBeLessThanOrEqual(30);
      const counted = summaries.reduce((n, s) => n + Number(/^(\d+)/.exec(s.detail ?? '')?.[1] ?? 0), 0);
      expect(counted + (written - summaries.length)).toBe(230);
    },
  );
});

describe('audit log retention', () => {
  let app: App;
  beforeAll(async () => {
    app = await testApp();
  });
  afterAll(async () => app.close());

  const readAudit = async (query: string) => {
    const res = await app.inject({ method: 'GET', url: `/api/v1/audit?${query}`, headers: app.as.admin });
    expect(res.statusCode, res.body).toBe(200);
    return res.json<{ events: Row[] }>().events;
  };

  it('archives then prunes rows older than N days, on record, and stays append-only for the rest', async () => {
    const old = new Date(Date.now() - 40 * 86_400_000);
    for (let i = 0; i < 5; i++)
      await app.db.auditEvent.create({
        data: {
          at: new Date(old.getTime() + i * 1000),
          actorType: 'user',
          actor: 'admin',
          action: `old ${i}`,
          outcome: 'success',
        },
      });
    // Then today's events, which stay.
    await app.inject({ method: 'POST', url: '/api/v1/users', headers: app.as.admin, payload: {} });
    await app.inject({ method: 'GET', url: '/api/v1/users', headers: app.as.viewer });
    const denied = await app.inject({
      method: 'POST',
      url: '/api/v1/audit/archive',
      headers: app.as.operator,
      payload: { olderThanDays: 30 },
    });
    expect(denied.statusCode).toBe(403);
    const tooSoon = await app.inject({
      method: 'POST',
      url: '/api/v1/audit/archive',
      headers: app.as.admin,
      payload: { olderThanDays: 0 },
    });
    expect(tooSoon.statusCode).toBe(400);
    const total = await app.db.auditEvent.count();

    const res = await app.inject({
      method: 'POST',
      url: '/api/v1/audit/archive',
      headers: app.as.admin,
      payload: { olderThanDays: 30 },
    });
    expect(res.statusCode, res.body).toBe(200);
    const answer = res.json<{ archived: number; file: string; sha256: string; throughId: number }>();
    console.log(`archive answer: ${JSON.stringify(answer)}`);
    expect(answer.archived).toBe(5);
    const file = path.join(app.dataDir, answer.file);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const lines = readFileSync(file, 'utf8').trim().split('\n');
    expect(lines).toHaveLength(answer.archived);
    const archived = lines.map((l) => JSON.parse(l) as AuditEvent);
    expect(archived.every((e) => Date.parse(e.at) < Date.now() - 30 * 86_400_000)).toBe(true);
    expect(archived.map((e) => e.action)).toContain('old 4');
    expect(await app.db.auditEvent.count({ where: { id: { lte: answer.throughId } } })).toBe(0);
    // Everything else is still there, plus the record of the prune itself.
    expect(await app.db.auditEvent.count()).toBe(total - answer.archived + 1);
    const [pruned] = await readAudit('action=POST /api/v1/audit/archive&outcome=success');
    expect(pruned!.detail).toMatch(new RegExp(`archived ${answer.archived} events .*${answer.sha256}`));

    const refusal = (error: unknown): string =>
      JSON.stringify((error as { meta?: unknown }).meta ?? String(error));
    expect(refusal(await app.db.auditEvent.deleteMany({}).catch((e: unknown) => e))).toMatch(/append-only/);
    expect(refusal(await app.db.auditPrune.deleteMany({}).catch((e: unknown) => e))).toMatch(/append-only/);
    expect(
      refusal(await app.db.auditPrune.updateMany({ data: { throughId: 1e9 } }).catch((e: unknown) => e)),
    ).toMatch(/append-only/);
  });
});
