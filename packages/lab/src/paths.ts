// Where the lab keeps its state on the machine, and where things live inside hosts.
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LAB_NAME, type HostName } from './topology.js';

/** Lab state (overlays, keys, credentials); `pnpm lab down` removes all of it. */
export function labDir(): string {
  return process.env.KEEL_LAB_DIR ?? `/var/lib/${LAB_NAME}-lab`;
}

export const labPaths = {
  stateFile: () => join(labDir(), 'state.json'),
  credentialsFile: () => join(labDir(), 'credentials.json'),
  /** The secure lab's CA and certificates (tls.ts). */
  tlsDir: () => join(labDir(), 'tls'),
  sshDir: () => join(labDir(), 'ssh'),
  sshKey: () => join(labDir(), 'ssh', 'id_ed25519'),
  knownHosts: () => join(labDir(), 'ssh', 'known_hosts'),
  hostDir: (name: HostName) => join(labDir(), 'hosts', name),
  /** Upper dir of one overlaid directory, e.g. upper('pg2', '/etc'). */
  upper: (name: HostName, dir: OverlayDir) => join(labDir(), 'hosts', name, 'upper', overlayKey(dir)),
  pid1Log: (name: HostName) => join(labDir(), 'hosts', name, 'pid1.log'),
};

/** The directories each host sees through its own overlay (its "disk"). */
export const OVERLAY_DIRS = ['/etc', '/var/lib', '/var/log', '/root'] as const;
export type OverlayDir = (typeof OVERLAY_DIRS)[number];

export function overlayKey(dir: OverlayDir): string {
  return dir.slice(1).replaceAll('/', '-');
}

/** A path inside a host's overlay, as a machine path in its upper layer. */
export function upperPath(name: HostName, pathInHost: string): string {
  const dir = OVERLAY_DIRS.find((candidate) => pathInHost.startsWith(`${candidate}/`));
  if (!dir) throw new Error(`${pathInHost} is not under an overlaid directory`);
  return join(labPaths.upper(name, dir), pathInHost.slice(dir.length + 1));
}

/** Shell scripts that run inside hosts (the PID-1 loop, the service launcher). */
export const hostScriptsDir = fileURLToPath(new URL('./host/', import.meta.url));

/** Machine-wide install artifact from scripts/install-system.sh (not lab state). */
export const PATRONI4_DIR = '/opt/keel-lab/patroni-4.0.7';

/** Inside every host. */
export const IN_HOST = {
  launcherDir: '/etc/keel-lab',
  launcher: '/etc/keel-lab/start-services',
  hostEnv: '/etc/keel-lab/host.env',
  etcdConfig: '/etc/default/etcd',
  patroniConfig: '/etc/patroni/patroni.yml',
  haproxyConfig: '/etc/haproxy/haproxy.cfg',
  sshdConfig: '/etc/ssh/sshd_config',
  sshHostKey: '/etc/ssh/ssh_host_ed25519_key',
  authorizedKeys: '/root/.ssh/authorized_keys',
  etcdDataDir: '/var/lib/etcd/keel-lab',
  pgDataDir: '/var/lib/postgresql/15/keel-lab',
  pgBinDir: '/usr/lib/postgresql/15/bin',
  pgpass: '/var/lib/postgresql/.pgpass_patroni',
  /** The secure lab's files: the CA everywhere; each service its own copy of the host's key. */
  caCert: '/etc/keel-lab/tls/ca.crt',
  rootClientCert: '/etc/keel-lab/tls/root.crt',
  rootClientKey: '/etc/keel-lab/tls/root.key',
  etcdCert: '/etc/etcd/tls/server.crt',
  etcdKey: '/etc/etcd/tls/server.key',
  patroniCert: '/etc/patroni/tls/server.crt',
  patroniKey: '/etc/patroni/tls/server.key',
  /** Patroni's client certificate towards etcd (the etcd one, without a CN: tls.ts). */
  patroniEtcdCert: '/etc/patroni/tls/etcd-client.crt',
  patroniEtcdKey: '/etc/patroni/tls/etcd-client.key',
} as const;
