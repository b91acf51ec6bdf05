import {
  renderEtcdConfig,
  renderHaproxyConfig,
  renderPatroniConfig,
  type PgCredential,
} from '@keel/templates';
import type { ProposedParameter } from '@keel/shared';
import type { ProvisioningPlan } from '../plan.js';
import type { HostLayout } from './layout.js';

/** A file Keel writes on a host, and the service that reads it (restarted or reloaded when it changes). */
export interface HostFile {
  path: string;
  content: string;
  owner: string;
  mode: number;
  service: 'etcd' | 'patroni' | 'haproxy';
  /** Holds a password: its content never reaches a log, and only its owner may read it. */
  secret: boolean;
}

export interface RenderInput {
  plan: ProvisioningPlan;
  layout: HostLayout;
  superuser: PgCredential;
  replication: PgCredential;
  /** The sized (and overridden) parameters, applied when the cluster is bootstrapped. */
  parameters: Record<string, ProposedParameter>;
}

const hostNamed = (plan: ProvisioningPlan, name: string) => {
  const h = plan.databaseHosts.find((d) => d.name === name);
  if (!h) throw new Error(`${name} is not a database host of the plan`);
  return h;
};

/** Production timings (the lab's are shorter): etcd's own defaults, Patroni's recommended HAProxy checks. */
const ETCD_TIMINGS = { heartbeatIntervalMs: 100, electionTimeoutMs: 1000 };
const HAPROXY_CHECK = { inter: '3s', fall: 3, rise: 2, fastinter: '1s', downinter: '3s' };
const HAPROXY_TIMEOUTS = { connect: '4s', client: '30m', server: '30m', check: '5s' };

export function etcdFile(input: RenderInput, name: string): HostFile {
  const { plan, layout } = input;
  const me = hostNamed(plan, name);
  const peer = (address: string) => `http://${address}:${plan.ports.etcdPeer}`;
  const client = `http://${me.address}:${plan.ports.etcdClient}`;
  return {
    path: layout.etcdConfig,
    content: renderEtcdConfig({
      name,
      dataDir: layout.etcdDataDir,
      listenPeerUrls: peer(me.address),
      listenClientUrls: `${client},http://127.0.0.1:${plan.ports.etcdClient}`,
      advertisePeerUrl: peer(me.address),
      advertiseClientUrl: client,
      initialCluster: plan.etcdHosts.map((n) => ({ name: n, peerUrl: peer(hostNamed(plan, n).address) })),
      initialClusterState: 'new',
      clusterToken: plan.scope,
      ...ETCD_TIMINGS,
      enableV2: false,
    }),
    owner: 'root',
    mode: 0o644,
    service: 'etcd',
    secret: false,
  };
}

/** Parameters the template sets itself (or that Patroni owns): not repeated from the sizing. */
const TEMPLATE_OWNED = new Set(['max_connections', 'wal_keep_size', 'listen_addresses', 'port']);

export function patroniFile(input: RenderInput, name: string): HostFile {
  const { plan, layout, parameters } = input;
  const me = hostNamed(plan, name);
  const extra = Object.fromEntries(
    Object.entries(parameters)
      .filter(([k]) => !TEMPLATE_OWNED.has(k))
      .map(([k, v]) => [k, v.value]),
  );
  const [first, ...more] = plan.trustedSubnets;
  return {
    path: layout.patroniConfig,
    content: renderPatroniConfig({
      scope: plan.scope,
      namespace: '/service/',
      name,
      restApi: {
        listen: `0.0.0.0:${plan.ports.patroni}`,
        connectAddress: `${me.address}:${plan.ports.patroni}`,
      },
      etcdHosts: plan.etcdHosts.map((n) => `${hostNamed(plan, n).address}:${plan.ports.etcdClient}`),
      dcsSection: 'etcd3',
      logDir: '/var/log/patroni',
      ...plan.timings,
      synchronousMode: plan.synchronous !== 'off',
      maxConnections: plan.maxConnections,
      postgresql: {
        listen: `0.0.0.0:${plan.ports.postgres}`,
        connectAddress: `${me.address}:${plan.ports.postgres}`,
        dataDir: layout.dataDir,
        binDir: layout.binDir,
        pgpass: layout.pgpass,
        unixSocketDir: layout.socketDir,
        logDir: '/var/log/postgresql',
      },
      replicationAddresses: plan.databaseHosts.map((h) => h.address),
      clientCidr: first!,
      ...(more.length > 0 ? { extraClientCidrs: more } : {}),
      ...(parameters.wal_keep_size ? { walKeepSize: parameters.wal_keep_size.value } : {}),
      extraParameters: extra,
      authentication: {
        superuser: input.superuser,
        replication: input.replication,
        // pg_rewind runs as the superuser: one login fewer to keep.
        rewind: input.superuser,
      },
    }),
    owner: 'postgres',
    mode: 0o600,
    service: 'patroni',
    secret: true,
  };
}

export function haproxyFile(input: RenderInput): HostFile {
  const { plan, layout } = input;
  return {
    path: layout.haproxyConfig,
    content: renderHaproxyConfig({
      scope: plan.scope,
      readWritePort: plan.ports.haproxyReadWrite,
      readOnlyPort: plan.ports.haproxyReadOnly,
      statsPort: plan.ports.haproxyStats,
      statsSocket: '/run/haproxy/admin.sock',
      maxConnections: plan.maxConnections,
      timeouts: HAPROXY_TIMEOUTS,
      check: HAPROXY_CHECK,
      servers: plan.databaseHosts.map((h) => ({
        name: h.name,
        address: h.address,
        postgresPort: plan.ports.postgres,
        patroniPort: plan.ports.patroni,
      })),
      readWriteListener: 'primary',
      readWriteCheck: 'GET /primary',
      readOnlyCheck: 'GET /replica',
    }),
    owner: 'root',
    mode: 0o644,
    service: 'haproxy',
    secret: false,
  };
}

/** Every file one host gets: etcd and Patroni on database hosts, HAProxy on the load balancer. */
export function filesFor(input: RenderInput, name: string): HostFile[] {
  const { plan } = input;
  const files: HostFile[] = [];
  if (plan.etcdHosts.includes(name)) files.push(etcdFile(input, name));
  if (plan.databaseHosts.some((h) => h.name === name)) files.push(patroniFile(input, name));
  if (plan.loadBalancer.name === name) files.push(haproxyFile(input));
  return files;
}
