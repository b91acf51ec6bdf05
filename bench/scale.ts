// Benchmark: one Keel server observing 200 clusters of three members each.
// `pnpm exec tsx bench/scale.ts [clusters=200] [steady-state seconds=60]`; ends by itself in a few minutes.
// etcd is real (a throwaway Debian etcd 3.4 on 127.0.0.1:23790); Patroni's REST API is played by a stand-in
// (bench/fake-patroni.ts) in its own process; Keel runs in its own process (apps/server/src/server.ts) so
// that its CPU and memory can be read from /proc alone. Everything stays on loopback and is removed at the end.
import os from 'node:os';
import type { EventFeed } from '../apps/server/test/event-feed.js';
import { sleep, waitUntil } from './lib/async.js';
import { summarizeMajorGcs } from './lib/gc-trace.js';
import { loadAverage, memoryMb } from './lib/proc.js';
import { Processes } from './lib/processes.js';
import { Fleet } from './lib/scale-fleet.js';
import { KeelClient } from './lib/keel-client.js';
import { measureLeaderChanges, measureSteadyState, type SteadyState } from './lib/scale-measure.js';
import { freePort, startEtcd, startKeel, StandIn } from './lib/scale-stack.js';
import { benchTopology, membersPerCluster } from './lib/scale-topology.js';
import { median, ms, percentile, worst } from './lib/stats.js';

const clusterCount = Number(process.argv[2] ?? 200);
const windowSeconds = Number(process.argv[3] ?? 60);
const leaderChangeCount = Math.min(20, clusterCount);
const apiRequests = 100;
const importConcurrency = 4;
/** Patroni's own port; each member has its own loopback address. */
const patroniPort = 8008;
/** However it goes, the benchmark stops after this long. */
const deadlineMs = 10 * 60_000;

const log = (line: string): void => console.log(line);
const latencyLine = (times: number[]): string =>
  `p50 ${ms(median(times))}, p95 ${ms(percentile(times, 95))}, max ${ms(worst(times))}`;

/** Least-squares slope of samples taken once a second, in units per minute. */
function slopePerMinute(samples: number[]): number {
  const n = samples.length;
  const meanX = (n - 1) / 2;
  const meanY = samples.reduce((a, b) => a + b, 0) / n;
  let num = 0;
  let den = 0;
  samples.forEach((y, x) => {
    num += (x - meanX) * (y - meanY);
    den += (x - meanX) ** 2;
  });
  return den === 0 ? 0 : (num / den) * 60;
}

function reportSteadyState(s: SteadyState, idleRss: number): void {
  const mb = (v: number): string => v.toFixed(0);
  log(
    `  Keel server      CPU ${s.cpu.keel.toFixed(1)} % of one core; RSS median ${mb(median(s.rss))} MB ` +
      `(min ${mb(Math.min(...s.rss))}, max ${mb(worst(s.rss))}, growing ${slopePerMinute(s.rss).toFixed(1)} MB/min; ` +
      `peak ever ${mb(s.rssPeak)}; ${mb(idleRss)} MB before any import)`,
  );
  log(
    `  Keel RSS every 10 s: ${s.rss
      .filter((_, n) => n % 10 === 0)
      .map(mb)
      .join(' ')} MB`,
  );
  const paths = Object.entries(s.standInByPath)
    .filter(([, rate]) => rate > 0)
    .sort((a, b) => b[1] - a[1])
    .map(([path, rate]) => `${path} ${rate.toFixed(0)}`);
  log(
    `  Patroni stand-in served ${s.standInRequests.toFixed(0)} requests/s (${paths.join(', ')}); ` +
      `its CPU ${s.cpu.standIn.toFixed(1)} %`,
  );
  log(`  etcd             CPU ${s.cpu.etcd.toFixed(1)} %`);
  log(
    `  WebSocket        ${(s.events.count / s.seconds).toFixed(0)} events/s, ` +
      `${(s.events.bytes / s.seconds / 1024).toFixed(0)} kB/s to one client ${JSON.stringify(s.events.byType)}; ` +
      `${s.events.refreshes} of them refreshes with nothing changed`,
  );
}

