import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { requireLabStatus, type LabHostStatus } from '@keel/lab';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HostKeyError, SshCommandError, SshError } from '../src/ssh/errors.js';
import { hostKeyId, type HostKeyPolicy } from '../src/ssh/host-key.js';
import { HostKeyPinRepository, pinEndpoint } from '../src/ssh/host-key-pins.js';
import type { SshLogin } from '../src/ssh/login.js';
import { runPackageCommand } from '../src/ssh/package-lock.js';
import { allOf, command } from '../src/ssh/quote.js';
import { withSsh, type SshAccess, type SshEnv } from '../src/ssh/sessions.js';
import { testApp } from './test-app.js';

// Against the lab's real sshd (root with the lab's key; packages/lab/src/ssh.ts), through Keel's own
// credentials store and host key pins on a throwaway database.

type App = Awaited<ReturnType<typeof testApp>>;
let app: App;
let ssh: SshEnv;
let pins: HostKeyPinRepository;
let host: LabHostStatus;
let login: SshLogin;
/** The lab pinned the host's real key in its known_hosts when it made it. */
let realFingerprint: string;
const trusted: HostKeyPolicy = { trustOnFirstUse: true, decidedBy: 'test' };
const logs: string[] = [];
const job = (signal = new AbortController().signal) => ({
  env: { ssh },
  signal,
  log: async (line: string) => void logs.push(line),
});
const access = (over: Partial<SshAccess> = {}): SshAccess => ({
  host: { name: host.name, address: host.address, port: host.sshPort },
  login,
  policy: trusted,
  ...over,
});
const thrown = async (p: Promise<unknown>): Promise<SshError> => {
  try {
    await p;
  } catch (error) {
    if (error instanceof SshError) return error;
    throw error;
  }
  throw new Error('did not fail');
};

beforeAll(async () => {
  const lab = await requireLabStatus();
  host = lab.hosts.find((h) => h.role === 'db') ?? lab.hosts[0]!;
  app = await testApp();
  ssh = app.jobs.envFor('').ssh;
  pins = new HostKeyPinRepository(app.db);
  const credential = await app.security.credentials.create({
    kind: 'ssh',
    name: 'lab key',
    username: host.sshUser,
    privateKey: readFileSync(host.sshKeyPath, 'utf8'),
  });
  login = await ssh.login(credential.id);
  const line = readFileSync(host.sshKnownHostsPath, 'utf8')
    .split('\n')
    .find((l) => l.startsWith(`${host.address} `));
  realFingerprint = hostKeyId(Buffer.from(line!.split(' ')[2]!, 'base64')).fingerprint;
});

afterAll(async () => {
  await app?.close();
});

