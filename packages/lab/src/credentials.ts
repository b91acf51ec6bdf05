// The lab's credentials: random at the first `up`, then reused (mode 600). The secure lab
// (`up --secure`) adds Patroni's REST API user and etcd's users.
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import type { PgCredential } from '@keel/templates';
import { labPaths } from './paths.js';

/** The secure lab's users besides PostgreSQL's. */
export interface SecureCredentials {
  /** Patroni's `restapi.authentication`: demanded on every request that changes something. */
  patroniRest: PgCredential;
  /** etcd's `root` (auth enable needs it); the lab's own etcdctl signs in with its `root` certificate. */
  etcdRoot: PgCredential;
  /** etcd user `patroni`: read-write on the cluster's namespace, for Patroni. */
  etcdPatroni: PgCredential;
  /** etcd user `keel`: read-only on the cluster's namespace, for Keel's watch and reads. */
  etcdKeel: PgCredential;
}

export interface LabCredentials {
  superuser: PgCredential;
  replication: PgCredential;
  rewind: PgCredential;
  secure?: SecureCredentials;
}

const password = () => randomBytes(18).toString('base64url');

export function readCredentials(): LabCredentials | undefined {
  const file = labPaths.credentialsFile();
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as LabCredentials) : undefined;
}

function newSecureCredentials(): SecureCredentials {
  return {
    patroniRest: { username: 'keel-admin', password: password() },
    etcdRoot: { username: 'root', password: password() },
    etcdPatroni: { username: 'patroni', password: password() },
    etcdKeel: { username: 'keel', password: password() },
  };
}

export function ensureCredentials({ secure = false } = {}): LabCredentials {
  const existing = readCredentials();
  if (existing && (existing.secure || !secure)) return existing;
  const credentials: LabCredentials = existing
    ? { ...existing, secure: newSecureCredentials() }
    : {
        superuser: { username: 'postgres', password: password() },
        replication: { username: 'replicator', password: password() },
        rewind: { username: 'rewind_user', password: password() },
        ...(secure ? { secure: newSecureCredentials() } : {}),
      };
  writeFileSync(labPaths.credentialsFile(), `${JSON.stringify(credentials, null, 2)}\n`, { mode: 0o600 });
  return credentials;
}
