// `pnpm lab down`: removes every process, namespace, link, mount and file the lab made.
// Works after crashes and freezes too: thaw first (a stopped process keeps its
// namespaces), then SIGKILL everything, then remove links, namespaces and the state dir.
import { readFileSync, rmSync } from 'node:fs';
import { run, waitFor } from './exec.js';
import { processesInNetns, processesOfHost } from './hosts.js';
import { progress } from './log.js';
import { removeNetwork } from './network.js';
import { labDir } from './paths.js';
import { commandArgs, isAlive, nsPids, pidsWhere, signal } from './procfs.js';
import { HOSTS } from './topology.js';

/** Every process of the lab, including hosts whose netns entry was already removed. */
function labProcesses(): number[] {
  const pids = new Set<number>();
  for (const host of HOSTS) processesInNetns(host.name).forEach((pid) => pids.add(pid));
  // `… bash HOST_DIR/keel-lab-pid1.sh NAME HOST_DIR LAB_DIR`: this lab's own, not another lab's
  // (another KEEL_LAB_NAME or KEEL_LAB_DIR) whose dir merely starts the same.
  const pid1s = pidsWhere((pid) => {
    const args = commandArgs(pid);
    return args.at(-1) === labDir() && args.some((arg) => arg.endsWith('/keel-lab-pid1.sh'));
  });
  for (const pid of pid1s) {
    pids.add(pid);
    if (nsPids(pid).at(-1) === 1) processesOfHost(pid).forEach((member) => pids.add(member));
  }
  return [...pids].filter(isAlive);
}

/** Mounts under the lab dir in the machine's own mount namespace (none, normally). */
function mountsUnderLabDir(): string[] {
  const prefix = `${labDir()}/`;
  return readFileSync('/proc/self/mountinfo', 'utf8')
    .split('\n')
    .map((line) => line.split(' ')[4] ?? '')
    .filter((mountPoint) => mountPoint.startsWith(prefix))
    .reverse();
}

export async function down(): Promise<void> {
  const pids = labProcesses();
  if (pids.length > 0) {
    progress(`killing ${pids.length} processes`);
    for (const pid of pids) signal(pid, 'SIGCONT');
    for (const pid of pids) signal(pid, 'SIGKILL');
    await waitFor(
      'the lab processes to die',
      () => Promise.resolve(labProcesses().length ? undefined : true),
      {
        timeoutMs: 10_000,
        intervalMs: 20,
      },
    );
  }
  await removeNetwork();
  for (const mountPoint of mountsUnderLabDir()) {
    await run('umount', ['-l', mountPoint], { allowFailure: true });
  }
  rmSync(labDir(), { recursive: true, force: true });
  progress('down: no lab processes, namespaces, links or state left');
}
