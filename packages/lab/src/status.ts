// What the lab is and how to reach it: for people (`pnpm lab status`), for tests and for
// Keel's server (`readLabStatus()`), without spawning the CLI.
import type { PgCredential } from '@keel/templates';
import { readCredentials, type SecureCredentials } from './credentials.js';
import { tlsPaths } from './tls.js';
import { hostState, type HostState } from './hosts.js';
import { labPaths } from './paths.js';
import { LEADER_ROLES, patroniCluster, runningPatroniVersion } from './probes.js';
import { SSH_USER } from './ssh.js';
import { readState, type LabStyle } from './state.js';
import {
  BRIDGE,
  DB_HOSTS,
  HAPROXY_STATS_SOCKET,
  HOSTS,
  LB_HOST,
  NAMESPACE,
  PORTS,
  SCOPE,
  type HostName,
  type HostRole,
} from './topology.js';

export interface LabHostStatus {
  name: HostName;
  role: HostRole;
  address: string;
  sshPort: number;
  sshUser: string;
  sshKeyPath: string;
  /** The host key is pinned here; use with StrictHostKeyChecking=yes. */
  sshKnownHostsPath: string;
  patroniUrl?: string;
  etcdUrl?: string;
  postgresPort?: number;
  state: HostState;
}

export interface LabEndpoint {
  host: string;
  port: number;
  connectionString: string;
}

export interface LabStatus {
  /** The lab exists and at least one of its hosts is up. */
  running: boolean;
  /** Hosts with sshd only (`up --bare`): no etcd, Patroni or HAProxy. */
  bare: boolean;
  /** Patroni that runs on the db hosts ("4.0.7" or "3.0.2"); null when none does. */
  patroniVersion: string | null;
  /** How the cluster is configured: Keel's templates, or guide-style (`up --guide`, see LabStyle). */
  style: LabStyle;
  scope: string;
  namespace: string;
  /** KEEL_LAB_SUBNET and the machine's bridge into it (Keel reaches the hosts through it). */
  network: { subnet: string; bridge: string; bridgeAddress: string };
  hosts: LabHostStatus[];
  haproxy: {
    host: string;
    readWrite: LabEndpoint;
    readOnly: LabEndpoint;
    statsUrl: string;
    /** Path inside the lb host (admin level). */
    statsSocket?: string;
  };
  etcd: { endpoints: string[] };
  /** Generated at the first `up`; null when the lab was never brought up. */
  credentials: { superuser: PgCredential; replication: PgCredential; rewind: PgCredential } | null;
  /** Patroni's current leader, null when there is none (or Patroni does not answer). */
  leader: HostName | null;
  /** `open` (plain HTTP, no users) or `secure` (`up --secure`). */
  mode: 'open' | 'secure';
  /** Where credentials.json is (mode 600). */
  credentialsFile: string;
  /** The secure lab's CA, Keel's client certificate and users; null in an open lab. */
  secure: LabSecureStatus | null;
}

export interface LabSecureStatus {
  /** The lab CA (PEM): trust it for etcd's, Patroni's and PostgreSQL's certificates. */
  caFile: string;
  /** Keel's client certificate and key (PEM), CN `keel`. */
  clientCertFile: string;
  clientKeyFile: string;
  /** Patroni's `restapi.authentication`. */
  patroniRest: PgCredential;
  /** etcd users: `keel` reads the namespace, `patroni` writes it, `root` administers. */
  etcd: { keel: PgCredential; patroni: PgCredential; root: PgCredential };
}

function endpoint(port: number, superuser: PgCredential | undefined): LabEndpoint {
  const auth = superuser
    ? `${encodeURIComponent(superuser.username)}:${encodeURIComponent(superuser.password)}@`
    : '';
  return {
    host: LB_HOST.address,
    port,
    connectionString: `postgresql://${auth}${LB_HOST.address}:${port}/postgres`,
  };
}

function secureStatus(credentials: SecureCredentials | undefined): LabSecureStatus | null {
  if (!credentials) return null;
  const client = tlsPaths.client('keel');
  return {
    caFile: tlsPaths.caCert(),
    clientCertFile: client.cert,
    clientKeyFile: client.key,
    patroniRest: credentials.patroniRest,
    etcd: { keel: credentials.etcdKeel, patroni: credentials.etcdPatroni, root: credentials.etcdRoot },
  };
}

