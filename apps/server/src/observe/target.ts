import type { HostAccess } from '../clusters/repository.js';
import type { ClusterSecurity } from '../clusters/security-store.js';
import type { HttpLogin } from '../haproxy/basic-auth.js';
import type { DatabaseLoginSecret } from '../postgres/probe.js';

/** What an observer needs to know about a cluster: the inventory, with the probe login decrypted. */
export interface ClusterTarget {
  id: string;
  name: string;
  scope: string;
  namespace: string;
  etcdEndpoints: string[];
  members: { name: string; apiUrl: string; host: string; port: number }[];
  haproxy: {
    readWrite: string | null;
    readOnly: string | null;
    /** Without credentials: those are in `statsLogin`. */
    statsUrl: string | null;
    statsLogin: HttpLogin | null;
  };
  login: DatabaseLoginSecret | null;
  /** TLS (CA, client certificate, verification) and the Patroni REST and etcd logins, opened. */
  security: ClusterSecurity;
  /** How Keel reaches the members' hosts over SSH (the login stays in the store: jobs open it); null: not at all. */
  hostAccess: HostAccess | null;
}
