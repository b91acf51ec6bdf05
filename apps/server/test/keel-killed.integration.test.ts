import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isReplicating, type ClusterDetail, type Job, type JobDetail } from '@keel/shared';
import { requireLabStatus } from '@keel/lab';
import { labImportRequest } from '../scripts/lab-import.js';
import { KeelProcess, makeTokens } from './keel-process.js';
import { eventually, lab, labSsh } from './lab.js';

type Lab = Awaited<ReturnType<typeof requireLabStatus>>;

/** What a member's own Patroni says, asked directly: the truth a reconciled job is held to. */
async function patroniNode(labStatus: Lab, host: string) {
  const url = labStatus.hosts.find((h) => h.name === host)?.patroniUrl;
  const res = await fetch(`${url}/patroni`, { signal: AbortSignal.timeout(3_000) });
  return (await res.json()) as { role: string; state: string; postmaster_start_time?: string };
}

async function patroniLeader(labStatus: Lab): Promise<string | undefined> {
  for (const h of labStatus.hosts.filter((x) => x.patroniUrl)) {
    const node = await patroniNode(labStatus, h.name).catch(() => undefined);
    if (node && ['primary', 'master'].includes(node.role) && node.state === 'running') return h.name;
  }
  return undefined;
}

/** When the leader's WAL sender for `member` started (a rebuilt replica connects anew). */
async function walSenderStart(labStatus: Lab, member: string): Promise<string | null> {
  const { readWrite } = labStatus.haproxy;
  const client = new pg.Client({
    host: readWrite.host,
    port: readWrite.port,
    user: labStatus.credentials.superuser.username,
    password: labStatus.credentials.superuser.password,
    database: 'postgres',
  });
  await client.connect();
  try {
    const { rows } = await client.query<{ started: Date }>(
      'select backend_start as started from pg_stat_replication where application_name = $1',
      [member],
    );
    return rows[0]?.started.toISOString() ?? null;
  } finally {
    await client.end();
  }
}

/** SIGSTOP / SIGCONT of one host's Patroni: it stops answering while PostgreSQL runs on. */
const patroniProcess = (host: string, action: 'freeze' | 'thaw') =>
  labSsh(host, `kill -${action === 'freeze' ? 'STOP' : 'CONT'} $(pgrep -f '^/usr/bin/python3 .*/patroni ')`);

/** A switchover found done after the restart: the job says so, and shows the post-checks it ran then. */
function expectSwitchoverHappened(reconciled: JobDetail): void {
  expect(reconciled.status).toBe('succeeded');
  expect(reconciled.result).toMatch(/it happened: the switchover/);
  for (const check of [
    'Ask Patroni to switch over',
    'New leader elected',
    'Writable through HAProxy',
    'Timeline went up',
    'Other members replicate from the new leader',
    "Keel's view agrees",
  ]) {
    expect(reconciled.steps.find((s) => s.name === check)?.status, check).toBe('succeeded');
  }
}

const ended = (job: Job) => !['queued', 'running'].includes(job.status);
const stepsText = (job: JobDetail) =>
  job.steps.map((s) => `  ${s.status.padEnd(9)} ${s.name}: ${s.detail ?? ''}`).join('\n');

