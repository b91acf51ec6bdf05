// The lab's PostgreSQL credentials: random at the first `up`, then reused (mode 600).
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import type { PgCredential } from '@keel/templates';
import { labPaths } from './paths.js';

export interface LabCredentials {
  superuser: PgCredential;
  replication: PgCredential;
  rewind: PgCredential;
}

const password = () => randomBytes(18).toString('base64url');

export function readCredentials(): LabCredentials | undefined {
  const file = labPaths.credentialsFile();
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as LabCredentials) : undefined;
}

export function ensureCredentials(): LabCredentials {
  const existing = readCredentials();
  if (existing) return existing;
  const credentials: LabCredentials = {
    superuser: { username: 'postgres', password: password() },
    replication: { username: 'replicator', password: password() },
    rewind: { username: 'rewind_user', password: password() },
  };
  writeFileSync(labPaths.credentialsFile(), `${JSON.stringify(credentials, null, 2)}\n`, { mode: 0o600 });
  return credentials;
}
