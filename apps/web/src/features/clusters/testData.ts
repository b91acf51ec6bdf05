import type { ClusterDetail } from '@keel/shared';
import { clusterState } from '@keel/shared/testing';

// Fixtures for unit tests: the shared lab-shaped cluster, plus what the dashboard's detail adds.
export { CLUSTER_ID, clusterState, member } from '@keel/shared/testing';

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
