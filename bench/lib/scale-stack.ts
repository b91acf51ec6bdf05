import type { ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { waitUntil } from './async.js';
import { etcdHealthy } from './etcd-http.js';
import { benchAdminPassword } from './keel-client.js';
import type { Processes } from './processes.js';
import type { FromStandIn, ToStandIn } from './scale-topology.js';

export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

/** A free TCP port on 127.0.0.1 (the kernel's choice; released just before use). */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (address === null || typeof address === 'string') throw new Error('no free port');
  return address.port;
}

/** Throws if something already listens on 127.0.0.1:port. */
export async function assertPortFree(port: number): Promise<void> {
  const server = createServer();
  await new Promise<void>((resolve, reject) => {
    server.once('error', () => reject(new Error(`127.0.0.1:${port} is in use: another benchmark running?`)));
    server.listen(port, '127.0.0.1', resolve);
  });
  await new Promise<void>((resolve) => server.close(() => resolve()));
}

/** A throwaway single-member etcd (Debian's 3.4) with its data in the benchmark's temp dir. */
export async function startEtcd(
  procs: Processes,
  clientPort: number,
  peerPort: number,
): Promise<ChildProcess> {
  await assertPortFree(clientPort);
  await assertPortFree(peerPort);
  const client = `http://127.0.0.1:${clientPort}`;
  const peer = `http://127.0.0.1:${peerPort}`;
  const etcd = procs.spawn('etcd', '/usr/bin/etcd', [
    '--name=bench',
    `--data-dir=${path.join(procs.root, 'etcd')}`,
    `--listen-client-urls=${client}`,
    `--advertise-client-urls=${client}`,
    `--listen-peer-urls=${peer}`,
    `--initial-advertise-peer-urls=${peer}`,
    `--initial-cluster=bench=${peer}`,
  ]);
  await waitUntil('etcd to answer', async () => ((await etcdHealthy(client)) ? true : undefined), 20_000);
  return etcd;
}

/** The Patroni stand-in child process (bench/fake-patroni.ts), driven over its IPC channel. */
export class StandIn {
  private readonly waiting: ((message: FromStandIn) => void)[] = [];

  private constructor(readonly child: ChildProcess) {
    child.on('message', (message: FromStandIn) => this.waiting.shift()?.(message));
  }

  static async start(procs: Processes, clusters: number, port: number): Promise<StandIn> {
    const child = procs.spawn(
      'fake-patroni',
      process.execPath,
      ['--import', 'tsx', 'bench/fake-patroni.ts', String(clusters), String(port)],
      { cwd: repoRoot, ipc: true },
    );
    const standIn = new StandIn(child);
    const ready = await standIn.reply(30_000);
    if (ready.type !== 'ready')
      throw new Error(`the Patroni stand-in did not start: ${JSON.stringify(ready)}`);
    return standIn;
  }

  /** Makes `leader` the leader in every answer from now on (new timeline, a /history row); answers the timeline. */
  async switchLeader(scope: string, leader: string): Promise<number> {
    const reply = await this.ask({ type: 'switch', scope, leader });
    if (reply.type !== 'switched') throw new Error(`stand-in: ${JSON.stringify(reply)}`);
    return reply.timeline;
  }

  async stats(): Promise<{ requests: number; byPath: Record<string, number> }> {
    const reply = await this.ask({ type: 'stats' });
    if (reply.type !== 'stats') throw new Error(`stand-in: ${JSON.stringify(reply)}`);
    return reply;
  }

  private ask(message: ToStandIn): Promise<FromStandIn> {
    const reply = this.reply(5_000);
    this.child.send(message);
    return reply;
  }

  /** The next message from the stand-in; replies come in the order of the questions. */
  private reply(timeoutMs: number): Promise<FromStandIn> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('the Patroni stand-in did not answer')), timeoutMs);
      this.waiting.push((message) => {
        clearTimeout(timer);
        resolve(message);
      });
    });
  }
}

/** Keel's server as people run it (apps/server/src/server.ts), in its own process so its CPU is its own. */
export async function startKeel(
  procs: Processes,
  port: number,
): Promise<{ child: ChildProcess; base: string }> {
  // `node --import tsx` (not the tsx CLI, which forks) keeps the server in the process we measure.
  // BENCH_KEEL_NODE_ARGS adds Node options, e.g. `--cpu-prof --cpu-prof-dir=/tmp/keel-prof` to profile it.
  const nodeArgs = (process.env.BENCH_KEEL_NODE_ARGS ?? '').split(' ').filter(Boolean);
  const args = [...nodeArgs, '--import', 'tsx', 'apps/server/src/server.ts'];
  const child = procs.spawn('keel', process.execPath, args, {
    cwd: repoRoot,
    env: {
      ...process.env,
      KEEL_PORT: String(port),
      KEEL_HOST: '127.0.0.1',
      KEEL_DATA_DIR: path.join(procs.root, 'keel-data'),
      KEEL_LOG_LEVEL: 'warn',
      // Used only if this Keel has sign-in: the first admin, whom the benchmark signs in as.
      KEEL_ADMIN_PASSWORD: benchAdminPassword,
    },
  });
  const base = `http://127.0.0.1:${port}`;
  await waitUntil(
    'Keel to answer /api/v1/health',
    async () => ((await fetch(`${base}/api/v1/health`)).ok ? true : undefined),
    60_000,
  ).catch((error: unknown) => {
    throw new Error(`${error instanceof Error ? error.message : String(error)}\n${procs.logTail('keel')}`);
  });
  return { child, base };
}
