import type { ClusterDetail, MemberState } from '@keel/shared';
import { useId } from 'react';
import { formatBytes } from '../../../lib/formatBytes.js';
import { memberStateTone, portOf, shownRole } from '../model.js';
import { ETCD_NODE, NODE, topologyLayout, type NodeBox, type TopologyLayout } from '../topologyLayout.js';
import './Topology.css';

const ROLE_LABELS: Record<MemberState['role'], string> = {
  leader: 'Leader',
  standby_leader: 'Standby leader',
  sync_standby: 'Sync',
  quorum_standby: 'Quorum',
  replica: 'Replica',
  unknown: 'Unknown',
};

const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/** The cluster as a picture: HAProxy's routes, the members with replication between them, and etcd. */
export function Topology({ cluster }: { cluster: ClusterDetail }) {
  // useId's characters are not all valid in url(#...): keep the safe ones.
  const markerId = `topo-arrow-${useId().replace(/[^\w-]/g, '')}`;
  const { readWrite, readOnly, statsUrl } = cluster.haproxyEndpoints;
  const showHaproxy = Boolean(readWrite || readOnly || statsUrl) || cluster.haproxy.backends.length > 0;
  const layout = topologyLayout(cluster, showHaproxy);
  return (
    <div className="topology" data-testid="topology">
      <svg
        className="topology__svg"
        viewBox={`0 0 ${layout.width} ${layout.height}`}
        width={layout.width}
        height={layout.height}
        role="img"
        aria-label={describe(cluster, layout)}
      >
        <defs>
          <marker
            id={markerId}
            viewBox="0 0 10 10"
            refX="8"
            refY="5"
            markerWidth="7"
            markerHeight="7"
            orient="auto-start-reverse"
          >
            <path d="M0,1 L9,5 L0,9 Z" className="topo-arrowhead" />
          </marker>
        </defs>
        {layout.readRoutes.map((edge) => (
          <path key={edge.key} d={edge.path} className="topo-route topo-route--read" />
        ))}
        {layout.writeRoutes.map((edge) => (
          <path key={edge.key} d={edge.path} className="topo-route topo-route--write" />
        ))}
        {layout.replication.map((edge) => (
          <path
            key={edge.key}
            d={edge.path}
            className={edge.healthy ? 'topo-replication' : 'topo-replication topo-replication--broken'}
            markerEnd={`url(#${markerId})`}
          >
            <title>{`${edge.key.replace('->', ' → ')}${edge.healthy ? ': streaming' : ': not streaming'}`}</title>
          </path>
        ))}
        {layout.haproxy && <HaproxyBox cluster={cluster} box={layout.haproxy} />}
        {layout.nodes.map((node) => (
          <MemberNode key={node.member.name} node={node} leader={cluster.leader} />
        ))}
        {layout.etcd && <EtcdBand etcd={layout.etcd} />}
      </svg>
      <Legend />
    </div>
  );
}

function HaproxyBox({
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

function MemberNode({ node, leader }: { node: NodeBox; leader: string | null }) {
  const { member, x, y } = node;
  const isLeader = member.name === leader;
  const shown = shownRole(member, leader);
  const tone = memberStateTone(member);
  const classes = [
    'topo-node',
    `topo-node--${tone}`,
    isLeader && 'topo-node--leader',
    !member.reachable && 'topo-node--unreachable',
  ]
    .filter(Boolean)
    .join(' ');
  const role = ROLE_LABELS[shown];
  const roleWidth = role.length * 6.4 + 12;
  const lag = isLeader
    ? '—'
    : member.reachable && member.lagBytes !== null
      ? formatBytes(member.lagBytes)
      : 'unknown';
  return (
    <g
      className={classes}
      data-testid={`topology-member-${member.name}`}
      data-role={shown}
      data-reachable={String(member.reachable)}
    >
      <title>
        {`${member.name}: ${member.reachable ? role.toLowerCase() : `unreachable (last known: ${ROLE_LABELS[member.role].toLowerCase()})`}, ${member.state}${member.error ? `: ${member.error}` : ''}`}
      </title>
      <rect x={x} y={y} width={NODE.width} height={NODE.height} rx={6} className="topo-box" />
      <circle cx={x + 14} cy={y + 17} r={4} className="topo-dot" />
      <text x={x + 25} y={y + 21} className="topo-title">
        {clip(member.name, 14)}
      </text>
      <g className="topo-role">
        <rect x={x + NODE.width - 10 - roleWidth} y={y + 8} width={roleWidth} height={18} rx={3} />
        <text x={x + NODE.width - 10 - roleWidth / 2} y={y + 21} textAnchor="middle">
          {role}
        </text>
      </g>
      <text x={x + 12} y={y + 44} className="topo-state">
        {clip(member.state, 18)}
      </text>
      <text x={x + NODE.width - 12} y={y + 44} textAnchor="end" className="topo-subtle topo-mono">
        {member.timeline === null ? 'TL ?' : `TL ${member.timeline}`}
      </text>
      <text x={x + 12} y={y + 63} className="topo-subtle">
        lag
      </text>
      <text x={x + NODE.width - 12} y={y + 63} textAnchor="end" className="topo-mono topo-value">
        {lag}
      </text>
      {/* The address is in the members table too; a pending restart matters more here. */}
      {member.pendingRestart ? (
        <text x={x + 12} y={y + 81} className="topo-small topo-pending">
          restart pending
        </text>
      ) : (
        <text x={x + 12} y={y + 81} className="topo-subtle topo-mono topo-small">
          {clip(`${member.host}:${member.port}`, 24)}
        </text>
      )}
    </g>
  );
}

function EtcdBand({ etcd }: { etcd: NonNullable<TopologyLayout['etcd']> }) {
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

function Legend() {
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

function describe(cluster: ClusterDetail, layout: TopologyLayout): string {
  const members = layout.nodes
    .map(
      ({ member }) =>
        `${member.name} ${ROLE_LABELS[shownRole(member, cluster.leader)].toLowerCase()}, ${member.reachable ? member.state : 'unreachable'}`,
    )
    .join('; ');
  const writes = layout.writeRoutes.map((r) => r.key.slice('write:'.length)).join(', ') || 'none';
  const reads = layout.readRoutes.map((r) => r.key.slice('read:'.length)).join(', ') || 'none';
  const etcd = `${cluster.etcd.filter((e) => e.healthy).length} of ${cluster.etcd.length} etcd members healthy`;
  return `Members: ${members}. HAProxy sends writes to ${writes} and reads to ${reads}. ${etcd}.`;
}
