// Benchmark: how long after the leader key changes in etcd does a WebSocket client of Keel hear of it?
// Against the real lab (Patroni 4 + etcd + HAProxy): `pnpm exec tsx bench/leader-change-latency.ts [runs]`.
// Leader changes are Patroni planned switchovers; the lab is left healthy (with whichever leader it ends on).
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { KeelEvent, LeaderChangedEvent } from '../packages/shared/src/index.js';
import { requireLabStatus } from '../packages/lab/src/index.js';
import { buildApp } from '../apps/server/src/build-app.js';
import { loadConfig } from '../apps/server/src/config.js';
import { labImportRequest } from '../apps/server/scripts/lab-import.js';
import type { EventFeed } from '../apps/server/test/event-feed.js';
import { ensureAdmin, KeelClient } from './lib/keel-client.js';
import { waitForHealthyLab } from './lib/lab-cluster.js';
import { LeaderKeyWatch } from './lib/leader-key-watch.js';
import { sleep } from './lib/async.js';
import { median, ms, worst } from './lib/stats.js';

const runs = Number(process.argv[2] ?? 10);
/** Other people's fault tests share the lab: how long to wait for it to be healthy before giving up. */
const healthyTimeoutMs = 10 * 60_000;
/** Attempts that saw a fault we did not cause are retried, up to this many times in all. */
const maxRetries = 10;

const log = (line: string): void => console.log(line);

interface Run {
  from: string;
  to: string;
  latencyMs: number;
  switchoverMs: number;
  /** When Patroni answered the switchover. */
  endedAt: number;
}

/** Outcome of one attempt: a measured run, or why it does not count. */
type Attempt = { ok: true; run: Run } | { ok: false; why: string; missed?: boolean };

async function switchover(leaderUrl: string, leader: string, candidate: string): Promise<void> {
  const res = await fetch(`${leaderUrl}/switchover`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ leader, candidate }),
    signal: AbortSignal.timeout(60_000),
  }).catch((error: unknown) => {
    const cause = error instanceof Error && error.cause instanceof Error ? error.cause : error;
    throw new Error(`${leader} did not answer the switchover request: ${String(cause)}`);
  });
  const text = (await res.text()).trim();
  if (res.status !== 200) throw new Error(`Patroni refused the switchover: ${res.status} ${text}`);
}

async function main(): Promise<void> {
  if (!Number.isInteger(runs) || runs < 1)
    throw new Error(`runs must be a positive integer, got ${process.argv[2]}`);
  const status = await requireLabStatus();
  const urlOf = new Map(status.hosts.flatMap((h) => (h.patroniUrl ? [[h.name, h.patroniUrl] as const] : [])));
  const patroniUrls = [...urlOf.values()];
  log(`lab: Patroni ${status.patroniVersion ?? '?'}, scope ${status.scope}, ${patroniUrls.length} members`);
  await waitForHealthyLab(patroniUrls, { timeoutMs: healthyTimeoutMs, log });

  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'keel-bench-leader-'));
  const app = await buildApp(loadConfig({ KEEL_DATA_DIR: dataDir }), { level: 'error' });
  let feed: EventFeed | undefined;
  let watch: LeaderKeyWatch | undefined;
  const cleanUp = async (): Promise<void> => {
    feed?.close();
    await watch?.close();
    await app.close();
    rmSync(dataDir, { recursive: true, force: true });
  };
  // A switchover already asked for completes on its own; Ctrl-C only stops measuring.
  let interruptedOnce = false;
  const interrupted = (): void => {
    // A Ctrl-C reaches us twice (from the terminal's process group and relayed by tsx): act once.
    if (interruptedOnce) return;
    interruptedOnce = true;
    void cleanUp().finally(() => process.exit(130));
  };
  process.on('SIGINT', interrupted);
  try {
    await ensureAdmin(app);
    const base = await app.listen({ port: 0, host: '127.0.0.1' });
    const client = await KeelClient.connect(base);
    const imported = await client.api.POST('/api/v1/clusters', {
      body: labImportRequest(status, 'lab-bench'),
    });
    if (!imported.data) throw new Error(`importing the lab failed: ${imported.error?.message}`);
    const cluster = imported.data;
    log(`Keel at ${base} observes the lab as cluster ${cluster.id} (leader ${cluster.leader ?? '?'})`);

    feed = await client.events();
    watch = await LeaderKeyWatch.open(status.etcd.endpoints, status.namespace, status.scope);
    const measured: Run[] = [];
    let retries = 0;
    let missed = 0;
    while (measured.length < runs) {
      const attempt = await measureOne(feed, watch, cluster.id, urlOf, patroniUrls);
      if (attempt.ok) {
        measured.push(attempt.run);
        const r = attempt.run;
        const healthy = await waitForHealthyLab(patroniUrls, {
          timeoutMs: healthyTimeoutMs,
          recovering: true,
          log,
        });
        log(
          `run ${String(measured.length).padStart(2)}: ${r.from} -> ${r.to}  etcd leader key -> WebSocket ` +
            `${ms(r.latencyMs)}  (switchover answered after ${(r.switchoverMs / 1000).toFixed(1)} s, ` +
            `both replicas streaming again ${((healthy.healthySince - r.endedAt) / 1000).toFixed(1)} s later)`,
        );
      } else {
        retries += 1;
        if (attempt.missed) missed += 1;
        log(`  attempt discarded (${retries}/${maxRetries}): ${attempt.why}`);
        if (retries >= maxRetries) throw new Error('too many disturbed attempts; is someone testing faults?');
      }
    }
    const final = await waitForHealthyLab(patroniUrls, { timeoutMs: healthyTimeoutMs, log });
    log(`lab left healthy, leader ${final.leader}`);
    const latencies = measured.map((r) => r.latencyMs);
    log(
      `leader change -> WebSocket: median ${ms(median(latencies))}, worst ${ms(worst(latencies))} ` +
        `(${measured.length} runs${missed > 0 ? `; ${missed} leader changes never reached the client` : ''})`,
    );
    if (missed > 0) process.exitCode = 1;
  } finally {
    process.off('SIGINT', interrupted);
    await cleanUp();
  }
}

