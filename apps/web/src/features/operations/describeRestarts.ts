import type { OperationOf, OperationOptions } from './operation.js';
import { leaderOf, list, reads, writes, type OperationCluster, type OperationText } from './operationText.js';

/** A restart of one member, or of the whole cluster one member at a time. */
export function describeRestart(
  op: OperationOf<'restart'>,
  cluster: OperationCluster,
  options: OperationOptions,
): OperationText {
  const leader = leaderOf(cluster);
  if (op.member !== undefined) {
    const isLeader = op.member === cluster.leader;
    return {
      title: `Restart PostgreSQL on ${op.member}?`,
      confirmLabel: options.scheduledAt ? 'Schedule restart' : 'Restart',
      tone: 'primary',
      effects: isLeader
        ? [
            `Patroni restarts PostgreSQL on the leader ${op.member}; it stays leader, and Patroni does not fail over meanwhile.`,
            `${writes(cluster)} fail until PostgreSQL is back, usually a few seconds. To avoid that gap, switch over first and restart ${op.member} as a replica.`,
          ]
        : [
            `Patroni restarts PostgreSQL on ${op.member}. It leaves ${reads(cluster)} until it is streaming again.`,
            `Writes are not affected.`,
          ],
    };
  }
  const replicas = cluster.members.filter((m) => m.name !== cluster.leader).map((m) => m.name);
  const effects = [
    `Keel restarts PostgreSQL on one member at a time: first the replicas ${list(replicas)}, waiting for each to run again before the next.`,
    options.switchoverFirst
      ? `Then it switches the leader role from ${leader} to the best replica and restarts ${leader} last, as a replica: writes pause for a few seconds at the switchover only.`
      : `Then it restarts the leader ${leader} in place: ${writes(cluster).replace('Writes', 'writes')} fail until it is back, usually a few seconds.`,
    `Each replica leaves ${reads(cluster)} while it restarts.`,
  ];
  if (options.pendingOnly) effects.push('Members without a pending restart are skipped.');
  return {
    title: `Restart ${cluster.name}, one member at a time?`,
    confirmLabel: options.scheduledAt ? 'Schedule rolling restart' : 'Restart cluster',
    tone: 'primary',
    effects,
  };
}

/** A replica rebuilt from the leader: its data directory is deleted first. */
export function describeReinitialize(
  op: OperationOf<'reinitialize'>,
  cluster: OperationCluster,
): OperationText {
  const leader = leaderOf(cluster);
  return {
    title: `Reinitialize ${op.member}?`,
    confirmLabel: 'Reinitialize',
    tone: 'danger',
    typeToConfirm: op.member,
    effects: [
      `Patroni on ${op.member} stops PostgreSQL, deletes its data directory and copies a fresh one from ${leader} (pg_basebackup).`,
      `${op.member} is out of ${reads(cluster)} until the copy is done and it streams again: minutes for a large database. Writes are not affected.`,
    ],
  };
}
