import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sleep } from './async.js';

interface Tracked {
  name: string;
  child: ChildProcess;
  logFile: string;
}

/**
 * Every process and temporary directory a benchmark makes, so that it can leave nothing behind: on success,
 * on failure, on Ctrl-C, and (synchronously, SIGKILL) when the process exits any other way.
 */
export class Processes {
  readonly root: string;
  private readonly tracked: Tracked[] = [];
  private stopping: Promise<void> | undefined;

  constructor(prefix: string) {
    this.root = mkdtempSync(path.join(os.tmpdir(), prefix));
    process.on('exit', () => this.killNow());
  }

  /** Starts a process whose stdout and stderr go to `<root>/<name>.log`; `ipc` opens a message channel. */
  spawn(
    name: string,
    command: string,
    args: string[],
    { cwd, env, ipc = false }: { cwd?: string; env?: NodeJS.ProcessEnv; ipc?: boolean } = {},
  ): ChildProcess {
    const logFile = path.join(this.root, `${name}.log`);
    const fd = openSync(logFile, 'a');
    const child = spawn(command, args, {
      cwd,
      env,
      stdio: ['ignore', fd, fd, ...(ipc ? ['ipc' as const] : [])],
    });
    closeSync(fd);
    this.tracked.push({ name, child, logFile });
    child.once('exit', (code, signal) => {
      if (!this.stopping) console.error(`bench: ${name} exited early (${signal ?? `code ${code}`})`);
    });
    return child;
  }

  /** How many bytes a process has written to its log so far. */
  logSize(name: string): number {
    const entry = this.tracked.find((t) => t.name === name);
    return entry ? statSync(entry.logFile).size : 0;
  }

  /** What a process wrote to its log from byte `from` on. */
  logSince(name: string, from: number): string {
    const entry = this.tracked.find((t) => t.name === name);
    return entry ? readFileSync(entry.logFile).subarray(from).toString('utf8') : '';
  }

  /** The last lines a process wrote, to explain a failure. */
  logTail(name: string, lines = 20): string {
    const entry = this.tracked.find((t) => t.name === name);
    if (!entry) return '';
    return readFileSync(entry.logFile, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
  }

  /** Stops every process (SIGTERM, then SIGKILL after `graceMs`), newest first, and removes the temp dir. */
  stopAll(graceMs = 10_000): Promise<void> {
    this.stopping ??= (async () => {
      for (const { child } of [...this.tracked].reverse()) {
        if (child.exitCode !== null || child.signalCode !== null) continue;
        const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
        child.kill('SIGTERM');
        await Promise.race([exited, sleep(graceMs)]);
        if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      }
      rmSync(this.root, { recursive: true, force: true });
    })();
    return this.stopping;
  }

  private killNow(): void {
    for (const { child } of this.tracked) {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    }
    rmSync(this.root, { recursive: true, force: true });
  }
}
