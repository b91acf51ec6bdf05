// A lab host: its own network, mount, UTS, IPC and PID namespaces, with a PID-1 loop
// (host/pid1.sh) that mounts the host's overlays and reaps orphans.
import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, openSync, closeSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { run, waitFor, type RunOptions, type RunResult } from './exec.js';
import { OVERLAY_DIRS, hostScriptsDir, labDir, labPaths, upperPath } from './paths.js';
import { isAlive, namespaceOf, netnsIdentity, nsPids, pidsWhere, processState } from './procfs.js';
import { isPartitioned } from './network.js';
import { HOSTS, netnsName, type HostName, type HostSpec } from './topology.js';

const PID1_SCRIPT = 'keel-lab-pid1.sh';

/** Every process in the host's network namespace (its PID-1 loop, services, sessions). */
export function processesInNetns(name: HostName): number[] {
  const identity = netnsIdentity(netnsName(name));
  if (!identity) return [];
  return pidsWhere((pid) => namespaceOf(pid, 'net') === identity);
}

/** Machine pid of the host's PID 1, if it is alive. */
export function hostInitPid(name: HostName): number | undefined {
  return processesInNetns(name).find((pid) => {
    const chain = nsPids(pid);
    return chain.length >= 2 && chain[chain.length - 1] === 1 && isAlive(pid);
  });
}

/** Every process of the host's PID namespace (what `freeze` stops), init first. */
export function processesOfHost(initPid: number): number[] {
  const pidNs = namespaceOf(initPid, 'pid');
  if (!pidNs) return [];
  const others = pidsWhere((pid) => pid !== initPid && namespaceOf(pid, 'pid') === pidNs);
  return [initPid, ...others];
}

export function isFrozen(initPid: number): boolean {
  return processState(initPid) === 'T';
}

/** Creates the host's upper dirs with the modes of the directories they overlay. */
function prepareHostDir(host: HostSpec): void {
  const hostDir = labPaths.hostDir(host.name);
  for (const dir of OVERLAY_DIRS) {
    const upper = labPaths.upper(host.name, dir);
    if (!existsSync(upper)) mkdirSync(upper, { recursive: true, mode: statSync(dir).mode & 0o7777 });
  }
  mkdirSync(join(hostDir, 'work'), { recursive: true });
  writeFileSync(upperPath(host.name, '/etc/hostname'), `${host.name}\n`);
  writeFileSync(
    upperPath(host.name, '/etc/hosts'),
    [
      '127.0.0.1\tlocalhost',
      `${host.address}\t${host.name}`,
      ...HOSTS.filter((other) => other.name !== host.name).map((other) => `${other.address}\t${other.name}`),
      '',
    ].join('\n'),
  );
}

/** Boots the host: namespaces and PID 1 (its network namespace must already exist). */
export async function startHost(host: HostSpec): Promise<number> {
  const existing = hostInitPid(host.name);
  if (existing) return existing;
  prepareHostDir(host);
  const hostDir = labPaths.hostDir(host.name);
  // A copy per host, so that the process list names it and editing the repo never
  // touches a running host.
  const script = join(hostDir, PID1_SCRIPT);
  copyFileSync(join(hostScriptsDir, 'pid1.sh'), script);
  const logFd = openSync(labPaths.pid1Log(host.name), 'a');
  const child = spawn(
    'ip',
    [
      'netns',
      'exec',
      netnsName(host.name),
      'unshare',
      '--mount',
      '--uts',
      '--ipc',
      '--pid',
      '--fork',
      '--mount-proc',
      '--propagation',
      'private',
      '/bin/bash',
      script,
      host.name,
      hostDir,
      labDir(),
    ],
    // From /, as init starts services: the caller's directory (a checkout in root's home, mode 700 on a
    // fresh machine) cannot be entered by postgres or etcd, and every process of the host, and every
    // command run in it (`nsenter --wd`), inherits PID 1's directory.
    { detached: true, stdio: ['ignore', logFd, logFd], cwd: '/' },
  );
  child.unref();
  closeSync(logFd);
  return waitFor(
    `host ${host.name} to boot (see ${labPaths.pid1Log(host.name)})`,
    () => {
      const pid = hostInitPid(host.name);
      return Promise.resolve(pid && existsSync(`/proc/${pid}/root/run/keel-lab/ready`) ? pid : undefined);
    },
    { timeoutMs: 10_000, intervalMs: 50 },
  );
}

export class HostDownError extends Error {
  constructor(readonly host: HostName) {
    super(`host ${host} is not running (crashed or never started); try \`pnpm lab restart ${host}\``);
  }
}

/**
 * Runs a bash script inside the host, as root, in all its namespaces, with a clean
 * environment (nothing of the caller's leaks in).
 */
export async function execInHost(
  name: HostName,
  script: string,
  options: RunOptions = {},
): Promise<RunResult> {
  const pid = hostInitPid(name);
  if (!pid) throw new HostDownError(name);
  return run(
    'nsenter',
    [
      '-t',
      String(pid),
      '--mount',
      '--uts',
      '--ipc',
      '--net',
      '--pid',
      // The host's own root directory too: entering a mount namespace otherwise sets the root to
      // the namespace's, which for a lab inside a chroot is the machine's real / (its /etc!).
      '--root',
      '--wd',
      '--',
      '/usr/bin/env',
      '-i',
      'PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin',
      'HOME=/root',
      'LANG=C.UTF-8',
      '/bin/bash',
      '-c',
      script,
    ],
    options,
  );
}

export interface HostFile {
  path: string;
  content: string;
  mode?: number;
  owner?: string;
}

/**
 * Writes files inside a running host, through its own mount namespace (writing into the
 * overlay's upper dir behind a mounted overlay's back is undefined behaviour).
 * Unchanged files are left alone.
 */
export async function writeHostFiles(name: HostName, files: readonly HostFile[]): Promise<void> {
  for (const file of files) {
    const mode = (file.mode ?? 0o644).toString(8);
    const owner = file.owner ?? 'root';
    const path = JSON.stringify(file.path);
    await execInHost(
      name,
      `tmp=$(mktemp); cat >"$tmp"; ` +
        `if cmp -s "$tmp" ${path}; then rm -f "$tmp"; ` +
        `else install -D -m ${mode} -o ${owner} -g ${owner} "$tmp" ${path} && rm -f "$tmp"; fi`,
      { input: file.content },
    );
  }
}

export type HostState = 'running' | 'frozen' | 'partitioned' | 'crashed';

/** What a fault left the host in; a frozen host that is also cut off reports frozen. */
export function hostState(name: HostName): HostState {
  const pid = hostInitPid(name);
  if (!pid) return 'crashed';
  if (isFrozen(pid)) return 'frozen';
  if (isPartitioned(name)) return 'partitioned';
  return 'running';
}
