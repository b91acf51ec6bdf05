// SSH access to the lab's hosts: one ed25519 client key made by the lab, one host key per
// host (pinned in the lab's known_hosts), root login with that key only.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { run, waitFor, type RunResult } from './exec.js';
import { execInHost, writeHostFiles } from './hosts.js';
import { IN_HOST, labPaths } from './paths.js';
import { LAB_TIMEOUTS } from './timings.js';
import { PORTS, type HostSpec } from './topology.js';

export const SSH_USER = 'root';

export async function ensureClientKey(): Promise<void> {
  mkdirSync(labPaths.sshDir(), { recursive: true, mode: 0o700 });
  if (!existsSync(labPaths.sshKey())) {
    await run('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-C', 'keel-lab', '-f', labPaths.sshKey()]);
  }
}

function sshdConfig(host: HostSpec): string {
  return `# sshd of lab host ${host.name}, written by the lab. Root login with the lab's key only.
Port ${PORTS.ssh}
ListenAddress ${host.address}
HostKey ${IN_HOST.sshHostKey}
PermitRootLogin prohibit-password
PubkeyAuthentication yes
AuthorizedKeysFile .ssh/authorized_keys
PasswordAuthentication no
KbdInteractiveAuthentication no
# No PAM: there is no login session machinery in a lab host.
UsePAM no
PidFile /run/sshd.pid
PrintMotd no
AcceptEnv LANG LC_*
Subsystem sftp /usr/lib/openssh/sftp-server
`;
}

/** Writes the host's sshd config and authorized key, makes its host key, pins it. */
export async function prepareHostSsh(host: HostSpec): Promise<void> {
  const clientKey = readFileSync(`${labPaths.sshKey()}.pub`, 'utf8');
  await writeHostFiles(host.name, [
    { path: IN_HOST.sshdConfig, content: sshdConfig(host) },
    { path: IN_HOST.authorizedKeys, content: clientKey, mode: 0o600 },
  ]);
  const { stdout } = await execInHost(
    host.name,
    `chmod 700 /root/.ssh; k=${IN_HOST.sshHostKey}; ` +
      `[ -f "$k" ] || ssh-keygen -q -t ed25519 -N '' -C root@${host.name} -f "$k"; cat "$k.pub"`,
  );
  pinHostKey(host, stdout.trim());
}

/** Records the host's key in the lab's known_hosts (replacing an older one). */
function pinHostKey(host: HostSpec, publicKey: string): void {
  const [type, key] = publicKey.split(/\s+/);
  const file = labPaths.knownHosts();
  const others = existsSync(file)
    ? readFileSync(file, 'utf8')
        .split('\n')
        .filter((line) => line.trim() !== '' && !line.startsWith(`${host.address} `))
    : [];
  writeFileSync(file, [...others, `${host.address} ${type} ${key}`, ''].join('\n'));
}

/** ssh options for a host: the lab's key, its pinned host key, never a prompt. */
export function sshArgs(host: HostSpec): string[] {
  return [
    '-i',
    labPaths.sshKey(),
    '-o',
    'IdentitiesOnly=yes',
    '-o',
    `UserKnownHostsFile=${labPaths.knownHosts()}`,
    '-o',
    'StrictHostKeyChecking=yes',
    '-o',
    'BatchMode=yes',
    '-o',
    'ConnectTimeout=3',
    '-o',
    'LogLevel=ERROR',
    `${SSH_USER}@${host.address}`,
  ];
}

export function sshExec(host: HostSpec, command: string): Promise<RunResult> {
  return run('ssh', [...sshArgs(host), command], { timeoutMs: 30_000 });
}

function tcpAnswers(address: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host: address, port, timeout: 1000 });
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
    socket.once('timeout', () => done(false));
  });
}

/** Polls until a real SSH login works (sshd refuses the first connections after start). */
export async function waitForSsh(host: HostSpec): Promise<void> {
  await waitFor(
    `ssh on ${host.name} (${host.address})`,
    async () => {
      if (!(await tcpAnswers(host.address, PORTS.ssh))) return undefined;
      const { stdout } = await sshExec(host, 'hostname');
      if (stdout.trim() !== host.name) throw new Error(`ssh ${host.address} answered as "${stdout.trim()}"`);
      return true;
    },
    { timeoutMs: LAB_TIMEOUTS.sshMs, intervalMs: 100 },
  );
}
