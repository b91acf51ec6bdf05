import type { ClusterDetail } from '@keel/shared';
import { portOf } from '../model.js';
import { clip, ETCD_NODE, type TopologyLayout } from '../topologyLayout.js';

// The parts of the topology picture around the members: HAProxy with its two ports, the etcd band, the key.

export function HaproxyBox({
  cluster,
  box,
}: {
  cluster: ClusterDetail;
  box: NonNullable<TopologyLayout['haproxy']>;
}) {
  const { readWrite, readOnly } = cluster.haproxyEndpoints;
  const host = (readWrite ?? readOnly ?? '').replace(/:\d+$/, '');
  const failing = cluster.haproxy.error !== null;
  const port = (endpoint: string | null, fallback: string) => {
    const found = portOf(endpoint);
    return found ? `:${found}` : fallback;
  };
  return (
    <g
      className={failing ? 'topo-haproxy topo-haproxy--failing' : 'topo-haproxy'}
      data-testid="topology-haproxy"
    >
      {failing && <title>{`HAProxy stats: ${cluster.haproxy.error}`}</title>}
      <rect x={box.x} y={box.y} width={box.width} height={box.height} rx={6} className="topo-box" />
      <text x={box.x + 12} y={box.y + 19} className="topo-title">
        HAProxy
      </text>
      <text x={box.x + box.width - 12} y={box.y + 19} className="topo-subtle topo-mono" textAnchor="end">
        {failing ? 'stats unreachable' : clip(host, 24)}
      </text>
      <PortChip at={box.write} label={`${port(readWrite, 'rw')} read-write`} kind="write" />
      <PortChip at={box.read} label={`${port(readOnly, 'ro')} read-only`} kind="read" />
    </g>
  );
}

function PortChip({
  at,
  label,
  kind,
}: {
  at: { x: number; y: number };
  label: string;
  kind: 'write' | 'read';
}) {
  const width = 118;
  return (
    <g className={`topo-port topo-port--${kind}`}>
      <rect x={at.x - width / 2} y={at.y - 11} width={width} height={20} rx={4} />
      <text x={at.x} y={at.y + 3} textAnchor="middle" className="topo-mono">
        {label}
      </text>
    </g>
  );
}

export function EtcdBand({ etcd }: { etcd: NonNullable<TopologyLayout['etcd']> }) {
  return (
    <g className="topo-etcd" data-testid="topology-etcd">
      <rect x={etcd.x} y={etcd.y} width={etcd.width} height={etcd.height} rx={8} className="topo-band" />
      <text x={etcd.x + 12} y={etcd.y + etcd.height / 2 + 4} className="topo-title topo-band-label">
        etcd
      </text>
      {etcd.members.map((member) => (
        <g
          key={member.name}
          className={member.healthy ? 'topo-etcd-member' : 'topo-etcd-member topo-etcd-member--unhealthy'}
          data-healthy={String(member.healthy)}
          data-leader={String(member.isLeader)}
        >
          <title>{`etcd ${member.name} (${member.endpoint}): ${member.healthy ? 'healthy' : `unhealthy: ${member.error ?? 'unknown'}`}${member.isLeader ? ', raft leader' : ''}`}</title>
          <rect
            x={member.x}
            y={member.y}
            width={ETCD_NODE.width}
            height={ETCD_NODE.height}
            rx={ETCD_NODE.height / 2}
            className="topo-box"
          />
          <circle cx={member.x + 14} cy={member.y + ETCD_NODE.height / 2} r={4} className="topo-dot" />
          <text x={member.x + 25} y={member.y + ETCD_NODE.height / 2 + 4} className="topo-etcd-name">
            {clip(member.name, member.isLeader ? 9 : 14)}
          </text>
          {member.isLeader && (
            <text
              x={member.x + ETCD_NODE.width - 12}
              y={member.y + ETCD_NODE.height / 2 + 4}
              textAnchor="end"
              className="topo-etcd-leader"
            >
              leader
            </text>
          )}
        </g>
      ))}
    </g>
  );
}

export function Legend() {
  return (
    <ul className="topology__legend" aria-hidden="true">
      <li>
        <svg width="22" height="8">
          <line x1="0" y1="4" x2="22" y2="4" className="topo-route topo-route--write" />
        </svg>
        read-write route
      </li>
      <li>
        <svg width="22" height="8">
          <line x1="0" y1="4" x2="22" y2="4" className="topo-route topo-route--read" />
        </svg>
        read-only route
      </li>
      <li>
        <svg width="22" height="8">
          <line x1="0" y1="4" x2="22" y2="4" className="topo-replication" />
        </svg>
        replication
      </li>
      <li>
        <svg width="22" height="8">
          <line x1="0" y1="4" x2="22" y2="4" className="topo-replication topo-replication--broken" />
        </svg>
        not streaming
      </li>
      <li>
        <svg width="14" height="10">
          <rect x="1" y="1" width="12" height="8" rx="2" className="topo-legend-unreachable" />
        </svg>
        unreachable
      </li>
    </ul>
  );
}
