import type { HostShell } from '../../ssh/host-shell.js';
import { command } from '../../ssh/quote.js';
import { SshCommandError } from '../../ssh/errors.js';
import type { HostFacts } from './facts.js';
import type { HostLayout } from './layout.js';
import { SUPERVISE_SCRIPT } from './supervise-script.js';

export type ServiceName = 'etcd' | 'patroni' | 'haproxy';

/** How Patroni runs on the host: its program and the Python path it needs ('' for the system's). */
export interface PatroniRuntime {
  bin: string;
  pythonPath: string;
}

/**
 * One way to start and restart services, whatever the host's init: systemctl where systemd runs,
 * Keel's small supervisor otherwise (containers, the lab). Chosen from the facts, nowhere else.
 */
export interface ServiceManager {
  readonly kind: 'systemd' | 'supervisor';
  /** Makes the manager ready (the supervisor script, a unit for a carried Patroni); true if it changed anything. */
  install(shell: HostShell): Promise<string[]>;
  isRunning(shell: HostShell, service: ServiceName): Promise<boolean>;
  /** Starts it unless it runs; answers whether it started it. */
  start(shell: HostShell, service: ServiceName): Promise<boolean>;
  restart(shell: HostShell, service: ServiceName): Promise<void>;
}

const exitsZero = async (shell: HostShell, cmd: ReturnType<typeof command>): Promise<boolean> => {
  try {
    await shell.run(cmd, { quiet: true });
    return true;
  } catch (error) {
    if (error instanceof SshCommandError) return false;
    throw error;
  }
};

/** Writes `content` unless the host already has exactly it; answers whether it wrote. */
export async function ensureFile(
  shell: HostShell,
  path: string,
  content: string,
  options: { owner: string; mode: number },
): Promise<boolean> {
  const { stdout } = await shell.run(command('sh', '-c', 'cat "$1" 2>/dev/null || true', 'keel-read', path), {
    quiet: true,
  });
  if (stdout === content) return false;
  await shell.run(command('install', '-d', '-m', '0755', path.slice(0, path.lastIndexOf('/')) || '/'), {
    quiet: true,
  });
  await shell.upload(path, content, options);
  return true;
}

class Supervisor implements ServiceManager {
  readonly kind = 'supervisor';
  constructor(
    private readonly layout: HostLayout,
    private readonly patroni: PatroniRuntime,
  ) {}

  async install(shell: HostShell): Promise<string[]> {
    const env = [
      '# Written by Keel: read by /etc/keel/supervise.',
      `ETCD_CONFIG='${this.layout.etcdConfig}'`,
      `PATRONI_CONFIG='${this.layout.patroniConfig}'`,
      `HAPROXY_CONFIG='${this.layout.haproxyConfig}'`,
      `PATRONI_BIN='${this.patroni.bin}'`,
      `PATRONI_PYTHONPATH='${this.patroni.pythonPath}'`,
      `POSTGRES_HOME='${this.layout.pgpass.slice(0, this.layout.pgpass.lastIndexOf('/'))}'`,
      '',
    ].join('\n');
    const changed: string[] = [];
    if (await ensureFile(shell, this.layout.supervisor, SUPERVISE_SCRIPT, { owner: 'root', mode: 0o755 }))
      changed.push(this.layout.supervisor);
    if (await ensureFile(shell, this.layout.supervisorEnv, env, { owner: 'root', mode: 0o644 }))
      changed.push(this.layout.supervisorEnv);
    return changed;
  }

  isRunning(shell: HostShell, service: ServiceName): Promise<boolean> {
    return exitsZero(shell, command(this.layout.supervisor, 'status', service));
  }

  async start(shell: HostShell, service: ServiceName): Promise<boolean> {
    const { stdout } = await shell.run(command(this.layout.supervisor, 'start', service));
    return stdout.includes('started');
  }

  async restart(shell: HostShell, service: ServiceName): Promise<void> {
    await shell.run(command(this.layout.supervisor, 'stop', service));
    await shell.run(command(this.layout.supervisor, 'start', service));
  }
}

/** Patroni from Keel's carried tree under systemd: a unit of Keel's (the package would bring its own). */
const patroniUnit = (layout: HostLayout, runtime: PatroniRuntime) => `# Written by Keel (provisioning).
[Unit]
Description=Patroni (Keel's Patroni 4 from ${layout.patroniDir})
After=network-online.target etcd.service

[Service]
Type=simple
User=postgres
Group=postgres
Environment=PYTHONPATH=${runtime.pythonPath}
ExecStart=/usr/bin/python3 ${runtime.bin} ${layout.patroniConfig}
ExecReload=/bin/kill -HUP $MAINPID
KillMode=process
Restart=on-failure

[Install]
WantedBy=multi-user.target
`;

class Systemd implements ServiceManager {
  readonly kind = 'systemd';
  constructor(
    private readonly layout: HostLayout,
    private readonly patroni: PatroniRuntime,
  ) {}

  async install(shell: HostShell): Promise<string[]> {
    if (this.patroni.pythonPath === '') return [];
    const path = '/etc/systemd/system/patroni.service';
    if (
      !(await ensureFile(shell, path, patroniUnit(this.layout, this.patroni), { owner: 'root', mode: 0o644 }))
    )
      return [];
    await shell.run(command('systemctl', 'daemon-reload'));
    return [path];
  }

  isRunning(shell: HostShell, service: ServiceName): Promise<boolean> {
    return exitsZero(shell, command('systemctl', 'is-active', '--quiet', service));
  }

  async start(shell: HostShell, service: ServiceName): Promise<boolean> {
    if (await this.isRunning(shell, service)) return false;
    await shell.run(command('systemctl', 'enable', '--now', service));
    return true;
  }

  async restart(shell: HostShell, service: ServiceName): Promise<void> {
    await shell.run(command('systemctl', 'restart', service));
  }
}

export function serviceManagerFor(
  facts: HostFacts,
  layout: HostLayout,
  patroni: PatroniRuntime,
): ServiceManager {
  return facts.init === 'systemd' ? new Systemd(layout, patroni) : new Supervisor(layout, patroni);
}
