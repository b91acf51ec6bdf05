// Example values shared by the template tests (a three-member cluster like the lab's).
import type { EtcdConfigValues, HaproxyConfigValues, PatroniConfigValues } from './index.js';

const members = [
  { name: 'pg1', address: '10.231.0.11' },
  { name: 'pg2', address: '10.231.0.12' },
  { name: 'pg3', address: '10.231.0.13' },
];

export function etcdValues(): EtcdConfigValues {
  return {
    name: 'pg2',
    dataDir: '/var/lib/etcd/keel',
    listenPeerUrls: 'http://10.231.0.12:2380',
    listenClientUrls: 'http://10.231.0.12:2379,http://127.0.0.1:2379',
    advertisePeerUrl: 'http://10.231.0.12:2380',
    advertiseClientUrl: 'http://10.231.0.12:2379',
    initialCluster: members.map((m) => ({ name: m.name, peerUrl: `http://${m.address}:2380` })),
    initialClusterState: 'new',
    clusterToken: 'keel-lab',
    heartbeatIntervalMs: 50,
    electionTimeoutMs: 500,
    enableV2: false,
  };
}

export function patroniValues(): PatroniConfigValues {
  return {
    scope: 'keel-lab',
    namespace: '/service/',
    name: 'pg2',
    restApi: { listen: '0.0.0.0:8008', connectAddress: '10.231.0.12:8008' },
    etcdHosts: members.map((m) => `${m.address}:2379`),
    dcsSection: 'etcd3',
    logDir: '/var/log/patroni',
    ttl: 20,
    loopWait: 2,
    retryTimeout: 4,
    maximumLagOnFailover: 1048576,
    synchronousMode: false,
    maxConnections: 100,
    postgresql: {
      listen: '0.0.0.0:5432',
      connectAddress: '10.231.0.12:5432',
      dataDir: '/var/lib/postgresql/15/keel',
      binDir: '/usr/lib/postgresql/15/bin',
      pgpass: '/var/lib/postgresql/.pgpass_patroni',
      unixSocketDir: '/run/postgresql',
      logDir: '/var/log/postgresql',
    },
    replicationAddresses: members.map((m) => m.address),
    clientCidr: '10.231.0.0/24',
    authentication: {
      superuser: { username: 'postgres', password: 'su-"secret": #1' },
      replication: { username: 'replicator', password: 'repl-secret' },
      rewind: { username: 'rewind_user', password: 'rewind-secret' },
    },
  };
}

export function haproxyValues(): HaproxyConfigValues {
  return {
    scope: 'keel-lab',
    readWritePort: 5000,
    readOnlyPort: 5500,
    statsPort: 7000,
    statsSocket: '/run/haproxy/admin.sock',
    maxConnections: 100,
    timeouts: { connect: '2s', client: '30m', server: '30m', check: '1s' },
    check: { inter: '1s', fall: 2, rise: 2, fastinter: '250ms', downinter: '250ms' },
    servers: members.map((m) => ({
      name: m.name,
      address: m.address,
      postgresPort: 5432,
      patroniPort: 8008,
    })),
    readWriteListener: 'primary',
    readWriteCheck: 'GET /primary',
    readOnlyCheck: 'GET /replica',
  };
}
