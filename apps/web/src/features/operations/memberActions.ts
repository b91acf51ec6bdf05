import { failoverAdvisable, hasTag, healthyLeader, isStreamingReplica, type MemberState } from '@keel/shared';
import type { Operation } from './operation.js';
import type { OperationCluster } from './operationText.js';

export interface MemberAction {
  label: string;
  operation: Operation;
  hint?: string;
  disabled?: boolean;
  tone?: 'danger';
  testId: string;
}

/** What can be done to one member, in the order an operator reaches for it; unavailable ones say why. */
export function memberActions(cluster: OperationCluster, m: MemberState): MemberAction[] {
  const alive = healthyLeader(cluster);
  const isLeader = m.name === cluster.leader;
  const actions: MemberAction[] = [];
  if (!isLeader && alive) {
    actions.push({
      label: 'Switch over to this member…',
      operation: { kind: 'switchover', candidate: m.name },
      testId: `member-switchover-${m.name}`,
      ...(!isStreamingReplica(m) && {
        disabled: true,
        hint: `${m.name} is ${m.reachable ? m.state : 'unreachable'}`,
      }),
      ...(isStreamingReplica(m) && hasTag(m, 'nofailover') && { disabled: true, hint: 'tagged nofailover' }),
    });
  }
  // Only when Patroni itself reports no healthy leader: a leader Keel merely lost sight of is no reason.
  if (!alive && !isLeader && m.reachable && failoverAdvisable(cluster)) {
    actions.push({
      label: 'Fail over to this member…',
      operation: { kind: 'failover', candidate: m.name, force: false },
      hint: 'no healthy leader',
      tone: 'danger',
      testId: `member-failover-${m.name}`,
    });
  }
  actions.push({
    label: 'Restart…',
    operation: { kind: 'restart', member: m.name },
    testId: `member-restart-${m.name}`,
    ...(m.pendingRestart && { hint: 'a restart is pending' }),
    ...(!m.reachable && { disabled: true, hint: `${m.name} is unreachable` }),
  });
  if (!isLeader) {
    actions.push({
      label: 'Reinitialize…',
      operation: { kind: 'reinitialize', member: m.name },
      hint: 'rebuild from the leader',
      testId: `member-reinitialize-${m.name}`,
      ...(!m.reachable && { disabled: true, hint: `${m.name} is unreachable` }),
      ...(!alive && { disabled: true, hint: 'no healthy leader to copy from' }),
    });
  }
  actions.push({
    label: 'Reload…',
    operation: { kind: 'reload', member: m.name },
    testId: `member-reload-${m.name}`,
    ...(!m.reachable && { disabled: true, hint: `${m.name} is unreachable` }),
  });
  // Not while Keel's sources disagree (a split brain looks like this): forcing then could make it worse.
  if (alive && !isLeader && m.reachable && cluster.view.consistent) {
    actions.push({
      label: 'Force failover to this member…',
      operation: { kind: 'failover', candidate: m.name, force: true },
      hint: 'no clean hand-over; type the cluster name',
      tone: 'danger',
      testId: `member-force-failover-${m.name}`,
    });
  }
  return actions;
}
