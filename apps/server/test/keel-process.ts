import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, openSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildApp } from '../src/build-app.js';
import { loadConfig } from '../src/config.js';
import { testPassword } from './test-app.js';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** Bearer tokens made on the data directory before the server process owns it. */
export async function makeTokens(dataDir: string): Promise<{ admin: string; operator: string }> {
  const app = await buildApp(loadConfig({ KEEL_DATA_DIR: dataDir }), false);
  try {
    const tokens = { admin: '', operator: '' };
    for (const role of ['admin', 'operator'] as const) {
      const user = await app.security.users.create({
        username: role,
        password: testPassword,
        role,
        mustChangePassword: false,
      });
      tokens[role] = (await app.security.tokens.create({ id: user.id, role }, { name: role, role })).token;
    }
    return tokens;
  } finally {
    await app.close();
  }
}

/**
 * Keel's server as production runs it (apps/server/src/server.ts) in a process of its own, on a given
 * data directory, so a test can SIGKILL it (no `close()`, no shutdown hook) and start it again.
 */
export class KeelProcess {
  private constructor(
    private readonly child: ChildProcess,
    readonly base: string,
    readonly logFile: string,
  ) {}

  static async start(dataDir: string, run: number, env: NodeJS.ProcessEnv = {}): Promise<KeelProcess> {
    const port = await freePort();
    const logFile = path.join(dataDir, `keel-${run}.log`);
    const fd = openSync(logFile, 'a');
    // `node --import tsx` (not the tsx CLI, which forks): the PID we kill is the server itself.
    const child = spawn(process.execPath, ['--import', 'tsx', 'apps/server/src/server.ts'], {
      cwd: repoRoot,
      env: {
        ...process.env,
        KEEL_PORT: String(port),
        KEEL_HOST: '127.0.0.1',
        KEEL_DATA_DIR: dataDir,
        KEEL_LOG_LEVEL: 'info',
        ...env,
      },
      stdio: ['ignore', fd, fd],
    });
    closeSync(fd);
    const keel = new KeelProcess(child, `http://127.0.0.1:${port}`, logFile);
    const deadline = Date.now() + 60_000;
    for (;;) {
      if (child.exitCode !== null) throw new Error(`Keel exited at start:\n${keel.logTail()}`);
      const ok = await fetch(`${keel.base}/api/v1/health`).then(
        (r) => r.ok,
        () => false,
      );
      if (ok) return keel;
      if (Date.now() > deadline) throw new Error(`Keel did not answer within 60 s:\n${keel.logTail()}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  /** SIGKILL: the process ends at once, whatever it was doing; nothing of Keel's runs after it. */
  async kill(): Promise<void> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return;
    const exited = new Promise((resolve) => this.child.once('exit', resolve));
    this.child.kill('SIGKILL');
    await exited;
  }

  logTail(lines = 40): string {
    return readFileSync(this.logFile, 'utf8').split('\n').slice(-lines).join('\n');
  }

  async api<T>(
    token: string,
    method: string,
    url: string,
    body?: unknown,
  ): Promise<{ status: number; body: T }> {
    const res = await fetch(`${this.base}/api/v1${url}`, {
      method,
      headers: {
        authorization: `Bearer ${token}`,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    return { status: res.status, body: (text ? JSON.parse(text) : null) as T };
  }
}
