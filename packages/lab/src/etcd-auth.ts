// The secure lab's etcd users and roles, then `auth enable`. Runs once etcd has its quorum and
// before Patroni first starts (Patroni signs in as `patroni`). Safe to run again: each step checks.
import type { SecureCredentials } from './credentials.js';
import { etcdctlCommand } from './etcdctl.js';
import { waitFor } from './exec.js';
import { execInHost } from './hosts.js';
import { NAMESPACE, type HostName } from './topology.js';

/** Roles: what each user may touch. Patroni writes its namespace; Keel only reads and watches it. */
const ROLES = [
  { role: 'patroni', permission: 'readwrite' },
  { role: 'keel-reader', permission: 'read' },
] as const;

async function etcdctl(host: HostName, args: string, input?: string): Promise<{ code: number | null }> {
  return execInHost(host, `${etcdctlCommand(true)} ${args}`, {
    allowFailure: true,
    ...(input === undefined ? {} : { input }),
  });
}

/** Throws (with etcdctl's own words) when the command fails. */
async function must(host: HostName, args: string, input?: string): Promise<void> {
  await execInHost(host, `${etcdctlCommand(true)} ${args}`, input === undefined ? {} : { input });
}

async function ensureUser(host: HostName, username: string, password: string, role: string): Promise<void> {
  if ((await etcdctl(host, `user get ${username}`)).code !== 0) {
    // The password on stdin, not in the process list.
    await must(host, `user add ${username} --interactive=false`, `${password}\n`);
  }
  await must(host, `user grant-role ${username} ${role}`);
}

export async function ensureEtcdAuth(host: HostName, credentials: SecureCredentials): Promise<void> {
  await waitFor(
    `etcd on ${host} to answer over TLS`,
    async () => ((await etcdctl(host, 'endpoint health')).code === 0 ? true : undefined),
    { timeoutMs: 30_000, intervalMs: 250 },
  );
  for (const { role, permission } of ROLES) {
    if ((await etcdctl(host, `role get ${role}`)).code !== 0) await must(host, `role add ${role}`);
    await must(host, `role grant-permission ${role} --prefix=true ${permission} ${NAMESPACE}`);
  }
  if ((await etcdctl(host, 'user get root')).code !== 0) {
    await must(host, `user add root --interactive=false`, `${credentials.etcdRoot.password}\n`);
  }
  await must(host, 'user grant-role root root');
  await ensureUser(host, credentials.etcdPatroni.username, credentials.etcdPatroni.password, 'patroni');
  await ensureUser(host, credentials.etcdKeel.username, credentials.etcdKeel.password, 'keel-reader');
  await must(host, 'auth enable');
}
