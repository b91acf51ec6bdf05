// Rebuilds one member from the leader through its Patroni REST API, and waits until that has really
// happened. Patroni answers POST /reinitialize before its next HA loop starts the rebuild, so "streaming"
// right after the answer is still the old data directory: only a PostgreSQL started after the request
// proves the new copy. After a split brain this matters: the old copy holds the intruder's own timeline,
// which collides with the next real promotion's (replicas then find themselves ahead of the new leader).
import { sleep } from './exec.js';

const REBUILT_WITHIN_MS = 120_000;

interface PatroniNode {
  state?: string;
  role?: string;
  postmaster_start_time?: string;
  /** Patroni 4 only; its GET /patroni says state "running" for a streaming replica. */
  replication_state?: string;
}

async function readNode(patroniUrl: string): Promise<PatroniNode | undefined> {
  try {
    const res = await fetch(`${patroniUrl}/patroni`, { signal: AbortSignal.timeout(2_000) });
    return (await res.json()) as PatroniNode;
  } catch {
    return undefined; // restarting: ask again
  }
}

/** `patroniUrl` is the member's REST API (http on the open lab), e.g. from `requireLabStatus()`. */
export async function rebuildMember(patroniUrl: string): Promise<void> {
  const askedAt = Date.now();
  const res = await fetch(`${patroniUrl}/reinitialize`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ force: true }),
  });
  if (res.status !== 200)
    throw new Error(`${patroniUrl}/reinitialize: HTTP ${res.status} ${await res.text()}`);
  let last: PatroniNode | undefined;
  while (Date.now() - askedAt < REBUILT_WITHIN_MS) {
    last = await readNode(patroniUrl);
    const started = Date.parse(last?.postmaster_start_time ?? '');
    const streaming = (last?.replication_state ?? 'streaming') === 'streaming';
    if (last?.role === 'replica' && last.state === 'running' && streaming && started > askedAt) return;
    await sleep(500);
  }
  throw new Error(
    `${patroniUrl}: not rebuilt within ${REBUILT_WITHIN_MS / 1000} s (last seen: ${JSON.stringify(last)})`,
  );
}