describe('SSH to a real host', () => {
  it('shows a new host key for the operator to accept, then pins the accepted one', async () => {
    const ask: HostKeyPolicy = { trustOnFirstUse: false, decidedBy: 'alice' };
    const first = await thrown(withSsh(job(), (s) => s.shell(access({ policy: ask }))));
    expect(first).toBeInstanceOf(HostKeyError);
    expect(first.kind).toBe('host-key-unconfirmed');
    expect((first as HostKeyError).presented.fingerprint).toBe(realFingerprint);
    expect(await pins.find(pinEndpoint(host.address, host.sshPort))).toBeNull();

    const policy = { ...ask, acceptedFingerprint: realFingerprint };
    const name = await withSsh(job(), async (s) =>
      (await s.shell(access({ policy }))).run(command('hostname')),
    );
    expect(name.stdout.trim()).toBe(host.name);
    const pin = await pins.find(pinEndpoint(host.address, host.sshPort));
    expect(pin).toMatchObject({ fingerprint: realFingerprint, origin: 'confirmed', acceptedBy: 'alice' });
  });

  it('refuses a host whose key is not the pinned one, naming the host and both fingerprints', async () => {
    // The same host under another name: its pin is an old key.
    const other = { name: 'pg-reinstalled', address: host.address.toUpperCase(), port: host.sshPort };
    const endpoint = pinEndpoint(host.address, host.sshPort);
    await pins.remove(endpoint);
    const old = 'SHA256:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA';
    await pins.record(endpoint, { keyType: 'ssh-ed25519', fingerprint: old }, 'confirmed', 'alice');
    const error = await thrown(withSsh(job(), (s) => s.shell(access({ host: other }))));
    expect(error.kind).toBe('host-key-changed');
    expect(error.message).toContain(`pg-reinstalled (${other.address}:${other.port})`);
    expect(error.message).toContain(old);
    expect(error.message).toContain(realFingerprint);
    // Refused, not replaced.
    expect((await pins.find(endpoint))?.fingerprint).toBe(old);
    await pins.remove(endpoint);
  });

  it('reuses one connection within a job, streams output to the log, and closes it when the job ends', async () => {
    logs.length = 0;
    let connection: { isOpen: boolean } | undefined;
    await withSsh(job(), async (s) => {
      const a = await s.shell(access());
      const b = await s.shell(access());
      expect(b).toBe(a);
      connection = a.connection;
      await a.run(command('sh', '-c', 'echo one; echo two >&2; echo three'));
      await b.run(command('true'));
      expect(await s.openCount()).toBe(1);
    });
    expect(connection?.isOpen).toBe(false);
    expect(logs).toEqual(
      expect.arrayContaining([
        `[${host.name}] $ sh -c 'echo one; echo two >&2; echo three'`,
        `[${host.name}] one`,
        `[${host.name}] two`,
        `[${host.name}] three`,
      ]),
    );
  });

  it('rejects a non-zero exit with the command, its exit code and the end of stderr', async () => {
    const error = await thrown(
      withSsh(job(), async (s) =>
        (await s.shell(access())).run(command('sh', '-c', 'echo first >&2; echo broken >&2; exit 3')),
      ),
    );
    expect(error).toBeInstanceOf(SshCommandError);
    const e = error as SshCommandError;
    expect(e.exitCode).toBe(3);
    expect(e.command).toBe(`sh -c 'echo first >&2; echo broken >&2; exit 3'`);
    expect(e.stderrTail).toBe('first\nbroken');
    expect(e.message).toContain(
      `on ${host.name} (${host.address}:${host.sshPort}) exited with 3: first\nbroken`,
    );
  });

  it('says which program is missing', async () => {
    const error = await thrown(
      withSsh(job(), async (s) =>
        (await s.shell(access())).run(command('keel-no-such-program', '--version')),
      ),
    );
    expect(error.kind).toBe('command-missing');
    expect(error.message).toMatch(/^keel-no-such-program is not installed on /);
  });

  it('stops waiting for a command that outlives its timeout', async () => {
    const started = Date.now();
    const error = await thrown(
      withSsh(job(), async (s) =>
        (await s.shell(access())).run(command('sleep', '31.7'), { timeoutMs: 500 }),
      ),
    );
    expect(error.kind).toBe('timeout');
    expect(error.message).toMatch(/sleep 31.7 on .* did not finish within 1 s and was stopped/);
    expect(Date.now() - started).toBeLessThan(20_000);
  });

  it('a cancelled job stops its command and closes its connections', async () => {
    const controller = new AbortController();
    let shellOpen: (() => boolean) | undefined;
    setTimeout(() => controller.abort(new Error('cancelled by test')), 1000);
    const started = Date.now();
    const error = await thrown(
      withSsh(job(controller.signal), async (s) => {
        const shell = await s.shell(access());
        shellOpen = () => shell.connection.isOpen;
        return shell.run(command('sleep', '30'));
      }),
    );
    expect(['cancelled', 'disconnected']).toContain(error.kind);
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(shellOpen?.()).toBe(false);
  });

  it('runs nothing that a hostile host name, user or parameter carries (marker file)', async () => {
    const marker = `/tmp/keel-injection-${process.pid}`;
    const hostile = [
      `pg1; touch ${marker}`,
      `$(touch ${marker})`,
      `\`touch ${marker}\``,
      `x' ; touch ${marker} ; echo '`,
      `root\ntouch ${marker}`,
      `&& touch ${marker}`,
    ];
    await withSsh(job(), async (s) => {
      const shell = await s.shell(access());
      for (const word of hostile) {
        const { stdout } = await shell.run(command('printf', '%s', word));
        expect(stdout).toBe(word);
        // As the name of a file too, and as root through the same path provisioning uses.
        await shell.run(
          allOf(
            command('mkdir', '-p', '/tmp/keel-injection-dir'),
            command('touch', `/tmp/keel-injection-dir/${word.replaceAll('/', '_')}`),
          ),
        );
      }
      await shell.run(command('rm', '-rf', '/tmp/keel-injection-dir'));
      await shell.run(command('test', '!', '-e', marker));
    });
  });

  it('uploads a file atomically with its owner and mode, leaving no temporary file', async () => {
    const dir = `/tmp/keel-upload-${process.pid}`;
    const content = "scope: sales\npassword: 'not logged'\n";
    logs.length = 0;
    await withSsh(job(), async (s) => {
      const shell = await s.shell(access());
      await shell.run(command('mkdir', '-p', dir));
      await shell.upload(`${dir}/patroni.yml`, 'old\n', { owner: 'root', mode: 0o600 });
      await shell.upload(`${dir}/patroni.yml`, content, { owner: 'nobody', group: 'nogroup', mode: 0o640 });
      const stat = await shell.run(command('stat', '-c', '%U %G %a', `${dir}/patroni.yml`));
      expect(stat.stdout.trim()).toBe('nobody nogroup 640');
      expect((await shell.run(command('cat', `${dir}/patroni.yml`), { quiet: true })).stdout).toBe(content);
      expect((await shell.run(command('ls', '-A', dir))).stdout.trim()).toBe('patroni.yml');

      // A failed upload (no such owner) leaves the file as it was and no temporary file.
      const error = await thrown(
        shell.upload(`${dir}/patroni.yml`, 'new\n', { owner: 'keel-no-such-user', mode: 0o600 }),
      );
      expect(error.kind).toBe('command-failed');
      expect((await shell.run(command('cat', `${dir}/patroni.yml`), { quiet: true })).stdout).toBe(content);
      expect((await shell.run(command('ls', '-A', dir))).stdout.trim()).toBe('patroni.yml');
      await shell.run(command('rm', '-rf', dir));
    });
    expect(logs.join('\n')).not.toContain('not logged');
  });
});