async function main(procs: Processes, feedRef: { feed?: EventFeed }): Promise<void> {
  log(`machine: ${os.cpus().length} cores, load average ${loadAverage()}, Node ${process.version}`);
  const fleet = new Fleet('http://127.0.0.1:23790', '/service/', benchTopology(clusterCount, patroniPort));
  const etcd = await startEtcd(procs, 23790, 23800);
  const standIn = await StandIn.start(procs, clusterCount, patroniPort);
  await fleet.writeKeys();
  log(
    `etcd and the Patroni stand-in are up: ${clusterCount} clusters, ${clusterCount * membersPerCluster} members`,
  );

  const keel = await startKeel(procs, await freePort());
  const keelPid = keel.child.pid!;
  const idleRss = memoryMb(keelPid).rss;
  const client = await KeelClient.connect(keel.base);
  const feed = await client.events();
  feedRef.feed = feed;

  const importStarted = performance.now();
  const { ids, took } = await fleet.importInto(client, importConcurrency);
  log(
    `imported ${ids.size} clusters in ${((performance.now() - importStarted) / 1000).toFixed(1)} s ` +
      `(${importConcurrency} at a time; each p50 ${ms(median(took))}, max ${ms(worst(took))})`,
  );
  const observed = await waitUntil(
    'every cluster observed with a leader',
    async () => {
      const { data, error } = await client.api.GET('/api/v1/clusters');
      if (!data) throw new Error(`GET /api/v1/clusters: ${error?.message}`);
      const { clusters } = data;
      return clusters.every((c) => c.leader && c.health.level !== 'unknown') ? clusters : undefined;
    },
    60_000,
  );
  const levels = new Map<string, number>();
  for (const c of observed) levels.set(c.health.level, (levels.get(c.health.level) ?? 0) + 1);
  const levelCounts = [...levels].map(([level, n]) => `${n} ${level}`);
  log(`all observed (${levelCounts.join(', ')}); settling 10 s`);
  await sleep(10_000);

  log(`steady state: measuring for ${windowSeconds} s`);
  const pids = { keel: keelPid, standIn: standIn.child.pid!, etcd: etcd.pid! };
  const logAtStart = procs.logSize('keel');
  const steady = await measureSteadyState(pids, standIn, feed, windowSeconds);
  const gcs = summarizeMajorGcs(procs.logSince('keel', logAtStart), steady.seconds);

  // REST latency, still under the steady load of observation.
  const idList = [...ids.values()];
  const randomId = (): string => idList[Math.floor(Math.random() * idList.length)]!;
  const list = await client.timedGets(Array.from({ length: apiRequests }, () => '/api/v1/clusters'));
  const detail = await client.timedGets(
    Array.from({ length: apiRequests }, () => `/api/v1/clusters/${randomId()}`),
  );
  const leader = await measureLeaderChanges(fleet, ids, standIn, feed, leaderChangeCount);

  const warnings = procs
    .logTail('keel', 100_000)
    .split('\n')
    .filter((line) => /"level":(40|50|60)/.test(line));
  log('');
  log(
    `scale: ${clusterCount} clusters x 3 members, one Keel server, ${steady.seconds.toFixed(0)} s steady state`,
  );
  reportSteadyState(steady, idleRss);
  if (gcs) log(`  Keel GC          ${gcs}`);
  log(
    `  GET /api/v1/clusters       ${latencyLine(list.times)} ` +
      `(${apiRequests} requests, ${(list.bytes / 1024).toFixed(0)} kB each)`,
  );
  log(`  GET /api/v1/clusters/{id}  ${latencyLine(detail.times)} (${apiRequests} requests)`);
  log(
    `  leader change -> WebSocket: median ${ms(median(leader.latencies))}, worst ${ms(worst(leader.latencies))} ` +
      `(${leader.latencies.length} changes, from issuing the etcd write; etcd acknowledged the write after ` +
      `median ${ms(median(leader.acks))})`,
  );
  log(
    `  Keel logged ${warnings.length} warnings or errors${warnings[0] ? `; first: ${warnings[0].slice(0, 300)}` : ''}`,
  );
  log(`  load average ${loadAverage()} at the end`);
}

function run(): void {
  if (!(clusterCount >= 1 && clusterCount <= 1000 && windowSeconds >= 5)) {
    console.error('usage: pnpm exec tsx bench/scale.ts [clusters 1..1000] [steady-state seconds >= 5]');
    process.exit(2);
  }
  const procs = new Processes('keel-bench-scale-');
  const feedRef: { feed?: EventFeed } = {};
  let stopping = false;
  const stop = (code: number, why: string): void => {
    // A Ctrl-C reaches us twice (from the terminal's process group and relayed by tsx): act once.
    if (stopping) return;
    stopping = true;
    console.error(`bench: ${why}: ending every process it started and removing its temp dir`);
    feedRef.feed?.close();
    void procs.stopAll().finally(() => process.exit(code));
  };
  process.on('SIGINT', () => stop(130, 'interrupted'));
  process.on('SIGTERM', () => stop(143, 'terminated'));
  const deadline = setTimeout(() => stop(1, `still running after ${deadlineMs / 60_000} min`), deadlineMs);

  main(procs, feedRef)
    .catch((error: unknown) => {
      console.error('bench: failed:', error instanceof Error ? error.message : error);
      process.exitCode = 1;
    })
    .finally(() => {
      clearTimeout(deadline);
      feedRef.feed?.close();
      void procs.stopAll();
    });
}

run();
