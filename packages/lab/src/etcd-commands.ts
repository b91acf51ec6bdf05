// `pnpm lab etcd ...`: faults of the DCS itself (see etcd-faults.ts).
import {
  compactEtcd,
  rebuildEtcd,
  restartEtcdMember,
  startEtcdMembers,
  stopEtcdMember,
} from './etcd-faults.js';
import { progress } from './log.js';
import { isHostName, type HostName } from './topology.js';

export const ETCD_USAGE = `  etcd restart NODE             SIGKILL one etcd member and start it again
  etcd stop|start NODE...       SIGKILL etcd members / start them again (together) with their data
  etcd compact                  compact etcd's history up to its current revision
  etcd rebuild                  replace the whole etcd cluster with an empty one (Patroni restarted)`;

/** Thrown for a command line that does not say what to do; the CLI prints the usage with it. */
export class EtcdUsageError extends Error {}

export async function runEtcdFault(args: string[]): Promise<void> {
  const [what, ...nodes] = args;
  const dbNodes = nodes.filter((n): n is HostName => isHostName(n) && n !== 'lb');
  const needsNodes = what === 'restart' || what === 'stop' || what === 'start';
  if (needsNodes && (dbNodes.length === 0 || dbNodes.length !== nodes.length)) {
    throw new EtcdUsageError(`etcd ${what} needs database hosts (${nodes.join(' ') || 'none given'})`);
  }
  switch (what) {
    case 'rebuild':
      await rebuildEtcd();
      return progress('etcd: rebuilt from nothing (same members, empty store, revisions from 1)');
    case 'compact':
      return progress(`etcd: history compacted up to revision ${await compactEtcd()}`);
    case 'restart':
      for (const node of dbNodes) await restartEtcdMember(node);
      return progress(`${dbNodes.join(', ')}: etcd killed and started again`);
    case 'stop':
      for (const node of dbNodes) await stopEtcdMember(node);
      return progress(`${dbNodes.join(', ')}: etcd stopped`);
    case 'start':
      await startEtcdMembers(dbNodes);
      return progress(`${dbNodes.join(', ')}: etcd started`);
    case undefined:
    default:
      throw new EtcdUsageError('etcd needs: restart|stop|start NODE... (database hosts) | compact | rebuild');
  }
}
