// The lab's shape: four hosts on one bridge. Everything that names a host, an address, a port,
// the bridge, a namespace or a link comes from here; addresses and names derive from
// KEEL_LAB_SUBNET and KEEL_LAB_NAME (settings.ts), read once when the lab code loads.
import { addressIn, cidrOf, labSettings } from './settings.js';

export type HostName = 'lb' | 'pg1' | 'pg2' | 'pg3';
export type HostRole = 'db' | 'lb';

export interface HostSpec {
  name: HostName;
  role: HostRole;
  address: string;
}

const { subnet, name: LAB_NAME } = labSettings(process.env);
/** Prefix of the lab's bridge, namespaces, links and default state dir ("keel"). */
export { LAB_NAME };

/** The bridge on the machine; Keel's server reaches the hosts through it. */
export const BRIDGE = {
  name: `${LAB_NAME}-lab0`,
  address: addressIn(subnet, 1),
  prefix: subnet.prefix,
  cidr: cidrOf(subnet),
} as const;

export const HOSTS: readonly HostSpec[] = [
  { name: 'lb', role: 'lb', address: addressIn(subnet, 10) },
  { name: 'pg1', role: 'db', address: addressIn(subnet, 11) },
  { name: 'pg2', role: 'db', address: addressIn(subnet, 12) },
  { name: 'pg3', role: 'db', address: addressIn(subnet, 13) },
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
  return `${LAB_NAME}-${name}`;
}
export function vethName(name: HostName): string {
  return `${LAB_NAME}-v-${name}`;
}
