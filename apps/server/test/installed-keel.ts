import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';

/** What keel.service says about how Keel runs: the parts a start without systemd must copy. */
export interface UnitStart {
  user: string;
  group: string;
  workingDirectory: string;
  environmentFile: string;
  environment: Record<string, string>;
  execStart: string[];
}

/** Reads the [Service] settings that decide how the process starts from an installed keel.service. */
export function readUnit(file: string): UnitStart {
  const settings = new Map<string, string[]>();
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const match = /^(\w+)=(.*)$/.exec(line.trim());
    if (match) settings.set(match[1]!, [...(settings.get(match[1]!) ?? []), match[2]!]);
  }
  const one = (key: string): string => {
    const values = settings.get(key);
    if (values?.length !== 1)
      throw new Error(`keel.service: expected one ${key}=, found ${values?.length ?? 0}`);
    return values[0]!;
  };
  const environment = Object.fromEntries(
    (settings.get('Environment') ?? []).map((pair) => pair.split(/=(.*)/s).slice(0, 2) as [string, string]),
  );
  return {
    user: one('User'),
    group: one('Group'),
    workingDirectory: one('WorkingDirectory'),
    environmentFile: one('EnvironmentFile'),
    environment,
    execStart: one('ExecStart').split(/\s+/),
  };
}

/** An EnvironmentFile as systemd reads it: KEY=value lines; blank lines and # comments skipped. */
export function readEnvironmentFile(file: string): Record<string, string> {
  const env: Record<string, string> = {};
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const match = /^([A-Za-z_][A-Za-z0-9_]*)=(.*)$/.exec(line.trim());
    if (match) env[match[1]!] = match[2]!;
  }
  return env;
}

/**
 * Starts Keel as systemd would from the unit: as its user and group (setpriv, with no new privileges), in
 * its working directory, with only the environment systemd gives a service (PATH, HOME, USER, the unit's
 * Environment= and the EnvironmentFile). `overrides` replace variables of the file (a second instance).
 */
export function startAsUnit(
  unit: UnitStart,
  home: string,
  overrides: Record<string, string> = {},
): { child: ChildProcess; output: () => string } {
  const env = {
    PATH: '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin',
    HOME: home,
    USER: unit.user,
    LOGNAME: unit.user,
    ...unit.environment,
    ...readEnvironmentFile(unit.environmentFile),
    ...overrides,
  };
  const child = spawn(
    'setpriv',
    [
      `--reuid=${unit.user}`,
      `--regid=${unit.group}`,
      '--init-groups',
      '--no-new-privs',
      '--',
      ...unit.execStart,
    ],
    { cwd: unit.workingDirectory, env, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return { child, output: () => output };
}

/** Resolves once Keel answers its health check; fails with the process output if it exits or is slow. */
export async function waitUntilServing(
  base: string,
  started: { child: ChildProcess; output: () => string },
  timeoutMs = 90_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (started.child.exitCode !== null) {
      throw new Error(`keel exited with ${started.child.exitCode}:\n${started.output()}`);
    }
    try {
      if ((await fetch(`${base}/api/v1/health`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`keel did not answer within ${timeoutMs} ms:\n${started.output()}`);
}

/** Stops it as systemd does (SIGTERM) and returns the exit code. */
export async function stop(child: ChildProcess): Promise<number | null> {
  if (child.exitCode !== null) return child.exitCode;
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  child.kill('SIGTERM');
  return exited;
}

/** A browser-like session: the cookie and CSRF token from signing in, sent on every later request. */
export async function signIn(base: string, username: string, password: string) {
  const response = await fetch(`${base}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  const body = (await response.json()) as { csrfToken?: string; user?: { username: string } };
  const cookie = (response.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const request = (pathname: string, init: { method?: string; body?: unknown } = {}) =>
    fetch(`${base}${pathname}`, {
      method: init.method ?? 'GET',
      headers: {
        cookie,
        'x-csrf-token': body.csrfToken ?? '',
        ...(init.body !== undefined && { 'content-type': 'application/json' }),
      },
      body: init.body === undefined ? null : JSON.stringify(init.body),
    });
  return { status: response.status, setCookie: response.headers.get('set-cookie'), body, request };
}
