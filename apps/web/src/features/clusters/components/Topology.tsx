import { formatBytes, type ClusterDetail, type MemberState } from '@keel/shared';
import { useId } from 'react';
import { memberStateTone, shownRole } from '../model.js';
import { clip, NODE, topologyLayout, type NodeBox, type TopologyLayout } from '../topologyLayout.js';
import { EtcdBand, HaproxyBox, Legend } from './TopologyParts.js';
import './Topology.css';

const ROLE_LABELS: Record<MemberState['role'], string> = {
  leader: 'Leader',
  standby_leader: 'Standby leader',
  sync_standby: 'Sync',
  quorum_standby: 'Quorum',
  replica: 'Replica',
  unknown: 'Unknown',
};

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
