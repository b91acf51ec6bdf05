import type { OperationOf } from './operation.js';
import { leaderOf, type OperationCluster, type OperationText } from './operationText.js';

/** Re-reading the configuration: nothing is interrupted. */
export function describeReload(op: OperationOf<'reload'>, cluster: OperationCluster): OperationText {
  return {
    title: op.member
      ? `Reload the configuration on ${op.member}?`
      : `Reload the configuration of ${cluster.name}?`,
    confirmLabel: 'Reload',
    tone: 'primary',
    effects: [
      `Patroni re-reads its configuration and PostgreSQL re-reads its settings (SIGHUP) on ${op.member ?? 'every member'}.`,
      'No connection is interrupted. Settings that only take effect after a restart are marked "pending restart".',
    ],
  };
}

/** Maintenance mode on: Patroni stops managing the cluster, so nothing fails over. */
export function describePause(cluster: OperationCluster): OperationText {
  const leader = leaderOf(cluster);
  return {
    title: `Put ${cluster.name} in maintenance mode?`,
    confirmLabel: 'Pause Patroni',
    tone: 'primary',
    effects: [
      `Patroni stops managing ${cluster.name}: it will not fail over if ${leader} fails, and it does not start, stop or promote PostgreSQL on its own.`,
      'PostgreSQL keeps running and serving reads and writes as before.',
      'Resume when the maintenance is done: until then the cluster has no automatic failover.',
    ],
  };
}

/** Maintenance mode off: Patroni acts on what it finds again. */
export function describeResume(cluster: OperationCluster): OperationText {
  return {
    title: `End maintenance mode on ${cluster.name}?`,
    confirmLabel: 'Resume Patroni',
    tone: 'primary',
    effects: [
      `Patroni takes charge of ${cluster.name} again: it fails over automatically if the leader fails, and acts on each member's state.`,
      'Check that every member runs as expected first: Patroni may act on anything left stopped during the maintenance.',
    ],
  };
}
