import type { DrillKind } from '@keel/shared';
import type { HostShell } from '../ssh/host-shell.js';
import { command } from '../ssh/quote.js';
import * as scripts from './host-scripts.js';

/** How long an isolated or frozen host waits for Keel before it heals itself (Keel undoes it far sooner). */
export const selfHealSeconds = 300;

/** A fault on the leader's host, and how to undo it. */
export interface HostFault {
  /** What it did, in words (from the host's own output). */
  inject(): Promise<string>;
  /** Undoes it; safe to call twice; what it did. */
  undo(): Promise<string>;
  /**
   * Whether the fault stays until undone (the drill undoes it once a new leader is elected, or gives up
   * waiting); false when the cluster heals it by itself (Patroni restarts a killed PostgreSQL).
   */
  lasting: boolean;
}

/** The kinds whose fault goes over SSH to the leader's host (a planned switchover goes through Patroni). */
export const hostFaultKinds: readonly DrillKind[] = [
  'patroni-stopped',
  'postgres-killed',
  'host-lost',
  'network-isolated',
  'frozen',
];

const script = (text: string, ...args: (string | number)[]) =>
  command('sh', '-c', text, 'keel-drill', ...args);

/** The shell's output, trimmed: what the host said it did. */
async function say(shell: HostShell, text: string, ...args: (string | number)[]): Promise<string> {
  return (await shell.run(script(text, ...args))).stdout.trim();
}

/** Which service manager runs the cluster on this host (see host-scripts.ts). */
export async function serviceManagerOf(shell: HostShell): Promise<string> {
  return say(shell, scripts.detectServiceManager);
}

/**
 * Keel's own address as the host sees it (from the SSH session), so isolation keeps that session open.
 * Read as the login user: sudo drops SSH_CONNECTION.
 */
export async function keelAddressSeenBy(shell: HostShell): Promise<string> {
  const { stdout } = await shell.run(command('sh', '-c', 'echo "$SSH_CONNECTION"'), {
    asUser: true,
    quiet: true,
  });
  const address = stdout.trim().split(/\s+/)[0];
  if (!address) throw new Error(`${shell.name}: the SSH session does not say where Keel connects from`);
  return address;
}

/** The fault of `kind` on the host behind `shell`. */
export async function hostFault(kind: DrillKind, shell: HostShell, sshPort: number): Promise<HostFault> {
  const manager = await serviceManagerOf(shell);
  switch (kind) {
    case 'patroni-stopped':
      return {
        lasting: true,
        inject: async () =>
          (await say(shell, scripts.stopPatroni, manager)) || `Patroni stopped (${manager})`,
        undo: async () => (await say(shell, scripts.startServices, manager)) || 'services started',
      };
    case 'postgres-killed':
      return {
        lasting: false,
        inject: () => say(shell, scripts.killPostmaster),
        undo: () => Promise.resolve('nothing to undo: Patroni restarts PostgreSQL itself'),
      };
    case 'network-isolated': {
      const keel = await keelAddressSeenBy(shell);
      return {
        lasting: true,
        inject: () => say(shell, scripts.isolate, keel, sshPort, selfHealSeconds),
        undo: () => say(shell, scripts.reconnect),
      };
    }
    case 'host-lost': {
      const keel = await keelAddressSeenBy(shell);
      return {
        lasting: true,
        inject: () => say(shell, scripts.loseHost, keel, sshPort, selfHealSeconds),
        undo: async () => {
          const network = await say(shell, scripts.reconnect);
          const services = await say(shell, scripts.startServices, manager);
          return `${network}; ${services || 'services started'}`;
        },
      };
    }
    case 'frozen':
      return {
        lasting: true,
        inject: () => say(shell, scripts.freeze, selfHealSeconds),
        undo: () => say(shell, scripts.thaw),
      };
    case 'planned-switchover':
      throw new Error('a planned switchover is no host fault');
  }
}
