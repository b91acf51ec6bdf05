// The lab's configuration files, rendered with @keel/templates (the same templates that
// provisioning renders for real hosts). Only the values are lab-specific.
import {
  renderEtcdConfig,
  renderHaproxyConfig,
  renderPatroniConfig,
  type EtcdConfigValues,
  type HaproxyConfigValues,
  type PatroniConfigValues,
} from '@keel/templates';
import type { LabCredentials } from './credentials.js';
import type { LabStyle } from './state.js';
import type { HostFile } from './hosts.js';
import { IN_HOST } from './paths.js';
import { ETCD_TIMINGS, HAPROXY_TIMINGS, PATRONI_TIMINGS } from './timings.js';
import {
  BRIDGE,
  DB_HOSTS,
  HAPROXY_STATS_SOCKET,
  NAMESPACE,
  PORTS,
  SCOPE,
  type HostSpec,
} from './topology.js';

export function etcdValues(host: HostSpec, style: LabStyle = 'keel'): EtcdConfigValues {
  const peerUrl = `http://${host.address}:${PORTS.etcdPeer}`;
  const clientUrl = `http://${host.address}:${PORTS.etcdClient}`;
  return {
    name: host.name,
    dataDir: IN_HOST.etcdDataDir,
    listenPeerUrls: peerUrl,
    listenClientUrls: `${clientUrl},http://127.0.0.1:${PORTS.etcdClient}`,
    advertisePeerUrl: peerUrl,
    advertiseClientUrl: clientUrl,
    initialCluster: DB_HOSTS.map((member) => ({
      name: member.name,
      peerUrl: `http://${member.address}:${PORTS.etcdPeer}`,
    })),
    // Only read when the data dir is empty, i.e. when all three start together.
    initialClusterState: 'new',
    clusterToken: SCOPE,
    ...ETCD_TIMINGS,
    enableV2: style === 'guide',
  };
}

export function patroniValues(
  host: HostSpec,
  credentials: LabCredentials,
  style: LabStyle = 'keel',
): PatroniConfigValues {
  return {
    scope: SCOPE,
    namespace: NAMESPACE,
    name: host.name,
    restApi: { listen: `0.0.0.0:${PORTS.patroni}`, connectAddress: `${host.address}:${PORTS.patroni}` },
    etcdHosts: DB_HOSTS.map((member) => `${member.address}:${PORTS.etcdClient}`),
    dcsSection: style === 'guide' ? 'etcd' : 'etcd3',
    logDir: '/var/log/patroni',
    ...PATRONI_TIMINGS,
    synchronousMode: false,
    maxConnections: 100,
    postgresql: {
      listen: `0.0.0.0:${PORTS.postgres}`,
      connectAddress: `${host.address}:${PORTS.postgres}`,
      dataDir: IN_HOST.pgDataDir,
      binDir: IN_HOST.pgBinDir,
      pgpass: IN_HOST.pgpass,
      unixSocketDir: '/run/postgresql',
      logDir: '/var/log/postgresql',
    },
    replicationAddresses: DB_HOSTS.map((member) => member.address),
    clientCidr: BRIDGE.cidr,
    authentication: credentials,
  };
}

export function haproxyValues(style: LabStyle = 'keel'): HaproxyConfigValues {
  return {
    scope: SCOPE,
    readWritePort: PORTS.haproxyReadWrite,
    readOnlyPort: PORTS.haproxyReadOnly,
    statsPort: PORTS.haproxyStats,
    statsSocket: HAPROXY_STATS_SOCKET,
    maxConnections: 100,
    timeouts: { ...HAPROXY_TIMINGS.timeouts },
    check: { ...HAPROXY_TIMINGS.check },
    servers: DB_HOSTS.map((member) => ({
      name: member.name,
      address: member.address,
      postgresPort: PORTS.postgres,
      patroniPort: PORTS.patroni,
    })),
    // Patroni's own example haproxy.cfg of the 1.x days, which many guides copied.
    ...(style === 'guide'
      ? { readWriteListener: 'master', readWriteCheck: 'OPTIONS /master', readOnlyCheck: 'OPTIONS /replica' }
      : { readWriteListener: 'primary', readWriteCheck: 'GET /primary', readOnlyCheck: 'GET /replica' }),
  };
}

/** The configuration files of one host's services (none for a bare host). */
export function serviceConfigFiles(
  host: HostSpec,
  credentials: LabCredentials,
  style: LabStyle = 'keel',
): HostFile[] {
  switch (host.role) {
    case 'db':
      return [
        { path: IN_HOST.etcdConfig, content: renderEtcdConfig(etcdValues(host, style)) },
        {
          path: IN_HOST.patroniConfig,
          content: renderPatroniConfig(patroniValues(host, credentials, style)),
          mode: 0o600,
          owner: 'postgres',
        },
      ];
    case 'lb':
      return [{ path: IN_HOST.haproxyConfig, content: renderHaproxyConfig(haproxyValues(style)) }];
  }
}
