import type { ClusterState, EtcdMemberState, MemberState } from '@keel/shared';
import { haproxyRoutes, replicationSource } from './model.js';

/** Sizes in SVG user units (= CSS pixels when the picture is not scaled down). */
export const NODE = { width: 184, height: 92, gap: 28 } as const;
const PAD = 20;
const HAPROXY = { width: 300, height: 46, top: 16 } as const;
const ROUTE_DROP = 78;
const ETCD = { width: 132, height: 28, gap: 14, bandPad: 10 } as const;

export interface Point {
  x: number;
  y: number;
}

export interface NodeBox {
  member: MemberState;
  x: number;
  y: number;
  routedWrite: boolean;
  routedRead: boolean;
}

export interface Edge {
  key: string;
  path: string;
  /** Replication: whether the target is streaming; routes: always true. */
  healthy: boolean;
}

export interface TopologyLayout {
  width: number;
  height: number;
  haproxy: { x: number; y: number; width: number; height: number; write: Point; read: Point } | null;
  nodes: NodeBox[];
  writeRoutes: Edge[];
  readRoutes: Edge[];
  replication: Edge[];
  etcd: { x: number; y: number; width: number; height: number; members: (EtcdMemberState & Point)[] } | null;
}

const byName = (a: { name: string }, b: { name: string }) =>
  a.name.localeCompare(b.name, undefined, { numeric: true });

function curve(from: Point, to: Point): string {
  const midY = (from.y + to.y) / 2;
  return `M${from.x},${from.y} C${from.x},${midY} ${to.x},${midY} ${to.x},${to.y}`;
}

/** An arc under the row, from one node's bottom edge to another's, deeper the further apart they are. */
function underArc(from: Point, to: Point, depth: number): string {
  const y = Math.max(from.y, to.y) + depth;
  return `M${from.x},${from.y} C${from.x},${y} ${to.x},${y} ${to.x},${to.y}`;
}

/**
 * Where everything goes: HAProxy on top with its two listeners, the members in one row in name order (so a
 * failover changes roles, not positions), replication arcs under them, etcd as a band at the bottom.
 */
export function topologyLayout(
  state: Pick<ClusterState, 'leader' | 'members' | 'etcd' | 'haproxy'>,
  showHaproxy: boolean,
): TopologyLayout {
  const members = [...state.members].sort(byName);
  const etcdMembers = [...state.etcd].sort(byName);
  const rowWidth = members.length * NODE.width + Math.max(0, members.length - 1) * NODE.gap;
  const etcdRowWidth = etcdMembers.length * ETCD.width + Math.max(0, etcdMembers.length - 1) * ETCD.gap;
  const width = Math.max(rowWidth, etcdRowWidth + 2 * ETCD.bandPad + 60, HAPROXY.width) + 2 * PAD;
  const centre = width / 2;

  const haproxy = showHaproxy
    ? {
        x: centre - HAPROXY.width / 2,
        y: HAPROXY.top,
        width: HAPROXY.width,
        height: HAPROXY.height,
        write: { x: centre - HAPROXY.width / 4, y: HAPROXY.top + HAPROXY.height },
        read: { x: centre + HAPROXY.width / 4, y: HAPROXY.top + HAPROXY.height },
      }
    : null;

  const rowY = haproxy ? haproxy.y + haproxy.height + ROUTE_DROP : PAD;
  const rowX = centre - rowWidth / 2;
  const routes = haproxyRoutes(state.haproxy.backends);
  const nodes: NodeBox[] = members.map((member, index) => ({
    member,
    x: rowX + index * (NODE.width + NODE.gap),
    y: rowY,
    routedWrite: routes.readWrite.has(member.name),
    routedRead: routes.readOnly.has(member.name),
  }));
  const nodeByName = new Map(nodes.map((node) => [node.member.name, node]));

  // Routes land on the top edge, writes left of centre and reads right, so both can reach one member.
  const routeEdges = (kind: 'write' | 'read'): Edge[] => {
    if (!haproxy) return [];
    return nodes
      .filter((node) => (kind === 'write' ? node.routedWrite : node.routedRead))
      .map((node) => {
        const to = { x: node.x + NODE.width / 2 + (kind === 'write' ? -14 : 14), y: node.y };
        return { key: `${kind}:${node.member.name}`, path: curve(haproxy[kind], to), healthy: true };
      });
  };

  const bottom = rowY + NODE.height;
  const replication: Edge[] = [];
  let deepest = 0;
  for (const node of nodes) {
    const sourceName = replicationSource(node.member, state);
    const source = sourceName === null ? undefined : nodeByName.get(sourceName);
    if (!source) continue;
    const direction = Math.sign(node.x - source.x);
    const from = { x: source.x + NODE.width / 2 + direction * 16, y: bottom };
    const to = { x: node.x + NODE.width / 2 - direction * 16, y: bottom + 6 };
    const steps = Math.abs(node.x - source.x) / (NODE.width + NODE.gap);
    const depth = 22 + 16 * steps;
    deepest = Math.max(deepest, depth * 0.75);
    replication.push({
      key: `${source.member.name}->${node.member.name}`,
      path: underArc(from, to, depth),
      healthy: node.member.reachable && node.member.state === 'streaming',
    });
  }

  let height = bottom + Math.max(deepest, 8) + PAD;
  let etcd: TopologyLayout['etcd'] = null;
  if (etcdMembers.length > 0) {
    const bandY = height;
    const bandWidth = Math.max(etcdRowWidth + 2 * ETCD.bandPad + 60, rowWidth);
    const bandX = centre - bandWidth / 2;
    const firstX = centre - etcdRowWidth / 2 + 30;
    etcd = {
      x: bandX,
      y: bandY,
      width: bandWidth,
      height: ETCD.height + 2 * ETCD.bandPad,
      members: etcdMembers.map((member, index) => ({
        ...member,
        x: firstX + index * (ETCD.width + ETCD.gap),
        y: bandY + ETCD.bandPad,
      })),
    };
    height = bandY + etcd.height + PAD;
  }

  return {
    width,
    height,
    haproxy,
    nodes,
    writeRoutes: routeEdges('write'),
    readRoutes: routeEdges('read'),
    replication,
    etcd,
  };
}

export const ETCD_NODE = { width: ETCD.width, height: ETCD.height } as const;

/** Labels in the picture have fixed room: a long name is cut with an ellipsis (the full one is in the tooltip). */
export const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);