export async function readLabStatus(): Promise<LabStatus> {
  const state = readState();
  const credentials = readCredentials();
  const secure = state?.secure === true;
  const scheme = secure ? 'https' : 'http';
  const hosts = HOSTS.map((host): LabHostStatus => ({
    name: host.name,
    role: host.role,
    address: host.address,
    sshPort: PORTS.ssh,
    sshUser: SSH_USER,
    sshKeyPath: labPaths.sshKey(),
    sshKnownHostsPath: labPaths.knownHosts(),
    ...(host.role === 'db'
      ? {
          patroniUrl: `${scheme}://${host.address}:${PORTS.patroni}`,
          etcdUrl: `${scheme}://${host.address}:${PORTS.etcdClient}`,
          postgresPort: PORTS.postgres,
        }
      : {}),
    state: state ? hostState(host.name) : 'crashed',
  }));
  const running = Boolean(state) && hosts.some((host) => host.state !== 'crashed');
  const withServices = running && state !== undefined && !state.bare;

  let leader: HostName | null = null;
  let patroniVersion: string | null = null;
  if (withServices) {
    const [members, reported] = await Promise.all([patroniCluster(), runningPatroniVersion()]);
    const name = members?.find((member) => LEADER_ROLES.has(member.role))?.name;
    leader = DB_HOSTS.find((host) => host.name === name)?.name ?? null;
    // What Patroni itself says it is; what the lab started when no member answers.
    patroniVersion = reported ?? state.patroni.version;
  }

  return {
    running,
    bare: state?.bare ?? false,
    patroniVersion,
    style: state?.style ?? 'keel',
    scope: SCOPE,
    namespace: NAMESPACE,
    network: { subnet: BRIDGE.cidr, bridge: BRIDGE.name, bridgeAddress: BRIDGE.address },
    hosts,
    haproxy: {
      host: LB_HOST.address,
      readWrite: endpoint(PORTS.haproxyReadWrite, credentials?.superuser),
      readOnly: endpoint(PORTS.haproxyReadOnly, credentials?.superuser),
      statsUrl: `http://${LB_HOST.address}:${PORTS.haproxyStats}/`,
      ...(withServices ? { statsSocket: HAPROXY_STATS_SOCKET } : {}),
    },
    etcd: { endpoints: DB_HOSTS.map((host) => `${scheme}://${host.address}:${PORTS.etcdClient}`) },
    credentials: credentials
      ? { superuser: credentials.superuser, replication: credentials.replication, rewind: credentials.rewind }
      : null,
    leader,
    mode: secure ? 'secure' : 'open',
    credentialsFile: labPaths.credentialsFile(),
    secure: secure ? secureStatus(credentials?.secure) : null,
  };
}

/** readLabStatus() for callers that need a running lab with services (tests). */
export async function requireLabStatus(): Promise<
  LabStatus & { credentials: NonNullable<LabStatus['credentials']> }
> {
  const status = await readLabStatus();
  if (!status.running || status.bare || !status.credentials) {
    throw new Error('the lab is not up with its services: run `pnpm lab up` first');
  }
  return { ...status, credentials: status.credentials };
}

export function formatStatus(status: LabStatus): string {
  if (!status.running) return 'lab: not running (start it with `pnpm lab up`)';
  const lines = [
    `lab: running, ${status.mode}${status.bare ? ' (bare: sshd only)' : `, Patroni ${status.patroniVersion ?? '?'}`}${status.style === 'guide' ? ', guide-style' : ''}, ` +
      `scope ${status.scope}, leader ${status.leader ?? '(none)'}`,
    `network ${status.network.subnet} on bridge ${status.network.bridge} (${status.network.bridgeAddress})`,
    '',
    'HOST  ROLE  ADDRESS       STATE        SERVICES',
    ...status.hosts.map(
      (host) =>
        `${host.name.padEnd(5)} ${host.role.padEnd(5)} ${host.address.padEnd(13)} ${host.state.padEnd(12)} ` +
        (status.bare
          ? 'sshd'
          : host.role === 'db'
            ? status.secure
              ? 'sshd, postgres :5432 (TLS), patroni https :8008, etcd https :2379'
              : 'sshd, postgres :5432, patroni :8008, etcd :2379'
            : 'sshd, haproxy :5000 rw, :5500 ro, :7000 stats'),
    ),
    '',
    `read-write  ${status.haproxy.readWrite.connectionString}`,
    `read-only   ${status.haproxy.readOnly.connectionString}`,
    `stats       ${status.haproxy.statsUrl}${status.haproxy.statsSocket ? ` (socket ${status.haproxy.statsSocket} on lb)` : ''}`,
    `etcd        ${status.etcd.endpoints.join(',')}`,
    ...(status.secure
      ? [
          `tls         CA ${status.secure.caFile}; Keel's client certificate ${status.secure.clientCertFile} (key ${status.secure.clientKeyFile})`,
          `auth        Patroni REST user ${status.secure.patroniRest.username}; etcd users ${status.secure.etcd.keel.username} (read), ${status.secure.etcd.patroni.username} (read-write), ${status.secure.etcd.root.username}`,
          '            postgres: sslmode=verify-full sslrootcert=<the CA>',
        ]
      : []),
    `credentials ${status.credentialsFile} (passwords; \`pnpm lab status --json\` shows them)`,
    `ssh         ssh -i ${status.hosts[0]?.sshKeyPath} -o UserKnownHostsFile=${status.hosts[0]?.sshKnownHostsPath} root@<address>`,
  ];
  return lines.join('\n');
}
