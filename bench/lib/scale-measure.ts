import type { KeelEvent, LeaderChangedEvent } from '../../packages/shared/src/index.js';
import type { EventFeed } from '../../apps/server/test/event-feed.js';
import { sleep } from './async.js';
import { putKey } from './etcd-http.js';
import { CpuWindow, memoryMb } from './proc.js';
import type { StandIn } from './scale-stack.js';
import type { Fleet } from './scale-fleet.js';

export interface SteadyState {
  seconds: number;
  /** Percent of one core. */
  cpu: { keel: number; standIn: number; etcd: number };
  /** Keel's RSS in MB, sampled every second. */
  rss: number[];
  rssPeak: number;
  standInRequests: number;
  standInByPath: Record<string, number>;
  events: { count: number; bytes: number; refreshes: number; byType: Record<string, number> };
}

const countBy = <T>(items: T[], key: (item: T) => string): Record<string, number> =>
  items.reduce<Record<string, number>>((acc, item) => {
    acc[key(item)] = (acc[key(item)] ?? 0) + 1;
    return acc;
  }, {});

/** Watches the processes for `seconds` while nothing happens but observation and one WebSocket client. */
export async function measureSteadyState(
  pids: { keel: number; standIn: number; etcd: number },
  standIn: StandIn,
  feed: EventFeed,
  seconds: number,
): Promise<SteadyState> {
  const windows = {
    keel: new CpuWindow(pids.keel),
    standIn: new CpuWindow(pids.standIn),
    etcd: new CpuWindow(pids.etcd),
  };
  const before = await standIn.stats();
  feed.events.splice(0);
  Object.values(windows).forEach((w) => w.start());
  const rss: number[] = [];
  const started = performance.now();
  while (performance.now() - started < seconds * 1000) {
    rss.push(memoryMb(pids.keel).rss);
    await sleep(1_000);
  }
  const cpu = { keel: windows.keel.stop(), standIn: windows.standIn.stop(), etcd: windows.etcd.stop() };
  const elapsed = (performance.now() - started) / 1000;
  const after = await standIn.stats();
  const received = feed.events.splice(0).map((e) => e.event);
  return {
    seconds: elapsed,
    cpu,
    rss,
    rssPeak: memoryMb(pids.keel).peak,
    standInRequests: (after.requests - before.requests) / elapsed,
    standInByPath: Object.fromEntries(
      Object.entries(after.byPath).map(([path, n]) => [path, (n - (before.byPath[path] ?? 0)) / elapsed]),
    ),
    events: {
      count: received.length,
      bytes: received.reduce((sum, e) => sum + Buffer.byteLength(JSON.stringify(e)), 0),
      refreshes: received.filter((e) => e.type === 'cluster.status' && e.changed.length === 0).length,
      byType: countBy(received, (e) => e.type),
    },
  };
}

function shuffled<T>(items: T[]): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/**
 * Moves the leader of `count` random clusters, one at a time: the stand-in first (its /cluster follows the
 * DCS), then the etcd leader key. Measures from issuing that etcd write to the `cluster.leader` event arriving
 * at the WebSocket client; also answers how long etcd took to acknowledge the write.
 */
export async function measureLeaderChanges(
  fleet: Fleet,
  ids: Map<string, string>,
  standIn: StandIn,
  feed: EventFeed,
  count: number,
): Promise<{ latencies: number[]; acks: number[] }> {
  const latencies: number[] = [];
  const acks: number[] = [];
  for (const cluster of shuffled(fleet.topology).slice(0, count)) {
    const from = 'pg1'; // every cluster starts with pg1 leading, and each is picked once
    const others = cluster.members.map((m) => m.name).filter((n) => n !== from);
    const to = others[Math.floor(Math.random() * others.length)]!;
    const id = ids.get(cluster.scope)!;
    const timeline = await standIn.switchLeader(cluster.scope, to);
    feed.events.splice(0);

    const writtenAt = Date.now();
    await putKey(fleet.etcdEndpoint, fleet.key(cluster.scope, 'leader'), to);
    acks.push(Date.now() - writtenAt);
    const isOurs = (e: KeelEvent): e is LeaderChangedEvent =>
      e.type === 'cluster.leader' && e.clusterId === id && e.to === to;
    const { receivedAt } = await feed.waitFor(isOurs, 10_000, writtenAt);
    latencies.push(receivedAt - writtenAt);

    // Patroni would also rewrite both members' keys; outside the measurement.
    for (const name of [from, to]) await fleet.writeMember(cluster, name, to, timeline);
    await sleep(300 + Math.random() * 400);
  }
  return { latencies, acks };
}
