import { readFileSync } from 'node:fs';
import type { ClusterSecurityInput, CreateCredentialRequest, ImportClusterRequest } from '@keel/shared';
import type { requireLabStatus } from '@keel/lab';

type LabStatus = Awaited<ReturnType<typeof requireLabStatus>>;

/**
 * The secure lab's TLS and logins as Keel stores them for a cluster: the lab CA, Keel's client
 * certificate, Patroni's REST login and the etcd user `keel`. None for the open lab.
 */
export function labSecurity(status: LabStatus): ClusterSecurityInput | undefined {
  const secure = status.secure;
  if (status.mode !== 'secure' || !secure) return undefined;
  return {
    caBundle: readFileSync(secure.caFile, 'utf8'),
    clientCertificate: {
      certificate: readFileSync(secure.clientCertFile, 'utf8'),
      privateKey: readFileSync(secure.clientKeyFile, 'utf8'),
    },
    patroniLogin: secure.patroniRest,
    etcdLogin: secure.etcd.keel,
    verifyCertificates: true,
  };
}

/**
 * How Keel imports the lab cluster: one Patroni URL, the lab's HAProxy and its superuser for the probe;
 * in the secure lab (`pnpm lab up --secure`) also its CA, client certificate and logins.
 */
export function labImportRequest(status: LabStatus, name = 'lab'): ImportClusterRequest {
  const security = labSecurity(status);
  const firstDb = status.hosts.find((h) => h.patroniUrl);
  if (!firstDb?.patroniUrl) throw new Error('the lab has no Patroni host: run `pnpm lab up`');
  const { readWrite, readOnly, statsUrl } = status.haproxy;
  return {
    name,
    patroniUrl: firstDb.patroniUrl,
    haproxy: {
      readWrite: `${readWrite.host}:${readWrite.port}`,
      readOnly: `${readOnly.host}:${readOnly.port}`,
      statsUrl,
    },
    database: {
      username: status.credentials.superuser.username,
      password: status.credentials.superuser.password,
      database: 'postgres',
    },
    ...(security ? { security } : {}),
  };
}

/** The SSH login to the lab's hosts (root with the lab's key), as an operator would store it in Keel. */
export function labSshCredential(
  status: LabStatus,
  name = 'lab hosts (root)',
): Extract<CreateCredentialRequest, { kind: 'ssh' }> {
  const host = status.hosts.find((h) => h.patroniUrl);
  if (!host) throw new Error('the lab has no Patroni host: run `pnpm lab up`');
  return { kind: 'ssh', name, username: host.sshUser, privateKey: readFileSync(host.sshKeyPath, 'utf8') };
}

/**
 * How Keel reaches the lab's hosts: the login above, and trust on first use. The lab made each host's
 * key itself moments ago; on real hosts an operator compares fingerprints instead.
 */
export const labHostAccess = (credentialId: string, status: LabStatus) => ({
  credentialId,
  port: status.hosts.find((h) => h.patroniUrl)?.sshPort ?? 22,
  trustOnFirstUse: true,
});
