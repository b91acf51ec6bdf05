import type { ClusterState, MemberState } from './clusters.js';

// Fixtures for unit tests on either side (`@keel/shared/testing`): a three-member cluster shaped like the
// lab's, as the server reports it. Not part of the runtime package: nothing outside tests imports it.

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
    replication: null,
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
