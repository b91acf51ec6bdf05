import type { DrillEvent, DrillEventName, DrillKind, DrillReport } from '@keel/shared';
import type { AckedWrite } from './probe-workload.js';

/** Promotion plus HAProxy's checks (rise × inter), which HAProxy does not report: an allowance, said as such. */
export const routeAllowanceMs = 2_000;

export interface DrillMeasurements {
  kind: DrillKind;
  oldLeader: string;
  newLeader: string | null;
  faultAt: number;
  writes: readonly AckedWrite[];
  reads: readonly number[];
  /** Acknowledged writes the leader does not have afterwards. */
  lost: readonly AckedWrite[];
  /** Where the new timeline forked, in bytes (Patroni's history), when there is one. */
  switchLsnBytes: number | null;
  events: DrillEvent[];
  dynamicConfig: Record<string, unknown> | null;
  patroniVersion: string | null;
}

/** The longest gap between consecutive times, in ms: the downtime a client saw. */
export function longestGapMs(times: readonly number[]): number {
  let gap = 0;
  for (let i = 1; i < times.length; i += 1) gap = Math.max(gap, times[i]! - times[i - 1]!);
  return gap;
}

/** The first write acknowledged after the longest outage that ended after the fault: writes are back. */
export function firstWriteAfterOutage(writes: readonly AckedWrite[], faultAt: number): AckedWrite | null {
  let best: AckedWrite | null = null;
  let gap = -1;
  for (let i = 1; i < writes.length; i += 1) {
    const w = writes[i]!;
    if (w.ackedMs <= faultAt) continue;
    const g = w.ackedMs - writes[i - 1]!.ackedMs;
    if (g > gap) [gap, best] = [g, w];
  }
  return best;
}

/** A WAL location (`16/B374D848`) as a byte position. */
export function lsnBytes(lsn: string): bigint {
  const [hi, lo] = lsn.split('/');
  return (BigInt(`0x${hi ?? '0'}`) << 32n) + BigInt(`0x${lo ?? '0'}`);
}

const seconds = (config: Record<string, unknown> | null, key: string): number | null => {
  const v = config?.[key];
  return typeof v === 'number'
    ? v
    : typeof v === 'string' && v !== '' && !Number.isNaN(Number(v))
      ? Number(v)
      : null;
};

/** Patroni's ttl and loop_wait from its dynamic configuration (numbers or numeric strings). */
export const patroniTimings = (config: Record<string, unknown> | null) => ({
  ttl: seconds(config, 'ttl'),
  loopWait: seconds(config, 'loop_wait'),
});

/** Patroni's synchronous_mode as written (true/false, or 'on', 'quorum'...); null when not set. */
function synchronousModeOf(config: Record<string, unknown> | null): string | null {
  const v = config?.synchronous_mode;
  return typeof v === 'boolean' || typeof v === 'string' || typeof v === 'number' ? String(v) : null;
}

const unplanned: readonly DrillKind[] = ['host-lost', 'network-isolated', 'frozen'];

/** The write downtime the settings allow for this fault, and how it follows from them. */
export function drillBound(
  kind: DrillKind,
  t: { ttl: number | null; loopWait: number | null },
): { ms: number | null; explanation: string } {
  const route = `about ${routeAllowanceMs / 1000} s for promotion and HAProxy's checks (rise × inter; HAProxy does not report them, and fastinter/downinter shorten them)`;
  if (t.loopWait === null)
    return {
      ms: null,
      explanation: "Patroni's loop_wait is unknown (its dynamic configuration was not read)",
    };
  if (unplanned.includes(kind)) {
    if (t.ttl === null) return { ms: null, explanation: "Patroni's ttl is unknown" };
    return {
      ms: (t.ttl + t.loopWait) * 1000 + routeAllowanceMs,
      explanation:
        `ttl ${t.ttl} s (the leader key outlives a silent leader by up to ttl) + loop_wait ${t.loopWait} s (a replica acts on its next cycle) + ${route}. ` +
        'To do better: lower ttl (Patroni 4 refuses below 20) and loop_wait, keeping loop_wait + 2 × retry_timeout ≤ ttl.',
    };
  }
  const own =
    kind === 'planned-switchover'
      ? 'the leader stops PostgreSQL cleanly and hands over'
      : kind === 'patroni-stopped'
        ? 'Patroni stops PostgreSQL cleanly and gives up the leader key'
        : 'Patroni finds PostgreSQL dead on its next cycle and restarts it (plus crash recovery)';
  return {
    ms: t.loopWait * 1000 + routeAllowanceMs,
    explanation: `No wait for the key to expire: ${own}. loop_wait ${t.loopWait} s (the next HA cycle) + ${route}. To do better: lower loop_wait.`,
  };
}

