import { JobFailure } from '../../jobs/types.js';
import type { HostShell } from '../../ssh/host-shell.js';
import { SshCommandError } from '../../ssh/errors.js';
import { command } from '../../ssh/quote.js';
import type { HostFile } from './render.js';
import type { Host } from './run-host.js';

/** Whether a command exits 0 on the host (a firewall rule already present, say). */
export async function succeeds(shell: HostShell, c: ReturnType<typeof command>): Promise<boolean> {
  try {
    await shell.run(c, { quiet: true });
    return true;
  } catch (error) {
    if (error instanceof SshCommandError) return false;
    throw error;
  }
}

/** The directories the services need, owned by their users; answers those it made. */
export async function prepareDirectories(h: Host): Promise<string[]> {
  const dirs: [string, string, string][] = [];
  if (h.roles.includes('database')) {
    const pgRoot = h.layout.dataDir.slice(0, h.layout.dataDir.lastIndexOf('/'));
    dirs.push(
      [h.layout.etcdDataDir.slice(0, h.layout.etcdDataDir.lastIndexOf('/')), 'etcd', '0700'],
      [h.layout.etcdDataDir, 'etcd', '0700'],
      [pgRoot, 'postgres', '0755'],
      ['/var/log/patroni', 'postgres', '0755'],
      ['/var/log/postgresql', 'postgres', '0755'],
      [h.layout.socketDir, 'postgres', '2775'],
    );
  }
  if (h.roles.includes('load-balancer')) dirs.push(['/run/haproxy', 'root', '0755']);
  // One command: each missing directory made and named; existing ones are left as they are.
  const script =
    'while [ $# -gt 0 ]; do if [ ! -d "$1" ]; then install -d -o "$2" -g "$2" -m "$3" "$1"; echo "$1"; fi; shift 3; done';
  const { stdout } = await h.shell.run(command('sh', '-c', script, 'keel-dirs', ...dirs.flat()), {
    quiet: true,
  });
  return stdout
    .split('\n')
    .filter(Boolean)
    .map((d) => `${d} made`);
}

/** Checks a rendered file with the service's own checker before it replaces the one in use. */
export async function validateFile(h: Host, f: HostFile): Promise<void> {
  const scratch = `/tmp/keel-check-${f.service}-${process.pid}`;
  await h.shell.upload(scratch, f.content, { owner: f.owner, mode: 0o600 });
  try {
    const check =
      f.service === 'haproxy'
        ? command('haproxy', '-c', '-q', '-f', scratch)
        : f.service === 'patroni'
          ? command(
              'env',
              `PYTHONPATH=${h.patroni.pythonPath}`,
              'python3',
              h.patroni.bin,
              '--validate-config',
              scratch,
            )
          : // etcd has no config checker: its file must be VAR="value" lines (systemd's EnvironmentFile).
            command(
              'sh',
              '-c',
              'grep -vqE \'^(#.*|[A-Z0-9_]+="[^"]*"|)$\' "$1" && exit 1; exit 0',
              'keel-etcd-check',
              scratch,
            );
    try {
      await h.shell.run(check, { quiet: f.secret });
    } catch (error) {
      if (error instanceof SshCommandError)
        throw new JobFailure(
          `${h.planned.name}: the rendered ${f.path} did not pass its check (${error.message}); the file in use was not replaced`,
        );
      throw error;
    }
  } finally {
    await h.shell.run(command('rm', '-f', scratch), { quiet: true }).catch(() => undefined);
  }
}
