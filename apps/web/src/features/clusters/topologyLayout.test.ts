import { describe, expect, it } from 'vitest';
import { clusterState, member } from './testData.js';
import { topologyLayout } from './topologyLayout.js';

const lab = clusterState({
  leader: 'pg2',
  members: [
    member('pg3'),
    member('pg1', { reachable: false, state: 'unreachable' }),
    member('pg2', { role: 'leader' }),
  ],
  etcd: ['pg1', 'pg2', 'pg3'].map((name) => ({
    name,
    endpoint: `http://${name}:2379`,
    healthy: true,
    isLeader: name === 'pg3',
    error: null,
    lastSeen: null,
  })),
  haproxy: {
    backends: [
      { proxy: 'primary', server: 'pg2', status: 'UP', up: true },
      { proxy: 'primary', server: 'pg3', status: 'DOWN', up: false },
      { proxy: 'replicas', server: 'pg3', status: 'UP', up: true },
      { proxy: 'replicas', server: 'pg1', status: 'DOWN', up: false },
    ],
    readWrite: null,
    readOnly: null,
    error: null,
  },
});

describe('topologyLayout', () => {
  it('lays members out in name order, so a failover does not move them', () => {
    const layout = topologyLayout(lab, true);
    expect(layout.nodes.map((n) => n.member.name)).toEqual(['pg1', 'pg2', 'pg3']);
    const xs = layout.nodes.map((n) => n.x);
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
  });

  it('draws routes only to the members HAProxy has UP', () => {
    const layout = topologyLayout(lab, true);
    expect(layout.writeRoutes.map((r) => r.key)).toEqual(['write:pg2']);
    expect(layout.readRoutes.map((r) => r.key)).toEqual(['read:pg3']);
  });

  it('draws replication from the leader, marking a member that does not stream', () => {
    const layout = topologyLayout(lab, true);
    expect(layout.replication.map((r) => [r.key, r.healthy])).toEqual([
      ['pg2->pg1', false],
      ['pg2->pg3', true],
    ]);
  });

  it('puts etcd below the members and leaves HAProxy out when Keel does not know it', () => {
    const layout = topologyLayout(lab, false);
    expect(layout.haproxy).toBeNull();
    expect(layout.writeRoutes).toEqual([]);
    const etcdTop = layout.etcd?.y ?? 0;
    expect(etcdTop).toBeGreaterThan((layout.nodes[0]?.y ?? 0) + 92);
    expect(layout.height).toBeGreaterThan(etcdTop);
  });
});
