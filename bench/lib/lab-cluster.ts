import { readLabStatus, type LabStatus } from '../../packages/lab/src/index.js';
import { sleep } from './async.js';

/** A member as Patroni's /cluster lists it (the fields this benchmark reads). */
export interface ClusterMember {
  name: string;
  role: string;
  state: string;
  timeline?: number;
}

const leaderRoles = new Set(['leader', 'primary', 'master']);
const replicaRoles = new Set(['replica', 'sync_standby', 'quorum_standby']);

/** Patroni's /cluster from the first member that answers, or null. */
export async function readCluster(patroniUrls: string[]): Promise<ClusterMember[] | null> {
  for (const url of patroniUrls) {
    try {
      const res = await fetch(`${url}/cluster`, { signal: AbortSignal.timeout(2_000) });
      if (res.ok) return ((await res.json()) as { members: ClusterMember[] }).members;
    } catch {
      // Try the next member.
    }
  }
  return null;
}

/** The leader and its replicas when every member is in place: one leader, the rest streaming on its timeline. */
export function healthyView(
  members: ClusterMember[] | null,
  expectedMembers: number,
): { leader: string; replicas: string[] } | null {
  if (!members || members.length !== expectedMembers) return null;
  const leaders = members.filter((m) => leaderRoles.has(m.role) && m.state === 'running');
  if (leaders.length !== 1) return null;
  const leader = leaders[0]!;
  const replicas = members.filter((m) => m !== leader);
  const streaming = replicas.every(
    (m) => replicaRoles.has(m.role) && m.state === 'streaming' && m.timeline === leader.timeline,
  );
  return streaming ? { leader: leader.name, replicas: replicas.map((m) => m.name).sort() } : null;
}

/** Why the lab is not ready for a planned switchover, or null when it is (all hosts running, one leader). */
export function labProblem(status: LabStatus): string | null {
  if (!status.running || status.bare) return 'the lab is not up with its services';
  const down = status.hosts.filter((h) => h.state !== 'running');
  if (down.length > 0) return `hosts not running: ${down.map((h) => `${h.name} ${h.state}`).join(', ')}`;
  if (!status.leader) return 'no leader';
  return null;
}

/**
 * Waits until the lab is fully healthy and has stayed so for `stableMs`: every host running, one leader,
 * both replicas streaming. Other people's fault tests share the lab; this is where we wait them out.
 */
export async function waitForHealthyLab(
  patroniUrls: string[],
  {
    timeoutMs,
    stableMs = 3_000,
    recovering = false,
    log,
  }: {
    timeoutMs: number;
    stableMs?: number;
    /** Right after our own switchover the old leader is expected to rejoin: do not report that. */
    recovering?: boolean;
    log: (line: string) => void;
  },
): Promise<{ leader: string; replicas: string[]; healthySince: number }> {
  const deadline = Date.now() + timeoutMs;
  let healthySince: number | null = null;
  let lastProblem = '';
  while (Date.now() < deadline) {
    const problem = labProblem(await readLabStatus());
    const view = problem ? null : healthyView(await readCluster(patroniUrls), patroniUrls.length);
    const notInPlace =
      view || recovering ? '' : 'Patroni members not all in place (leader running, replicas streaming)';
    const why = problem ?? notInPlace;
    if (view && healthySince !== null && Date.now() - healthySince >= stableMs)
      return { ...view, healthySince };
    if (view) healthySince ??= Date.now();
    else healthySince = null;
    if (why && why !== lastProblem) log(`  waiting for a healthy lab: ${why}`);
    lastProblem = why;
    await sleep(500);
  }
  throw new Error(`the lab did not become healthy within ${Math.round(timeoutMs / 1000)} s: ${lastProblem}`);
}