describe('Keel killed by SIGKILL in the middle of a job, then started again', () => {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'keel-killed-'));
  let tokens: { admin: string; operator: string };
  let keel: KeelProcess;
  let runs = 0;
  let clusterId: string;
  let labStatus: Lab;

  const startKeel = async () => (keel = await KeelProcess.start(dataDir, ++runs));
  const job = async (id: string) => (await keel.api<JobDetail>(tokens.operator, 'GET', `/jobs/${id}`)).body;
  const cluster = async () =>
    (await keel.api<ClusterDetail>(tokens.operator, 'GET', `/clusters/${clusterId}`)).body;
  const healthy = () =>
    eventually(
      'a healthy cluster in Keel',
      async () => {
        const c = await cluster();
        return c.health.level === 'healthy' && c.leader ? c : undefined;
      },
      { timeoutMs: 120_000, intervalMs: 500 },
    );
  /** A replica that streams, to restart or rebuild. */
  const replica = async () => {
    const c = await healthy();
    return c.members.find((m) => m.name !== c.leader && isReplicating(m))!.name;
  };
  const submit = async (kind: string, body: object, attempts = 5) => {
    for (let attempt = 1; ; attempt++) {
      const res = await keel.api<Job>(tokens.operator, 'POST', `/clusters/${clusterId}/${kind}`, body);
      // On a busy machine a member may miss one 2 s poll: that refusal is not what these tests are about.
      if (res.status === 422 && attempt < attempts) {
        await new Promise((resolve) => setTimeout(resolve, 2_000));
        continue;
      }
      expect(res.status, JSON.stringify(res.body)).toBe(202);
      return { id: res.body.id, acceptedAt: Date.now() };
    }
  };
  const waitForLog = (id: string, text: string) =>
    eventually(
      `the job's log to say "${text}"`,
      async () => ((await job(id)).log.some((l) => l.message.includes(text)) ? true : undefined),
      { timeoutMs: 30_000, intervalMs: 25 },
    );
  /** Starts Keel again and waits until it has reconciled the job; no step may be left running. */
  const restartAndReconcile = async (id: string, timeoutMs = 150_000) => {
    await startKeel();
    const reconciled = await eventually(
      'the job to be reconciled',
      async () => {
        const j = await job(id);
        return ended(j) ? j : undefined;
      },
      { timeoutMs, intervalMs: 500 },
    );
    console.log(`${reconciled.kind} ${reconciled.status}: ${reconciled.result}\n${stepsText(reconciled)}`);
    expect(reconciled.log.some((l) => l.message.includes('Keel restarted while this job ran'))).toBe(true);
    expect(reconciled.steps.filter((s) => s.status === 'running')).toEqual([]);
    for (const s of reconciled.steps) expect(s.finishedAt, s.name).not.toBeNull();
    return reconciled;
  };

  beforeAll(async () => {
    await lab('up');
    labStatus = await requireLabStatus();
    tokens = await makeTokens(dataDir);
    await startKeel();
    const imported = await keel.api<{ id: string }>(
      tokens.admin,
      'POST',
      '/clusters',
      labImportRequest(labStatus),
    );
    expect(imported.status, JSON.stringify(imported.body)).toBe(201);
    clusterId = imported.body.id;
  });

  afterAll(async () => {
    await keel?.kill();
    for (const h of labStatus?.hosts.filter((x) => x.patroniUrl) ?? [])
      await patroniProcess(h.name, 'thaw').catch(() => undefined);
    rmSync(dataDir, { recursive: true, force: true });
    await lab('up');
  });

  it('switchover, killed 0-0.3 s after the POST was accepted: the job says what Patroni did', async () => {
    const before = await healthy();
    const delayMs = Math.round(Math.random() * 300);
    const { id, acceptedAt } = await submit('switchover', {});
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, delayMs - (Date.now() - acceptedAt))));
    const killedAfterMs = Date.now() - acceptedAt;
    await keel.kill();
    console.log(
      `switchover: SIGKILL sent ${killedAfterMs} ms after the POST was accepted (aimed at ${delayMs} ms)`,
    );

    const reconciled = await restartAndReconcile(id);
    const leaderNow = await eventually('a leader in Patroni', () => patroniLeader(labStatus), {
      timeoutMs: 60_000,
    });
    const candidate = reconciled.params.candidate as string;
    const names = reconciled.steps.map((s) => s.name);
    if (leaderNow === candidate) {
      // It happened: the job says so and shows the post-checks it ran after the restart.
      expect(before.leader).not.toBe(candidate);
      expectSwitchoverHappened(reconciled);
    } else {
      // It did not happen: the old leader leads, and the job does not claim otherwise.
      expect(leaderNow).toBe(before.leader);
      expect(reconciled.status).not.toBe('succeeded');
      expect(reconciled.result).toMatch(/it did not happen/);
      expect(names).not.toContain('Writable through HAProxy');
    }
  }, 240_000);

  it('switchover, killed while Patroni switches over: it happened, and the post-checks ran as steps', async () => {
    const before = await healthy();
    const { id } = await submit('switchover', {});
    // Killed once Patroni has acted (the old leader demotes) and before it answers, which it does at the end.
    await eventually(
      `${before.leader} to start demoting`,
      async () => {
        const node = await patroniNode(labStatus, before.leader!).catch(() => undefined);
        return node && !(['primary', 'master'].includes(node.role) && node.state === 'running')
          ? node
          : undefined;
      },
      { timeoutMs: 30_000, intervalMs: 20 },
    );
    await keel.kill();

    const reconciled = await restartAndReconcile(id);
    const candidate = reconciled.params.candidate as string;
    const leaderNow = await eventually('a leader in Patroni', () => patroniLeader(labStatus), {
      timeoutMs: 60_000,
    });
    console.log(`switchover: ${before.leader} → ${candidate}; Patroni's leader now ${leaderNow}`);
    expect(leaderNow).toBe(candidate);
    expectSwitchoverHappened(reconciled);
  }, 240_000);

  it('restart of a replica, killed while Patroni restarts it: it happened, checked as a step', async () => {
    const member = await replica();
    const startedBefore = (await patroniNode(labStatus, member)).postmaster_start_time;
    const { id } = await submit('restart', { member });
    await waitForLog(id, `Asking Patroni to restart ${member}`);
    await keel.kill();

    const reconciled = await restartAndReconcile(id);
    const startedAfter = (await patroniNode(labStatus, member)).postmaster_start_time;
    console.log(`restart ${member}: postmaster started ${startedBefore} → ${startedAfter}`);
    expect(startedAfter).not.toBe(startedBefore);
    expect(reconciled.status).toBe('succeeded');
    expect(reconciled.result).toMatch(/it happened/);
    const check = reconciled.steps.find((s) => s.name === `Check ${member} after Keel restarted`);
    expect(check?.status).toBe('succeeded');
    expect(check?.detail).toContain(`postmaster started ${startedAfter}`);
    expect(reconciled.steps.find((s) => s.name === `Restart ${member}`)?.status).toBe('succeeded');
  }, 240_000);

  it('restart, killed before Patroni was asked (its Patroni hung): it did not happen', async () => {
    const member = await replica();
    const startedBefore = (await patroniNode(labStatus, member)).postmaster_start_time;
    // Hung, Patroni takes the request's first read (2 s timeout) with it: Keel is killed inside that.
    await patroniProcess(member, 'freeze');
    let id: string;
    try {
      ({ id } = await submit('restart', { member }, 1));
      await eventually(
        `the step "Restart ${member}" to start`,
        async () =>
          (await job(id)).steps.some((s) => s.name === `Restart ${member}` && s.status === 'running')
            ? true
            : undefined,
        { timeoutMs: 5_000, intervalMs: 20 },
      );
      await keel.kill();
    } finally {
      await patroniProcess(member, 'thaw');
    }

    const reconciled = await restartAndReconcile(id);
    expect(reconciled.log.some((l) => l.message.includes('Asking Patroni'))).toBe(false);
    const startedAfter = (await patroniNode(labStatus, member)).postmaster_start_time;
    console.log(`restart ${member} (not asked): postmaster started ${startedBefore} → ${startedAfter}`);
    expect(startedAfter).toBe(startedBefore);
    expect(reconciled.status).toBe('interrupted');
    expect(reconciled.result).toMatch(/it did not happen: not done: Keel stopped before asking Patroni/);
    expect(reconciled.steps.find((s) => s.name === `Restart ${member}`)?.status).toBe('failed');
  }, 240_000);

  it('restart, killed after Patroni was asked, and that Patroni hung meanwhile: it cannot be known yet', async () => {
    const member = await replica();
    const { id } = await submit('restart', { member });
    await waitForLog(id, `Asking Patroni to restart ${member}`);
    await keel.kill();
    await patroniProcess(member, 'freeze');
    let reconciled: JobDetail;
    try {
      reconciled = await restartAndReconcile(id);
    } finally {
      await patroniProcess(member, 'thaw');
    }
    expect(reconciled.status).toBe('interrupted');
    expect(reconciled.result).toMatch(/cannot be known yet/);
    const check = reconciled.steps.find((s) => s.name === `Check ${member} after Keel restarted`);
    expect(check?.status).toBe('failed');
    expect(check?.detail).toMatch(/cannot be known yet/);
    await healthy();
  }, 240_000);

  it('reinitialize, killed while Patroni rebuilds the replica: it happened, with evidence it ran', async () => {
    const member = await replica();
    const startedBefore = (await patroniNode(labStatus, member)).postmaster_start_time;
    const senderBefore = await walSenderStart(labStatus, member);
    const { id } = await submit('reinitialize', { member });
    await waitForLog(id, `Asking Patroni to reinitialize ${member}`);
    await keel.kill();

    const reconciled = await restartAndReconcile(id, 330_000);
    const startedAfter = (await patroniNode(labStatus, member)).postmaster_start_time;
    const senderAfter = await eventually('a WAL sender for the rebuilt replica', () =>
      walSenderStart(labStatus, member).then((s) => s ?? undefined),
    );
    console.log(
      `reinitialize ${member}: postmaster started ${startedBefore} → ${startedAfter}; leader's WAL sender started ${senderBefore} → ${senderAfter}`,
    );
    expect(startedAfter).not.toBe(startedBefore);
    expect(senderAfter).not.toBe(senderBefore);
    expect(reconciled.status).toBe('succeeded');
    expect(reconciled.result).toMatch(/it happened/);
    const check = reconciled.steps.find((s) => s.name === `Check ${member} after Keel restarted`);
    expect(check?.detail).toContain(`postmaster started ${startedAfter}`);
    expect(reconciled.steps.find((s) => s.name === `Reinitialize ${member}`)?.status).toBe('succeeded');
  }, 420_000);
});