/** What an operator should know before trusting the figures: known data-loss bugs, asynchronous replication. */
export function drillWarnings(
  kind: DrillKind,
  patroniVersion: string | null,
  synchronousMode: string | null,
): string[] {
  const warnings: string[] = [];
  if (patroniVersion?.startsWith('3.0.') && ['network-isolated', 'frozen', 'host-lost'].includes(kind))
    warnings.push(
      `Patroni ${patroniVersion} with etcd3 is known to lose acknowledged writes after a partition or a freeze (Debian 12's 3.0.2 lost 158 and 222 commits in Keel's lab): upgrade Patroni (4.0 or later).`,
    );
  if (
    kind !== 'planned-switchover' &&
    (synchronousMode === null || ['off', 'false'].includes(synchronousMode))
  )
    warnings.push(
      'Replication is asynchronous (synchronous_mode off): an unplanned failover may lose the writes no replica had received. synchronous_mode: on (or quorum) makes that zero, at the cost of commit latency.',
    );
  return warnings;
}

const between = (events: DrillEvent[], from: DrillEventName, to: DrillEventName): number | null => {
  const a = events.find((e) => e.name === from);
  const b = events.find((e) => e.name === to);
  return a && b ? Math.max(0, b.offsetMs - a.offsetMs) : null;
};

/** The report of a drill, from what its workload and Keel's observation measured. */
export function drillReport(m: DrillMeasurements): DrillReport {
  const writeDowntimeMs = longestGapMs(m.writes.map((w) => w.ackedMs));
  const timings = {
    ttl: seconds(m.dynamicConfig, 'ttl'),
    loopWait: seconds(m.dynamicConfig, 'loop_wait'),
    retryTimeout: seconds(m.dynamicConfig, 'retry_timeout'),
    synchronousMode: synchronousModeOf(m.dynamicConfig),
    patroniVersion: m.patroniVersion,
  };
  const bound = drillBound(m.kind, timings);
  const lastLost = m.lost.reduce<string | null>(
    (max, w) => (w.lsn && (max === null || lsnBytes(w.lsn) > lsnBytes(max)) ? w.lsn : max),
    null,
  );
  const lostWalBytes =
    m.lost.length === 0 || !lastLost || m.switchLsnBytes === null
      ? null
      : Math.max(0, Number(lsnBytes(lastLost)) - m.switchLsnBytes);
  const fault = m.events.find((e) => e.name === 'fault-injected');
  return {
    kind: m.kind,
    oldLeader: m.oldLeader,
    newLeader: m.newLeader,
    faultAt: fault?.at ?? new Date(m.faultAt).toISOString(),
    writeDowntimeMs,
    readDowntimeMs: longestGapMs(m.reads),
    writes: {
      acknowledged: m.writes.length,
      lost: m.lost.length,
      lostSeqs: m.lost.slice(0, 1000).map((w) => w.seq),
      lostWalBytes,
    },
    split: {
      detectMs: between(m.events, 'fault-injected', 'leader-lost'),
      electMs: between(m.events, 'leader-lost', 'new-leader'),
      promoteMs: between(m.events, 'new-leader', 'promoted'),
      routeMs: between(m.events, 'promoted', 'first-write'),
      rejoinMs: between(m.events, 'fault-undone', 'rejoined') ?? between(m.events, 'first-write', 'rejoined'),
    },
    timings,
    bound: { ...bound, within: bound.ms === null ? null : writeDowntimeMs <= bound.ms },
    warnings: drillWarnings(m.kind, m.patroniVersion, timings.synchronousMode),
    events: m.events,
  };
}