/** One planned switchover, from a healthy lab back to a healthy lab. */
async function measureOne(
  feed: EventFeed,
  watch: LeaderKeyWatch,
  clusterId: string,
  urlOf: Map<string, string>,
  patroniUrls: string[],
): Promise<Attempt> {
  const { leader, replicas } = await waitForHealthyLab(patroniUrls, { timeoutMs: healthyTimeoutMs, log });
  // Move leadership around the ring (pg1 -> pg2 -> pg3 -> pg1) so every member takes a turn.
  const candidate = replicas.find((r) => r > leader) ?? replicas[0]!;
  const leaderUrl = urlOf.get(leader)!;
  const firstChange = watch.changes.length;
  feed.events.splice(0);

  const startedAt = Date.now();
  try {
    await switchover(leaderUrl, leader, candidate);
  } catch (error) {
    return { ok: false, why: error instanceof Error ? error.message : String(error) };
  }
  const endedAt = Date.now();
  const switchoverMs = endedAt - startedAt;

  // Patroni answers once the new leader holds the key; give the watch a moment to report it.
  const deadline = Date.now() + 10_000;
  while (!watch.changes.slice(firstChange).some((c) => c.value === candidate) && Date.now() < deadline) {
    await sleep(20);
  }
  const changes = watch.changes.slice(firstChange);
  const foreign = changes.find((c) => c.value !== null && c.value !== leader && c.value !== candidate);
  if (foreign) return { ok: false, why: `the leader key went to ${foreign.value}, not ${candidate}` };
  const keyChange = changes.find((c) => c.value === candidate);
  if (!keyChange) return { ok: false, why: `the leader key never became ${candidate}` };

  const isOurs = (e: KeelEvent): e is LeaderChangedEvent =>
    e.type === 'cluster.leader' && e.clusterId === clusterId && e.to === candidate;
  const heard = await feed.waitFor(isOurs, 10_000, startedAt).catch(() => null);
  if (!heard)
    return { ok: false, missed: true, why: `MISSED: no cluster.leader event to ${candidate} within 10 s` };
  const { receivedAt } = heard;
  return {
    ok: true,
    run: { from: leader, to: candidate, latencyMs: receivedAt - keyChange.at, switchoverMs, endedAt },
  };
}

main().catch((error: unknown) => {
  console.error('bench: failed:', error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
