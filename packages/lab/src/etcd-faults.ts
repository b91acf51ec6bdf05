// Faults of the DCS itself: an etcd member restarted, etcd's history compacted, and the whole etcd
// cluster rebuilt from nothing (as after a disaster recovery) while Patroni and PostgreSQL keep running.
import { waitFor } from './exec.js';
import { execInHost } from './hosts.js';
import { IN_HOST } from './paths.js';
import { etcdctlCommand } from './etcdctl.js';
import { isSecureLab } from './transport.js';
import { DB_HOSTS, type HostName } from './topology.js';

const etcdctl = () => etcdctlCommand();

/** Sends a signal to one of the host's services (its recorded process) and waits until it is gone. */
function stopServiceScript(service: 'etcd' | 'patroni', signal: 'KILL' | 'TERM'): string {
  return (
    `pid=$(cat /run/keel-lab/${service}.pid 2>/dev/null || true); ` +
    `if [ -n "$pid" ]; then kill -${signal} "$pid" 2>/dev/null || true; ` +
    `while kill -0 "$pid" 2>/dev/null && [ "$(awk '{print $3}' /proc/$pid/stat 2>/dev/null)" != Z ]; do sleep 0.05; done; fi`
  );
}

async function startEtcd(name: HostName): Promise<void> {
  // The host's boot script starts every service that is not running (etcd, and a stopped Patroni).
  await execInHost(name, IN_HOST.launcher);
}

async function waitHealthy(name: HostName): Promise<void> {
  await waitFor(
    `etcd on ${name} to be healthy`,
    async () => {
      const { code } = await execInHost(name, `${etcdctl()} endpoint health`, { allowFailure: true });
      return code === 0 ? true : undefined;
    },
    { timeoutMs: 30_000, intervalMs: 200 },
  );
}

/** SIGKILL of one member's etcd: its clients' connections drop; the other two keep the quorum. */
export async function stopEtcdMember(name: HostName): Promise<void> {
  await execInHost(name, stopServiceScript('etcd', 'KILL'));
}

/**
 * Starts stopped members' etcd with their data, all at once (members that lost quorum together can
 * only answer once enough of them are back), then waits for each to be healthy.
 */
export async function startEtcdMembers(names: HostName[]): Promise<void> {
  await Promise.all(names.map((name) => startEtcd(name)));
  await Promise.all(names.map((name) => waitHealthy(name)));
}

/** SIGKILL of one member's etcd, then started again with its data: the client connections to it drop. */
export async function restartEtcdMember(name: HostName): Promise<void> {
  await stopEtcdMember(name);
  await startEtcdMembers([name]);
}

/** Compacts etcd's history up to its current revision: a watch resuming from before it is cancelled. */
export async function compactEtcd(): Promise<string> {
  // Through any member that runs (one may be stopped on purpose).
  const host = await firstAnsweringMember();
  const { stdout } = await execInHost(
    host,
    `${etcdctl()} endpoint status --write-out=json | python3 -c 'import json,sys; print(json.load(sys.stdin)[0]["Status"]["header"]["revision"])'`,
  );
  const revision = stdout.trim();
  await execInHost(host, `${etcdctl()} compaction --physical ${revision}`);
  return revision;
}

async function firstAnsweringMember(): Promise<HostName> {
  for (const host of DB_HOSTS) {
    const { code } = await execInHost(host.name, `${etcdctl()} endpoint health`, {
      allowFailure: true,
    }).catch(() => ({ code: 1 }));
    if (code === 0) return host.name;
  }
  throw new Error('no etcd member answers');
}

/**
 * An etcd disaster recovery: every etcd member stopped, its data removed, and a new etcd cluster
 * started in its place (same names and addresses, so the same cluster id, but revisions and raft terms
 * start again from 1). Patroni is stopped first and started after, as an operator must: a running
 * Patroni 4 refuses an etcd whose raft term went back (StaleEtcdNode) and demotes its primary. Patroni
 * then writes its keys again into the empty store and elects a leader.
 */
export async function rebuildEtcd(): Promise<void> {
  if (isSecureLab()) {
    // A new etcd has no users: Patroni would start before auth is on again (up.ts orders that).
    throw new Error(
      'rebuilding etcd is for the open lab; in the secure lab run `pnpm lab down && pnpm lab up --secure`',
    );
  }
  await Promise.all(DB_HOSTS.map((host) => execInHost(host.name, stopServiceScript('patroni', 'TERM'))));
  await Promise.all(DB_HOSTS.map((host) => execInHost(host.name, stopServiceScript('etcd', 'KILL'))));
  await Promise.all(DB_HOSTS.map((host) => execInHost(host.name, `rm -rf ${IN_HOST.etcdDataDir}/member`)));
  await Promise.all(DB_HOSTS.map((host) => startEtcd(host.name)));
  await Promise.all(DB_HOSTS.map((host) => waitHealthy(host.name)));
}
