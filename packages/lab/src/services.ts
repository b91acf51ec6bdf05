// Services inside the hosts. There is no systemd: each host gets a small launcher
// (/etc/keel-lab/start-services) that starts whatever of its services is not running, so
// `up` and `restart NODE` boot a host the same way.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { LabCredentials } from './credentials.js';
import { execInHost, writeHostFiles, type HostFile } from './hosts.js';
import { IN_HOST, hostScriptsDir } from './paths.js';
import { serviceConfigFiles } from './render.js';
import type { LabState } from './state.js';
import type { HostSpec } from './topology.js';

/**
 * `etcdOnly`: the secure lab's first boot starts etcd without Patroni, so that etcd's users exist and
 * auth is on before Patroni first signs in (etcd-auth.ts).
 */
function servicesOf(host: HostSpec, bare: boolean, etcdOnly = false): string[] {
  if (bare) return ['sshd'];
  switch (host.role) {
    case 'db':
      return etcdOnly ? ['sshd', 'etcd'] : ['sshd', 'etcd', 'patroni'];
    case 'lb':
      return ['sshd', 'haproxy'];
  }
}

function launcherFiles(host: HostSpec, state: LabState, etcdOnly: boolean): HostFile[] {
  const env = [
    '# Written by the lab; read by /etc/keel-lab/start-services.',
    `SERVICES=${JSON.stringify(servicesOf(host, state.bare, etcdOnly).join(' '))}`,
    `PATRONI_VERSION=${JSON.stringify(state.patroni.version)}`,
    `PATRONI_BIN=${JSON.stringify(state.patroni.bin)}`,
    `PATRONI_PYTHONPATH=${JSON.stringify(state.patroni.pythonPath)}`,
    '',
  ].join('\n');
  return [
    { path: IN_HOST.hostEnv, content: env },
    {
      path: IN_HOST.launcher,
      content: readFileSync(join(hostScriptsDir, 'start-services.sh'), 'utf8'),
      mode: 0o755,
    },
  ];
}

/** Writes the launcher and, unless the lab is bare, the services' configuration. */
export async function writeHostConfig(
  host: HostSpec,
  state: LabState,
  credentials: LabCredentials,
  { etcdOnly = false } = {},
): Promise<void> {
  const files = launcherFiles(host, state, etcdOnly);
  if (!state.bare) {
    files.push(...serviceConfigFiles(host, credentials, state.style ?? 'keel', state.secure === true));
  }
  await writeHostFiles(host.name, files);
}

/** Runs the host's launcher; returns what it says it did. */
export async function startServices(host: HostSpec): Promise<string> {
  const { stdout } = await execInHost(host.name, IN_HOST.launcher);
  return stdout.trim().split('\n').join(', ');
}
