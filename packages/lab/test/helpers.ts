// Shared by the lab's integration tests: run the lab CLI, talk SQL, wait for health.
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import pg from 'pg';
import { readCredentials } from '../src/credentials.js';
import { waitFor } from '../src/exec.js';
import { checkHealth, type HealthReport } from '../src/health.js';
import { requireLabStatus, type LabStatus } from '../src/status.js';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

/** Runs `pnpm lab ARGS` like a person would; throws with its output when it fails. */
export async function lab(...args: string[]): Promise<string> {
  const { stdout } = await promisify(execFile)('pnpm', ['lab', ...args], { cwd: repoRoot, timeout: 170_000 });
  return stdout;
}

export type RunningLab = Awaited<ReturnType<typeof requireLabStatus>>;

export function labStatus(): Promise<RunningLab> {
  return requireLabStatus();
}

export function hostAddress(status: LabStatus, name: string): string {
  const host = status.hosts.find((candidate) => candidate.name === name);
  if (!host) throw new Error(`no host ${name}`);
  return host.address;
}

export interface Target {
  host: string;
  port: number;
}

export async function connect(status: RunningLab, target: Target, timeoutMs = 3000): Promise<pg.Client> {
  const client = new pg.Client({
    ...target,
    user: status.credentials.superuser.username,
    password: status.credentials.superuser.password,
    database: 'postgres',
    connectionTimeoutMillis: timeoutMs,
    query_timeout: timeoutMs,
  });
  client.on('error', () => undefined);
  await client.connect();
  return client;
}

export async function query<R extends pg.QueryResultRow>(
  status: RunningLab,
  target: Target,
  text: string,
  values: unknown[] = [],
): Promise<R[]> {
  const client = await connect(status, target);
  try {
    return (await client.query<R>(text, values)).rows;
  } finally {
    await client.end().catch(() => undefined);
  }
}

export const readWrite = (status: LabStatus): Target => status.haproxy.readWrite;
export const readOnly = (status: LabStatus): Target => status.haproxy.readOnly;

/** Waits until the lab's own health check passes (one leader, two streaming replicas, lb). */
export async function waitHealthy(timeoutMs = 90_000): Promise<HealthReport> {
  const credentials = readCredentials();
  if (!credentials) throw new Error('no lab credentials: run `pnpm lab up`');
  let last: HealthReport | undefined;
  try {
    return await waitFor(
      'the lab to be healthy',
      async () => {
        last = await checkHealth(credentials);
        return last.healthy ? last : undefined;
      },
      { timeoutMs, intervalMs: 500 },
    );
  } catch (error) {
    throw new Error(`${(error as Error).message}: ${last?.problems.join('; ') ?? ''}`, { cause: error });
  }
}

export async function patroniConfig(status: LabStatus, body: object): Promise<void> {
  let lastError: unknown;
  for (const host of status.hosts.filter((candidate) => candidate.patroniUrl)) {
    try {
      const response = await fetch(`${host.patroniUrl}/config`, {
        method: 'PATCH',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
        signal: AbortSignal.timeout(3000),
      });
      if (response.ok) return;
      lastError = new Error(`PATCH ${host.patroniUrl}/config: HTTP ${response.status}`);
    } catch (error) {
      lastError = error;
    }
  }
  throw lastError instanceof Error ? lastError : new Error('no Patroni member accepted PATCH /config');
}
