// Faults a real cluster meets: a host losing power (crash), hanging (freeze), or losing
// its network (partition). Each acts on the whole host, never on a single service.
import { sleep, waitFor } from './exec.js';
import { HostDownError, hostInitPid, processesInNetns, processesOfHost } from './hosts.js';
import { heal, partition } from './network.js';
import { isAlive, processState, signal } from './procfs.js';
import type { HostName } from './topology.js';

function requireInit(name: HostName): number {
  const pid = hostInitPid(name);
  if (!pid) throw new HostDownError(name);
  return pid;
}

/**
 * SIGKILL to the host's PID 1: the kernel then kills every process of its PID namespace
 * at once, like pulling the power cord. Its disk (overlay upper dirs) stays.
 */
export async function crashHost(name: HostName): Promise<void> {
  const init = requireInit(name);
  signal(init, 'SIGKILL');
  // Also anything in the host's network namespace outside its PID namespace (e.g. a
  // `nsenter` in flight); SIGKILL works on stopped processes too.
  for (const pid of processesInNetns(name)) signal(pid, 'SIGKILL');
  await waitFor(
    `every process of ${name} to die`,
    () => Promise.resolve(processesInNetns(name).some(isAlive) ? undefined : true),
    { timeoutMs: 10_000, intervalMs: 20 },
  );
}

/**
 * SIGSTOP to every process of the host. Processes may fork while we go through the list,
 * so repeat until a pass finds nothing still running.
 */
export async function freezeHost(name: HostName): Promise<void> {
  const init = requireInit(name);
  for (let pass = 0; pass < 50; pass++) {
    const running = processesOfHost(init).filter((pid) => isAlive(pid) && processState(pid) !== 'T');
    if (running.length === 0) return;
    for (const pid of running) signal(pid, 'SIGSTOP');
    await sleep(10);
  }
  throw new Error(`could not stop every process of ${name}`);
}

export function thawHost(name: HostName): void {
  const init = hostInitPid(name);
  if (!init) return;
  // Init first, then the rest, so nothing waits on a stopped parent longer than needed.
  for (const pid of processesOfHost(init)) signal(pid, 'SIGCONT');
}

export async function partitionHost(name: HostName): Promise<void> {
  requireInit(name);
  await partition(name);
}

export async function healHost(name: HostName): Promise<void> {
  await heal(name);
}
