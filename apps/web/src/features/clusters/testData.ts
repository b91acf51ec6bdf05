import type { ClusterDetail, ClusterState, MemberState } from '@keel/shared';

// Fixtures for unit tests: shaped like the lab cluster the server reports.

export const CLUSTER_ID = '9ca91ac6-805b-46c8-9e29-a7f0d6b5fac7';

export function member(name: string, overrides: Partial<MemberState> = {}): MemberState {
  return {
    name,
    role: 'replica',
    state: 'streaming',
    reachable: true,
    error: null,
    timeline: 1,
    lagBytes: 0,
    pendingRestart: false,
    tags: {},
    apiUrl: `http://${name}:8008`,
    host: name,
    port: 5432,
    patroniVersion: '4.0.7',
    lastSeen: '2026-01-01T12:00:00.000Z',
    ...overrides,
  };
}

export function clusterState(overrides: Partial<ClusterState> = {}): ClusterState {
  return {
    id: CLUSTER_ID,
    name: 'lab',
    scope: 'keel-lab',
    leader: 'pg1',
    paused: false,
    timeline: 1,
    health: { level: 'healthy', reasons: [] },
    members: [member('pg1', { role: 'leader', state: 'running' }), member('pg2'), member('pg3')],
    etcd: [],
    haproxy: { backends: [], readWrite: null, readOnly: null, error: null },
    history: [],
    dynamicConfig: null,
    observedAt: '2026-01-01T12:00:00.000Z',
    view: {
      consistent: true,
      claims: [],
      watch: { status: 'watching', lastEventAt: null, restarts: 0, lastRestart: null },
    },
    ...overrides,
  };
}

export function clusterDetail(overrides: Partial<ClusterDetail> = {}): ClusterDetail {
  return {
    ...clusterState(),
    namespace: '/service/',
    etcdEndpoints: ['http://pg1:2379'],
    haproxyEndpoints: {
      readWrite: 'lb:5000',
      readOnly: 'lb:5500',
      statsUrl: 'http://lb:7000/',
      statsUsername: null,
    },
    hasDatabaseLogin: true,
    databaseCredentialId: null,
    createdAt: '2026-01-01T11:00:00.000Z',
    ...overrides,
  };
}
