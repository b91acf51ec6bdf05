import type { ClusterDetail } from '@keel/shared';
import { clusterState, member } from '@keel/shared/testing';

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
    security: {
      patroniUsername: null,
      etcdUsername: null,
      caFingerprint: null,
      clientCertificateFingerprint: null,
      verifyCertificates: true,
    },
    hostAccess: null,
    createdAt: '2026-01-01T11:00:00.000Z',
    ...overrides,
  };
}

const seenAt = '2026-01-01T12:00:00.000Z';
/** Keel's watch still names pg1 after pg2 took over: every other source names pg2. */
export const staleView = clusterDetail({
  leader: 'pg1',
  health: {
    level: 'critical',
    reasons: [
      { level: 'critical', code: 'SOURCES_DISAGREE', message: 'etcd watch says pg1, Patroni says pg2' },
    ],
  },
  members: [
    member('pg1', { role: 'replica', state: 'streaming' }),
    member('pg2', { role: 'leader', state: 'running' }),
    member('pg3'),
  ],
  view: {
    consistent: false,
    claims: [
      { source: 'etcd-watch', leader: 'pg1', detail: 'leader key as the watch delivered it', at: seenAt },
      { source: 'etcd-read', leader: 'pg2', detail: 'leader key read just now', at: seenAt },
      { source: 'patroni-cluster', leader: 'pg2', detail: "pg3's /cluster", at: seenAt },
      { source: 'patroni-member', leader: 'pg2', detail: "pg2's REST API says primary", at: seenAt },
      { source: 'sql-probe', leader: 'pg2', detail: ':5000 reached pg2, not in recovery', at: null },
    ],
    watch: {
      status: 'restarting',
      lastEventAt: seenAt,
      restarts: 2,
      lastRestart: { at: seenAt, reason: "etcd's revision went back (rebuilt or restored)" },
    },
  },
});
