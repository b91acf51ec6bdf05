// The lab's commands (see `pnpm lab help`); cli.ts loads this once the settings are known good.
import { down } from './down.js';
import { ETCD_USAGE, EtcdUsageError, runEtcdFault } from './etcd-commands.js';
import { runFault, type FaultCommand } from './faultcommands.js';
import { progress } from './log.js';
import { formatStatus, readLabStatus } from './status.js';
import { labDir } from './paths.js';
import { BRIDGE, HOSTS, LAB_NAME, isHostName } from './topology.js';
import { up } from './up.js';
import { withLabLock } from './lock.js';
import type { PatroniMajor } from './state.js';

const USAGE = `usage: pnpm lab <command>
  up [--bare] [--patroni=4|3] [--guide] [--secure]
                                start the lab (or repair it) and wait until healthy
                                --bare: hosts with sshd only; Patroni 3 also via KEEL_LAB_PATRONI=3
                                --secure: a lab CA; TLS on etcd (client-cert auth), Patroni's REST
                                API and PostgreSQL; users on etcd and Patroni; Patroni 4 only
                                --guide: as older guides set it up: Patroni's etcd: section (etcd's
                                v2 API, enabled) and HAProxy checking the deprecated /master
  down                          remove every process, namespace, link and file of the lab
  status [--json]               hosts, endpoints, credentials, leader
  crash NODE                    kill every process of the host at once (SIGKILL)
  restart NODE                  bring a crashed host back with its disk, sshd and services
  freeze NODE | thaw NODE       SIGSTOP / SIGCONT every process of the host
  partition NODE | heal NODE    cut the host off the network / restore it
${ETCD_USAGE}
NODE is one of: ${HOSTS.map((host) => host.name).join(', ')}
network: KEEL_LAB_SUBNET=${BRIDGE.cidr}, KEEL_LAB_NAME=${LAB_NAME} (bridge ${BRIDGE.name})
state dir: ${labDir()} ($KEEL_LAB_DIR, else /var/lib/$KEEL_LAB_NAME-lab)`;

const FAULTS: readonly FaultCommand[] = ['crash', 'restart', 'freeze', 'thaw', 'partition', 'heal'];

class UsageError extends Error {}

function patroniMajor(flags: string[]): PatroniMajor {
  const flag = flags.find((arg) => arg.startsWith('--patroni='))?.slice('--patroni='.length);
  const value = flag ?? process.env.KEEL_LAB_PATRONI ?? '4';
  if (value === '4' || value === '4.0.7') return 4;
  if (value === '3' || value === '3.0.2') return 3;
  throw new UsageError(`unknown Patroni version "${value}" (use 4 or 3)`);
}

function secureFlag(flags: string[]): boolean {
  if (!flags.includes('--secure')) return false;
  // Measured with Patroni 4.0.7 only; 3.0.2 also loses acknowledged writes with etcd3 (environment.md).
  if (patroniMajor(flags) !== 4) throw new UsageError('--secure runs with Patroni 4 only');
  if (flags.includes('--guide')) throw new UsageError('--secure and --guide do not go together');
  return true;
}

function isFault(command: string): command is FaultCommand {
  return (FAULTS as readonly string[]).includes(command);
}

async function main(argv: string[]): Promise<void> {
  const [command, ...rest] = argv;
  const flags = rest.filter((arg) => arg.startsWith('--'));
  const args = rest.filter((arg) => !arg.startsWith('--'));
  switch (command) {
    case 'up':
      await withLabLock(() =>
        up({
          bare: flags.includes('--bare'),
          patroniMajor: patroniMajor(flags),
          style: flags.includes('--guide') ? 'guide' : 'keel',
          secure: secureFlag(flags),
        }),
      );
      return;
    case 'down':
      await withLabLock(down);
      return;
    case 'etcd':
      await withLabLock(() => runEtcdFault(args));
      return;
    case 'status': {
      const status = await readLabStatus();
      process.stdout.write(
        `${flags.includes('--json') ? JSON.stringify(status, null, 2) : formatStatus(status)}\n`,
      );
      return;
    }
    case undefined:
    case 'help':
    case '--help':
      process.stdout.write(`${USAGE}\n`);
      return;
    default: {
      if (!isFault(command)) throw new UsageError(`unknown command "${command}"`);
      if (args.length !== 1) throw new UsageError(`${command} needs one NODE`);
      const name = args[0]!;
      if (!isHostName(name)) {
        throw new UsageError(`unknown NODE "${name}": use one of ${HOSTS.map((h) => h.name).join(', ')}`);
      }
      await withLabLock(() => runFault(command, name));
    }
  }
}

main(process.argv.slice(2)).then(
  // Exit explicitly: idle keep-alive sockets must not hold the CLI open.
  () => process.exit(0),
  (error: unknown) => {
    if (error instanceof UsageError || error instanceof EtcdUsageError) {
      process.stderr.write(`lab: ${error.message}\n\n${USAGE}\n`);
      process.exit(2);
    }
    progress(`failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
