import { formatBytes, lagWarningBytes, type ClusterDetail } from '@keel/shared';
import type { ReactNode } from 'react';
import { haproxyRoutes, maxReplicaLag, portOf } from '../model.js';

type StatTone = 'warn' | 'critical' | undefined;

function Stat({
  label,
  value,
  sub,
  tone,
}: {
  label: string;
  value: ReactNode;
  sub?: ReactNode;
  tone?: StatTone;
}) {
  return (
    <div className={tone ? `stat stat--${tone}` : 'stat'}>
      <dt className="stat__label">{label}</dt>
      <dd className="stat__value">{value}</dd>
      {sub !== undefined && <dd className="stat__sub">{sub}</dd>}
    </div>
  );
}

/** Where HAProxy sends writes, and whether the probe through it works. */
function writeStat(
  cluster: ClusterDetail,
  writers: string[],
): { value: ReactNode; sub: string; tone: StatTone } {
  const { backends, readWrite: probe } = cluster.haproxy;
  const known = backends.length > 0;
  const routed = writers.length === 0 ? (known ? 'nowhere' : '—') : `→ ${writers.join(', ')}`;
  const misrouted =
    known && (writers.length !== 1 || (cluster.leader !== null && writers[0] !== cluster.leader));
  const value = <span className="mono">{routed}</span>;
  const port = `:${portOf(cluster.haproxyEndpoints.readWrite) ?? '?'}`;
  if (probe === null) {
    const sub = !cluster.haproxyEndpoints.readWrite
      ? 'endpoint not configured'
      : cluster.hasDatabaseLogin
        ? `${port} not probed yet`
        : `${port} not probed: no login`;
    return { value, sub, tone: misrouted ? 'critical' : undefined };
  }
  if (!probe.ok) return { value, sub: `${port} writes failing`, tone: 'critical' };
  if (probe.inRecovery) return { value, sub: `${port} reaches a replica`, tone: 'critical' };
  return {
    value,
    sub: `${port} writable · ${probe.latencyMs ?? '?'} ms`,
    tone: misrouted ? 'critical' : undefined,
  };
}

/** The cluster at a glance, one number per question an operator asks first. */
export function ClusterSummary({ cluster }: { cluster: ClusterDetail }) {
  const reachable = cluster.members.filter((m) => m.reachable).length;
  const streaming = cluster.members.filter(
    (m) => m.name !== cluster.leader && m.state === 'streaming',
  ).length;
  const lag = maxReplicaLag(cluster);
  const routes = haproxyRoutes(cluster.haproxy.backends);
  const writers = [...routes.readWrite];
  const etcdHealthy = cluster.etcd.filter((e) => e.healthy).length;
  const etcdLeader = cluster.etcd.find((e) => e.isLeader)?.name;

  return (
    <dl className="cluster__summary" aria-label="Summary">
      <Stat
        label="Leader"
        tone={cluster.leader ? undefined : 'critical'}
        value={
          <span className="mono stat__leader" data-testid="cluster-leader">
            {cluster.leader ?? ''}
          </span>
        }
        sub={cluster.leader ? `timeline ${cluster.timeline ?? '?'}` : 'no leader'}
      />
      <Stat
        label="Members"
        tone={reachable < cluster.members.length ? 'warn' : undefined}
        value={
          <span className="mono">
            {reachable}/{cluster.members.length}
          </span>
        }
        sub={`reachable · ${streaming} streaming`}
      />
      {/* The server's REPLICA_LAGGING threshold: the number turns amber when the reason appears. */}
      <Stat
        label="Largest replica lag"
        tone={lag !== null && lag > lagWarningBytes ? 'warn' : undefined}
        value={<span className="mono">{lag === null ? '—' : formatBytes(lag)}</span>}
        sub={lag === null ? 'no replica reporting' : 'behind the leader'}
      />
      <Stat label="Writes via HAProxy" {...writeStat(cluster, writers)} />
      <Stat
        label="Reads via HAProxy"
        value={
          <span className="mono">
            {routes.readOnly.size === 0 ? '—' : `→ ${[...routes.readOnly].join(', ')}`}
          </span>
        }
        sub={
          cluster.haproxy.error !== null
            ? 'stats unreachable'
            : cluster.haproxyEndpoints.readOnly
              ? `:${portOf(cluster.haproxyEndpoints.readOnly)}`
              : 'not configured'
        }
      />
      <Stat
        label="etcd"
        tone={
          cluster.etcd.length > 0 && etcdHealthy <= cluster.etcd.length / 2
            ? 'critical'
            : etcdHealthy < cluster.etcd.length
              ? 'warn'
              : undefined
        }
        value={
          <span className="mono">
            {cluster.etcd.length === 0 ? '—' : `${etcdHealthy}/${cluster.etcd.length}`}
          </span>
        }
        sub={cluster.etcd.length === 0 ? 'not observed' : `healthy · leader ${etcdLeader ?? 'none'}`}
      />
    </dl>
  );
}
