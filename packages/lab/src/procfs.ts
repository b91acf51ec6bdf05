// Reading /proc: which processes belong to a host, and whether they are alive or stopped.
import { readdirSync, readFileSync, readlinkSync, statSync } from 'node:fs';

/** All pids on the machine (numeric entries of /proc). */
export function allPids(): number[] {
  return readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .map(Number);
}

/** Namespace identity, e.g. "net:[4026532310]"; undefined if the process is gone. */
export function namespaceOf(pid: number, kind: 'net' | 'pid' | 'mnt'): string | undefined {
  try {
    return readlinkSync(`/proc/${pid}/ns/${kind}`);
  } catch {
    return undefined;
  }
}

/** Inode of a named network namespace (/run/netns/NAME), as namespaceOf() spells it. */
export function netnsIdentity(netns: string): string | undefined {
  try {
    return `net:[${statSync(`/run/netns/${netns}`).ino}]`;
  } catch {
    return undefined;
  }
}

/** Single-letter process state (R, S, D, T, Z...), undefined if gone. */
export function processState(pid: number): string | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name in parentheses may contain spaces: the state follows the last ')'.
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3);
  } catch {
    return undefined;
  }
}

/** A zombie has already died: only its exit status waits to be collected. */
export function isAlive(pid: number): boolean {
  const state = processState(pid);
  return state !== undefined && state !== 'Z' && state !== 'X';
}

/** The pid chain from the outermost PID namespace inward (NSpid line of /proc/PID/status). */
export function nsPids(pid: number): number[] {
  try {
    const line = readFileSync(`/proc/${pid}/status`, 'utf8')
      .split('\n')
      .find((candidate) => candidate.startsWith('NSpid:'));
    return line ? line.slice(6).trim().split(/\s+/).map(Number) : [];
  } catch {
    return [];
  }
}

/** The process's arguments, one per element ([] if gone). */
export function commandArgs(pid: number): string[] {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8')
      .split('\0')
      .filter((arg) => arg !== '');
  } catch {
    return [];
  }
}

export function pidsWhere(predicate: (pid: number) => boolean): number[] {
  return allPids().filter((pid) => {
    try {
      return predicate(pid);
    } catch {
      return false;
    }
  });
}

export function signal(pid: number, sig: NodeJS.Signals): void {
  try {
    process.kill(pid, sig);
  } catch {
    // Already gone: nothing to do.
  }
}