describe('SSH failures an operator can act on', () => {
  it('a held package lock: waits, then gives up naming the holder', async () => {
    // A real holder of dpkg's lock, as an unattended upgrade would be (an fcntl lock, as apt takes it).
    const hold = command(
      'sh',
      '-c',
      "nohup python3 -c \"import fcntl,time; f=open('/var/lib/dpkg/lock-frontend','w'); fcntl.lockf(f, fcntl.LOCK_EX); time.sleep(20)\" >/dev/null 2>&1 & echo $!",
    );
    logs.length = 0;
    await withSsh(job(), async (s) => {
      const shell = await s.shell(access());
      const pid = Number((await shell.run(hold)).stdout.trim());
      try {
        await new Promise((r) => setTimeout(r, 1000));
        // Fails at the lock before anything else; without the lock it would fail finding the package.
        const install = command('apt-get', 'install', '-y', '--no-download', 'keel-no-such-package');
        const started = Date.now();
        const error = await thrown(
          runPackageCommand(shell, install, {
            waitMs: 3000,
            intervalMs: 1000,
            sleep: (ms) => new Promise((r) => setTimeout(r, ms)),
          }),
        );
        expect(error.kind).toBe('package-lock');
        expect(error.message).toContain(
          `The package manager on ${host.name} (${host.address}:${host.sshPort}) stayed busy for 3 s: /var/lib/dpkg/lock-frontend is held by process ${pid} (python3)`,
        );
        expect(Date.now() - started).toBeGreaterThanOrEqual(3000);
        expect(logs).toContain(
          `[${host.name}] /var/lib/dpkg/lock-frontend is held by process ${pid} (python3); waiting for it`,
        );
      } finally {
        await shell.run(command('kill', String(pid))).catch(() => undefined);
      }
    });
  });

  it('a user who is not root on a host without sudo', async () => {
    const user = 'keeltest';
    const setup = command(
      'sh',
      '-c',
      `id ${user} >/dev/null 2>&1 || useradd -m -p '*' ${user}; mkdir -p /home/${user}/.ssh; cp /root/.ssh/authorized_keys /home/${user}/.ssh/; chown -R ${user} /home/${user}/.ssh`,
    );
    await withSsh(job(), async (s) => (await s.shell(access())).run(setup));
    try {
      const asUser = { ...login, username: user };
      const error = await thrown(
        withSsh(job(), async (s) => {
          const shell = await s.shell(access({ login: asUser }));
          expect((await shell.run(command('id', '-un'), { asUser: true })).stdout.trim()).toBe(user);
          return shell.run(command('true'));
        }),
      );
      expect(error.kind).toBe('sudo');
      expect(error.message).toBe(
        `${user} on ${host.name} (${host.address}:${host.sshPort}) is not root and sudo is not installed there: install sudo and allow ${user} to use it, or log in as root`,
      );
    } finally {
      await withSsh(job(), async (s) => (await s.shell(access())).run(command('userdel', '-r', user)));
    }
  });

  it('a key the host does not accept', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'keel-ssh-'));
    try {
      execFileSync('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-f', join(dir, 'k')]);
      const credential = await app.security.credentials.create({
        kind: 'ssh',
        name: 'wrong key',
        privateKey: readFileSync(join(dir, 'k'), 'utf8'),
      });
      const wrong = await ssh.login(credential.id);
      const error = await thrown(withSsh(job(), (s) => s.shell(access({ login: wrong }))));
      expect(error.kind).toBe('authentication');
      expect(error.message).toContain(
        `refused the SSH login as root with the key ${credential.fingerprint} of credential "wrong key"`,
      );
      expect(error.message).toContain('authorized_keys');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a port where nothing listens', async () => {
    const error = await thrown(
      withSsh(job(), (s) => s.shell(access({ host: { name: 'pg-closed', address: host.address, port: 1 } }))),
    );
    expect(error.kind).toBe('unreachable');
    expect(error.message).toMatch(/Nothing accepts SSH connections on pg-closed .*connection refused.*sshd/);
  });

  it('an address that does not answer', async () => {
    const lab = await requireLabStatus();
    // An address in the lab's own subnet that no lab host has.
    const silent = lab.network.subnet.replace(/\.0\/\d+$/, '.250');
    const started = Date.now();
    const error = await thrown(
      withSsh({ ...job() }, (s) => s.shell(access({ host: { name: 'pg-gone', address: silent, port: 22 } }))),
    );
    expect(error.kind).toBe('unreachable');
    expect(error.message).toMatch(/pg-gone .* did not answer over SSH within|pg-gone .*EHOSTUNREACH/);
    expect(Date.now() - started).toBeLessThan(30_000);
  });
});
