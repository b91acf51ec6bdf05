import {
  formatBytes,
  hasReadListener,
  hasWriteListener,
  haproxyReaders,
  haproxyWriters,
  isLagging,
  isReplicating,
  type ClusterState,
  type Health,
  type HealthLevel,
  type HealthReason,
  type MemberState,
} from '@keel/shared';
import type { ClusterFacts } from './facts.js';
import { describeDisagreement } from './leader-view.js';
import type { ClusterTarget } from './target.js';

type Draft = Omit<ClusterState, 'health'>;

const reason = (level: HealthReason['level'], code: string, message: string): HealthReason => ({
  level,
  code,
  message,
});

function memberReasons(m: MemberState, state: Draft): HealthReason[] {
  const out: HealthReason[] = [];
  const isLeader = m.name === state.leader;
  if (!m.reachable && m.state === 'unknown') return out; // not asked yet
  if (!m.reachable) {
    const level = isLeader ? 'critical' : 'warning';
    out.push(
      reason(
        level,
        'MEMBER_UNREACHABLE',
        `${isLeader ? 'leader' : 'member'} ${m.name} unreachable: ${m.error ?? 'no answer'}`,
      ),
    );
    return out;
  }
  if (!isLeader) {
    if (!isReplicating(m))
      out.push(reason('warning', 'REPLICA_NOT_STREAMING', `replica ${m.name} is ${m.state}`));
    if (isLagging(m)) {
      out.push(
        reason('warning', 'REPLICA_LAGGING', `replica ${m.name} lagging ${formatBytes(m.lagBytes ?? 0)}`),
      );
    }
    if (state.timeline !== null && m.timeline !== null && m.timeline !== state.timeline) {
      out.push(
        reason(
          'warning',
          'TIMELINE_MISMATCH',
          `replica ${m.name} on timeline ${m.timeline}, leader on ${state.timeline}`,
        ),
      );
    }
  }
  if (m.pendingRestart)
    out.push(reason('info', 'PENDING_RESTART', `${m.name} needs a restart to apply its configuration`));
  return out;
}

/** A cluster whose etcd Keel does not know: it sees the DCS only through Patroni's 2 s polls. */
function noEtcdReasons(facts: ClusterFacts): HealthReason[] {
  const search = facts.dcsSearch;
  if (search?.v2Endpoint) {
    return [
      reason(
        'warning',
        'ETCD_V2_API',
        `Patroni keeps this cluster in etcd's v2 API (its \`etcd:\` section, found at ${search.v2Endpoint}). Keel watches only the v3 API, so leader changes reach it by polling; v2 is off by default since etcd 3.4 and removed in 3.6. Move Patroni to the \`etcd3:\` section (same hosts) and restart it member by member, keeping \`--enable-v2\` until all have moved; then give Keel the etcd endpoints.`,
      ),
    ];
  }
  const where = search && search.tried.length > 0 ? ` (looked at ${search.tried.join(', ')})` : '';
  return [
    reason(
      'warning',
      'ETCD_UNKNOWN',
      `Keel knows no etcd for this cluster${where}: it cannot watch the DCS or check etcd's health, and sees leader changes only by polling Patroni. Add the etcd endpoints to the cluster's connection settings.`,
    ),
  ];
}

function etcdReasons(state: Draft, facts: ClusterFacts, target: ClusterTarget): HealthReason[] {
  if (target.etcdEndpoints.length === 0) return noEtcdReasons(facts);
  if (state.etcd.length === 0) {
    return facts.etcdError
      ? [reason('warning', 'ETCD_UNREACHABLE', `etcd unreachable: ${facts.etcdError}`)]
      : [];
  }
  const out = state.etcd
    .filter((e) => !e.healthy)
    .map((e) =>
      reason('warning', 'ETCD_MEMBER_UNHEALTHY', `etcd member ${e.name} unhealthy: ${e.error ?? 'unknown'}`),
    );
  const healthy = state.etcd.filter((e) => e.healthy).length;
  if (healthy <= state.etcd.length / 2) {
    out.push(
      reason(
        'critical',
        'ETCD_NO_QUORUM',
        `etcd has ${healthy} of ${state.etcd.length} members healthy: no quorum`,
      ),
    );
  }
  return out;
}

function haproxyReasons(state: Draft, target: ClusterTarget): HealthReason[] {
  if (!target.haproxy.statsUrl) return [];
  const { backends, error } = state.haproxy;
  if (error) return [reason('warning', 'HAPROXY_STATS_UNREACHABLE', error)];
  const out: HealthReason[] = [];
  const writers = haproxyWriters(backends);
  if (hasWriteListener(backends)) {
    if (writers.length === 0)
      out.push(reason('critical', 'HAPROXY_NO_WRITER', 'HAProxy routes writes to no backend'));
    else if (writers.length > 1) {
      out.push(
        reason(
          'critical',
          'HAPROXY_MANY_WRITERS',
          `HAProxy routes writes to ${writers.length} backends: ${writers.join(', ')}`,
        ),
      );
    } else if (state.leader && writers[0] !== state.leader) {
      out.push(
        reason(
          'warning',
          'HAPROXY_WRONG_WRITER',
          `HAProxy routes writes to ${writers[0]}, but the leader is ${state.leader}`,
        ),
      );
    }
  }
  const legacy = backends.find((b) => /^master$/i.test(b.proxy));
  if (legacy) out.push(masterCheckReason(legacy.proxy));
  const readers = haproxyReaders(backends);
  if (hasReadListener(backends) && readers.length === 0 && state.members.length > 1) {
    out.push(reason('warning', 'HAPROXY_NO_READER', 'HAProxy routes reads to no replica'));
  }
  return out;
}

