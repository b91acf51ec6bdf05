import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { readLabStatus, requireLabStatus } from '@keel/lab';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

/**
 * Runs `pnpm lab ARGS`, as a person would. A bare `up` keeps the lab's mode: in the secure stage the
 * same test files repair the secure lab rather than rebuild the open one.
 */
export async function lab(...args: string[]): Promise<string> {
  if (args.length === 1 && args[0] === 'up' && (await readLabStatus()).mode === 'secure')
    args.push('--secure');
  const { stdout } = await promisify(execFile)('pnpm', ['lab', ...args], { cwd: repoRoot, timeout: 240_000 });
  return stdout;
}

/** Runs a command on a lab host over SSH as root, with the lab's key and pinned host key. */
export async function labSsh(host: string, command: string): Promise<string> {
  const status = await requireLabStatus();
  const h = status.hosts.find((x) => x.name === host);
  if (!h) throw new Error(`no lab host ${host}`);
  const { stdout } = await promisify(execFile)(
    'ssh',
    [
      '-i',
      h.sshKeyPath,
      '-o',
      `UserKnownHostsFile=${h.sshKnownHostsPath}`,
      '-o',
      'StrictHostKeyChecking=yes',
      '-o',
      'BatchMode=yes',
      `${h.sshUser}@${h.address}`,
      command,
    ],
    { timeout: 60_000 },
  );
  return stdout;
}

/** One command to HAProxy's runtime API on the lab's load balancer, as an operator would over SSH. */
export async function haproxyAdmin(command: string): Promise<string> {
  const socketPath = (await requireLabStatus()).haproxy.statsSocket ?? '/run/haproxy/admin.sock';
  const script = `import socket; s = socket.socket(socket.AF_UNIX); s.connect(${JSON.stringify(socketPath)}); s.sendall(${JSON.stringify(`${command}\n`)}.encode()); print(s.recv(65536).decode())`;
  return labSsh('lb', `/usr/bin/python3 -c '${script}'`);
}

/**
 * SIGSTOP / SIGCONT of a replica's WAL receiver: it stops receiving while Patroni and PostgreSQL
 * keep answering, so the replica falls behind for real (the process title is matched from its start,
 * so the SSH command's own shell is never matched).
 */
export async function walReceiver(host: string, action: 'freeze' | 'thaw'): Promise<void> {
  const signal = action === 'freeze' ? 'STOP' : 'CONT';
  await labSsh(host, `kill -${signal} $(pgrep -f '^postgres: .*walreceiver')`);
}

/** Polls `probe` until it returns a value other than undefined, or fails with what it last saw. */
export async function eventually<T>(
  what: string,
  probe: () => Promise<T | undefined>,
  { timeoutMs = 60_000, intervalMs = 250 } = {},
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  while (Date.now() < deadline) {
    try {
      const value = await probe();
      if (value !== undefined) return value;
    } catch (error) {
      lastError = error;
    }
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
  throw new Error(
    `timed out after ${timeoutMs} ms waiting for ${what}${lastError instanceof Error ? `: ${lastError.message}` : ''}`,
  );
}

/**
 * TLS for the tests' own clients (their writer, their direct reads of Patroni), from the lab's state:
 * nothing on the open lab. The lab's certificates also name the load balancer, so a connection through
 * HAProxy is checked in full, as Keel's probe checks it.
 */
export async function labClientTls(): Promise<{
  pgSsl: { ca: string } | undefined;
  tls: { ca: string; cert: string; key: string; verify: true } | undefined;
}> {
  const status = await readLabStatus();
  if (status.mode !== 'secure' || !status.secure) return { pgSsl: undefined, tls: undefined };
  const ca = readFileSync(status.secure.caFile, 'utf8');
  return {
    pgSsl: { ca },
    tls: {
      ca,
      cert: readFileSync(status.secure.clientCertFile, 'utf8'),
      key: readFileSync(status.secure.clientKeyFile, 'utf8'),
      verify: true,
    },
  };
}
