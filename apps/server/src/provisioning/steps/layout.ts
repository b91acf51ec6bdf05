import type { OsFamily } from './facts.js';

/** Where things live on a host of each family (Debian's and PGDG's RPM layouts differ). */
export interface HostLayout {
  etcdConfig: string;
  patroniConfig: string;
  haproxyConfig: string;
  dataDir: string;
  binDir: string;
  pgpass: string;
  socketDir: string;
  etcdDataDir: string;
  /** Keel's own Patroni (a tree carried to the host), its marker holding the version. */
  patroniDir: string;
  patroniMarker: string;
  /** Keel's small supervisor for hosts without systemd, and its pid files. */
  supervisor: string;
  supervisorEnv: string;
}

/** Keel's Patroni 4 tree on a host: under /var/lib (per host), never the distribution's /usr. */
export const KEEL_PATRONI_DIR = '/var/lib/keel/patroni';

export function layoutFor(family: OsFamily, postgresVersion: number, scope: string): HostLayout {
  const common = {
    patroniConfig: '/etc/patroni/patroni.yml',
    haproxyConfig: '/etc/haproxy/haproxy.cfg',
    etcdDataDir: `/var/lib/etcd/${scope}`,
    patroniDir: KEEL_PATRONI_DIR,
    patroniMarker: `${KEEL_PATRONI_DIR}/.keel-version`,
    supervisor: '/etc/keel/supervise',
    supervisorEnv: '/etc/keel/supervise.env',
    socketDir: '/run/postgresql',
  };
  return family === 'debian'
    ? {
        ...common,
        etcdConfig: '/etc/default/etcd',
        dataDir: `/var/lib/postgresql/${postgresVersion}/${scope}`,
        binDir: `/usr/lib/postgresql/${postgresVersion}/bin`,
        pgpass: '/var/lib/postgresql/.pgpass_patroni',
      }
    : {
        ...common,
        etcdConfig: '/etc/etcd/etcd.conf',
        dataDir: `/var/lib/pgsql/${postgresVersion}/${scope}`,
        binDir: `/usr/pgsql-${postgresVersion}/bin`,
        pgpass: '/var/lib/pgsql/.pgpass_patroni',
      };
}