/**
 * Keel sees HAProxy's stats, not its configuration: a write listener named `master` is the mark of the
 * configurations (Patroni's own example of the 1.x days, and the guides that copied it) that check
 * Patroni's `/master`, so that is what Keel can say, and how to move.
 */
function masterCheckReason(proxy: string): HealthReason {
  return reason(
    'info',
    'HAPROXY_MASTER_CHECK',
    `HAProxy's write listener is named \`${proxy}\`, as in configurations that check Patroni's deprecated \`/master\` endpoint (Keel reads HAProxy's stats, not its configuration). \`/master\` is the old name of \`/primary\`: in haproxy.cfg change \`option httpchk OPTIONS /master\` to \`option httpchk GET /primary\` (and the replicas' check to \`GET /replica\`), name the listener \`primary\`, and reload HAProxy.`,
  );
}

function probeReasons(state: Draft, target: ClusterTarget): HealthReason[] {
  if (!target.haproxy.readWrite) return [];
  if (!target.login) {
    return [
      reason(
        'info',
        'NO_PROBE_LOGIN',
        'no database login given to Keel: writability through HAProxy is not probed',
      ),
    ];
  }
  const probe = state.haproxy.readWrite;
  if (!probe) return [];
  if (!probe.ok)
    return [
      reason(
        'critical',
        'WRITES_FAILING',
        `writes through ${probe.endpoint} fail: ${probe.error ?? 'unknown error'}`,
      ),
    ];
  if (probe.inRecovery) {
    return [
      reason(
        'critical',
        'WRITES_TO_REPLICA',
        `${probe.endpoint} leads to a server in recovery: writes would fail`,
      ),
    ];
  }
  return [];
}

/**
 * Sources that disagree past the grace. Two members running as primary is the cluster's fault (a split
 * brain); anything else is Keel's view at fault, which it re-reads.
 */
function disagreementReason(state: Draft): HealthReason {
  const { claims } = state.view;
  const primaries = claims.filter((c) => c.source === 'patroni-member' && c.leader !== null);
  const who = describeDisagreement(claims);
  if (primaries.length > 1) {
    const names = primaries.map((c) => c.leader).join(' and ');
    return reason(
      'critical',
      'SOURCES_DISAGREE',
      `${names} both run as primary (split brain); the DCS names ${state.leader ?? 'none'}. Who says what: ${who}`,
    );
  }
  return reason(
    'critical',
    'SOURCES_DISAGREE',
    `Keel's sources disagree about the leader: ${who}. Keel is re-reading them; until they agree, trust Patroni's own answers`,
  );
}

function watchReasons(state: Draft): HealthReason[] {
  const { watch } = state.view;
  if (watch.status !== 'failed' && watch.status !== 'restarting') return [];
  const why = watch.lastRestart ? ` (last restart: ${watch.lastRestart.reason})` : '';
  return [
    reason(
      'warning',
      'ETCD_WATCH_DOWN',
      `Keel's etcd watch is ${watch.status === 'failed' ? 'failing' : 'restarting'}${why}: leader changes reach Keel only by polling Patroni`,
    ),
  ];
}

const rank: Record<HealthReason['level'], number> = { info: 0, warning: 1, critical: 2 };

/** The cluster's health with every reason, most severe first. */
export function evaluateHealth(state: Draft, target: ClusterTarget, facts: ClusterFacts): Health {
  if (state.observedAt === null)
    return { level: 'unknown', reasons: [reason('info', 'NOT_OBSERVED', 'not observed yet')] };
  // A member not asked yet is not unreachable: a first look taken before any Patroni answered (an
  // etcd event or a probe came first) is "waiting", never "critical" (it would be kept as a false alarm).
  const heard = state.members.some((m) => m.reachable);
  const everyOneFailed = state.members.every((m) => m.state === 'unreachable');
  const noneAsked = state.members.every((m) => !m.reachable && m.state === 'unknown');
  if (state.members.length > 0 && noneAsked && facts.clusterError === null) {
    return {
      level: 'unknown',
      reasons: [reason('info', 'NOT_OBSERVED', "not observed yet: waiting for Patroni's first answer")],
    };
  }
  const reasons: HealthReason[] = [];
  if (state.members.length > 0 && !heard && (everyOneFailed || facts.clusterError !== null)) {
    reasons.push(reason('critical', 'PATRONI_UNREACHABLE', 'Patroni unreachable on every member'));
  }
  if (!state.view.consistent) reasons.push(disagreementReason(state));
  reasons.push(...watchReasons(state));
  if (state.leader === null) reasons.push(reason('critical', 'NO_LEADER', 'no leader'));
  if (state.paused) reasons.push(reason('warning', 'PAUSED', 'maintenance mode: Patroni will not fail over'));
  reasons.push(...state.members.flatMap((m) => memberReasons(m, state)));
  reasons.push(
    ...etcdReasons(state, facts, target),
    ...haproxyReasons(state, target),
    ...probeReasons(state, target),
  );
  reasons.sort((a, b) => rank[b.level] - rank[a.level]);

  const worst = reasons[0]?.level;
  const level: HealthLevel = worst === 'critical' ? 'critical' : worst === 'warning' ? 'degraded' : 'healthy';
  return { level, reasons };
}
