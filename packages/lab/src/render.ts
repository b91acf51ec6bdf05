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
import type { LabCredentials, SecureCredentials } from './credentials.js';
import type { LabStyle } from './state.js';
import type { HostFile } from './hosts.js';
import { IN_HOST } from './paths.js';
import { readPem, tlsPaths, type CertFiles } from './tls.js';
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

/** What differs in the secure lab (`up --secure`); absent: the open lab. */
export interface SecureValues {
  credentials: SecureCredentials;
}

export function etcdValues(
  host: HostSpec,
  style: LabStyle = 'keel',
  secure?: SecureValues,
): EtcdConfigValues {
  const scheme = secure ? 'https' : 'http';
  const peerUrl = `${scheme}://${host.address}:${PORTS.etcdPeer}`;
  const clientUrl = `${scheme}://${host.address}:${PORTS.etcdClient}`;
  return {
    name: host.name,
    dataDir: IN_HOST.etcdDataDir,
    listenPeerUrls: peerUrl,
    listenClientUrls: `${clientUrl},${scheme}://127.0.0.1:${PORTS.etcdClient}`,
    advertisePeerUrl: peerUrl,
    advertiseClientUrl: clientUrl,
    initialCluster: DB_HOSTS.map((member) => ({
      name: member.name,
      peerUrl: `${scheme}://${member.address}:${PORTS.etcdPeer}`,
    })),
    // Only read when the data dir is empty, i.e. when all three start together.
    initialClusterState: 'new',
    clusterToken: SCOPE,
    ...ETCD_TIMINGS,
    enableV2: style === 'guide',
    ...(secure
      ? { tls: { certFile: IN_HOST.etcdCert, keyFile: IN_HOST.etcdKey, caFile: IN_HOST.caCert } }
      : {}),
  };
}

export function patroniValues(
  host: HostSpec,
  credentials: LabCredentials,
  style: LabStyle = 'keel',
  secure?: SecureValues,
): PatroniConfigValues {
  const hostTls = { certFile: IN_HOST.patroniCert, keyFile: IN_HOST.patroniKey, caFile: IN_HOST.caCert };
  return {
    scope: SCOPE,
    namespace: NAMESPACE,
    name: host.name,
    restApi: {
      listen: `0.0.0.0:${PORTS.patroni}`,
      connectAddress: `${host.address}:${PORTS.patroni}`,
      // optional: Patroni demands a client certificate (and the password) on writes only, so HAProxy's
      // checks and reads need none; Keel shows the lab's `keel` certificate.
      ...(secure
        ? {
            tls: { ...hostTls, verifyClient: 'optional' as const },
            authentication: secure.credentials.patroniRest,
          }
        : {}),
    },
    etcdHosts: DB_HOSTS.map((member) => `${member.address}:${PORTS.etcdClient}`),
    dcsSection: style === 'guide' ? 'etcd' : 'etcd3',
    ...(secure
      ? {
          etcdTls: {
            certFile: IN_HOST.patroniEtcdCert,
            keyFile: IN_HOST.patroniEtcdKey,
            caFile: IN_HOST.caCert,
          },
          etcdAuthentication: secure.credentials.etcdPatroni,
        }
      : {}),
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
      ...(secure ? { tls: hostTls } : {}),
    },
    replicationAddresses: DB_HOSTS.map((member) => member.address),
    clientCidr: BRIDGE.cidr,
    authentication: credentials,
  };
}

export function haproxyValues(style: LabStyle = 'keel', secure?: SecureValues): HaproxyConfigValues {
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
    ...(secure ? { checkTls: { caFile: IN_HOST.caCert } } : {}),
  };
}

/** The secure lab's certificate files inside a host: the CA, and each service its own copy of the key. */
function tlsFiles(host: HostSpec): HostFile[] {
  const ca: HostFile = { path: IN_HOST.caCert, content: readPem(tlsPaths.caCert()) };
  if (host.role === 'lb') return [ca];
  const root = tlsPaths.client('root');
  const keyPair = (files: CertFiles, cert: string, key: string, owner: string): HostFile[] => [
    { path: cert, content: readPem(files.cert), owner },
    // PostgreSQL refuses a key that others can read.
    { path: key, content: readPem(files.key), mode: 0o600, owner },
  ];
  return [
    ca,
    ...keyPair(tlsPaths.etcd(host), IN_HOST.etcdCert, IN_HOST.etcdKey, 'etcd'),
    ...keyPair(tlsPaths.host(host), IN_HOST.patroniCert, IN_HOST.patroniKey, 'postgres'),
    ...keyPair(tlsPaths.etcd(host), IN_HOST.patroniEtcdCert, IN_HOST.patroniEtcdKey, 'postgres'),
    { path: IN_HOST.rootClientCert, content: readPem(root.cert) },
    { path: IN_HOST.rootClientKey, content: readPem(root.key), mode: 0o600 },
  ];
}

/** The configuration files of one host's services (none for a bare host). */
export function serviceConfigFiles(
  host: HostSpec,
  credentials: LabCredentials,
  style: LabStyle = 'keel',
  secureLab = false,
): HostFile[] {
  if (secureLab && !credentials.secure) throw new Error('the secure lab has no etcd/Patroni credentials');
  const secure = secureLab && credentials.secure ? { credentials: credentials.secure } : undefined;
  const tls = secure ? tlsFiles(host) : [];
  switch (host.role) {
    case 'db':
      return [
        ...tls,
        { path: IN_HOST.etcdConfig, content: renderEtcdConfig(etcdValues(host, style, secure)) },
        {
          path: IN_HOST.patroniConfig,
          content: renderPatroniConfig(patroniValues(host, credentials, style, secure)),
          mode: 0o600,
          owner: 'postgres',
        },
      ];
    case 'lb':
      return [
        ...tls,
        { path: IN_HOST.haproxyConfig, content: renderHaproxyConfig(haproxyValues(style, secure)) },
      ];
  }
}
