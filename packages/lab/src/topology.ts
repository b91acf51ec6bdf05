// The lab's fixed shape: four hosts on one bridge. Everything that names a host, an
// address or a port comes from here.

export type HostName = 'lb' | 'pg1' | 'pg2' | 'pg3';
export type HostRole = 'db' | 'lb';

export interface HostSpec {
  name: HostName;
  role: HostRole;
  address: string;
}

/** The bridge on the machine; Keel's server reaches the hosts through it. */
export const BRIDGE = {
  name: 'keel-lab0',
  address: '10.231.0.1',
  prefix: 24,
  cidr: '10.231.0.0/24',
} as const;

export const HOSTS: readonly HostSpec[] = [
  { name: 'lb', role: 'lb', address: '10.231.0.10' },
  { name: 'pg1', role: 'db', address: '10.231.0.11' },
  { name: 'pg2', role: 'db', address: '10.231.0.12' },
  { name: 'pg3', role: 'db', address: '10.231.0.13' },
];

export const DB_HOSTS: readonly HostSpec[] = HOSTS.filter((host) => host.role === 'db');
export const LB_HOST: HostSpec = HOSTS.find((host) => host.role === 'lb')!;

export const PORTS = {
  ssh: 22,
  postgres: 5432,
  patroni: 8008,
  etcdClient: 2379,
  etcdPeer: 2380,
  haproxyReadWrite: 5000,
  haproxyReadOnly: 5500,
  haproxyStats: 7000,
} as const;

/** Patroni's cluster name and DCS namespace (keys live under /service/keel-lab/). */
export const SCOPE = 'keel-lab';
export const NAMESPACE = '/service/';
export const HAPROXY_STATS_SOCKET = '/run/haproxy/admin.sock';

export function isHostName(value: string): value is HostName {
  return HOSTS.some((host) => host.name === value);
}

export function hostSpec(name: HostName): HostSpec {
  const host = HOSTS.find((candidate) => candidate.name === name);
  if (!host) throw new Error(`unknown host ${name}`);
  return host;
}

/** Network namespace of a host, and the bridge-side end of its veth pair. */
export function netnsName(name: HostName): string {
  return `keel-${name}`;
}
export function vethName(name: HostName): string {
  return `keel-v-${name}`;
}
