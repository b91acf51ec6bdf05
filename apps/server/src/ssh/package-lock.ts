import { SshCommandError, SshError } from './errors.js';
import type { ExecResult } from './connection.js';
import type { HostShell, RunOptions } from './host-shell.js';
import type { ShellCommand } from './quote.js';

/** Who holds the package database, as apt says it: `/var/lib/dpkg/lock-frontend`, process 1234 (unattended-upgr). */
export interface LockHolder {
  lock: string;
  pid: number | null;
  process: string | null;
}

/**
 * apt and dpkg refuse at once when another one runs ("Could not get lock … It is held by process N (name)");
 * dnf waits by itself (the command's timeout bounds that).
 */
export function packageLockHolder(stderr: string): LockHolder | null {
  const match = /Could not get lock (\S+?)\.?(?: It is held by process (\d+) \(([^)]+)\))?\s*$/m.exec(stderr);
  if (!match) return null;
  return { lock: match[1]!, pid: match[2] ? Number(match[2]) : null, process: match[3] ?? null };
}

export interface PackageLockWait {
  /** Give up after waiting this long for the lock. */
  waitMs: number;
  /** Time between attempts. */
  intervalMs: number;
  sleep: (ms: number) => Promise<void>;
  clock?: () => number;
}

/**
 * Runs a package manager command; while another package manager holds the lock (an unattended upgrade,
 * an operator's apt), waits and tries again, then gives up naming the holder.
 */
export async function runPackageCommand(
  shell: HostShell,
  cmd: ShellCommand,
  wait: PackageLockWait,
  options: RunOptions = {},
): Promise<ExecResult> {
  const now = wait.clock ?? Date.now;
  const deadline = now() + wait.waitMs;
  let announced = false;
  for (;;) {
    try {
      return await shell.run(cmd, options);
    } catch (error) {
      const holder = error instanceof SshCommandError ? packageLockHolder(error.stderrTail) : null;
      if (!holder) throw error;
      const who = holder.pid ? `process ${holder.pid} (${holder.process ?? 'unknown'})` : 'another process';
      if (now() >= deadline)
        throw new SshError(
          'package-lock',
          shell.connection.label,
          `The package manager on ${shell.connection.label} stayed busy for ${Math.round(wait.waitMs / 1000)} s: ${holder.lock} is held by ${who}. Let it finish (or stop it), then run again`,
        );
      if (!announced) await shell.note(`${holder.lock} is held by ${who}; waiting for it`);
      announced = true;
      await wait.sleep(wait.intervalMs);
    }
  }
}
