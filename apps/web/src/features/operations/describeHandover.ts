import { bestCandidate, healthyLeader } from '@keel/shared';
import type { OperationOf, OperationOptions } from './operation.js';
import {
  lagOf,
  leaderOf,
  memberNamed,
  nextTimelineOf,
  writes,
  type OperationCluster,
  type OperationText,
} from './operationText.js';

/** A planned hand-over of the leader role: who hands over to whom, and what writes notice. */
export function describeSwitchover(
  op: OperationOf<'switchover'>,
  cluster: OperationCluster,
  options: OperationOptions,
): OperationText {
  const leader = leaderOf(cluster);
  const nextTimeline = nextTimelineOf(cluster);
  const candidate = options.candidate ?? op.candidate ?? bestCandidate(cluster)?.name ?? 'the best replica';
  return {
    title: `Switch over ${cluster.name} to ${candidate}?`,
    confirmLabel: options.scheduledAt ? 'Schedule switchover' : 'Switch over',
    tone: 'primary',
    effects: [
      `Patroni on ${leader} hands the leader role to ${candidate}: ${leader} stops taking writes, ${candidate} is promoted on ${nextTimeline}, and ${leader} follows it as a replica.`,
      `${writes(cluster)} pause for a few seconds while HAProxy moves to ${candidate}; connections open to ${leader} are closed and clients must reconnect. Reads carry on from the other replicas.`,
      `Keel then checks that ${candidate} leads, that HAProxy sends writes to it and that the replicas stream from it.`,
    ],
  };
}

/** A promotion without the leader's consent: forced past a healthy leader, or because none answers. */
export function describeFailover(op: OperationOf<'failover'>, cluster: OperationCluster): OperationText {
  const nextTimeline = nextTimelineOf(cluster);
  const target = memberNamed(cluster, op.candidate);
  const alive = healthyLeader(cluster);
  if (op.force && alive) {
    return {
      title: `Force a failover of ${cluster.name} to ${op.candidate}?`,
      confirmLabel: 'Force failover',
      tone: 'danger',
      typeToConfirm: cluster.name,
      effects: [
        `${alive.name} is a healthy leader. A forced failover promotes ${op.candidate} without a clean hand-over: transactions ${alive.name} has not yet sent to ${op.candidate} (${lagOf(target)} behind) are lost.`,
        `${writes(cluster)} fail until HAProxy sees ${op.candidate} as leader. ${alive.name} may need a rewind or a reinitialize before it can follow.`,
        `A switchover does the same safely; force a failover only when the switchover is refused and the leader must go.`,
      ],
    };
  }
  const noLeader = `No healthy leader answers${cluster.leader ? ` (${cluster.leader} holds the leader key but is not serving)` : ''}.`;
  if (op.candidate === '') {
    // No name yet: every sentence stays true of whichever member is chosen.
    return {
      title: `Fail over ${cluster.name}?`,
      confirmLabel: 'Fail over',
      tone: 'danger',
      effects: [
        `${noLeader} Choose the member Patroni promotes to leader on ${nextTimeline}.`,
        'Transactions the old leader committed but had not yet sent to the chosen member are lost; the less it lags, the less is lost.',
        `${writes(cluster)} resume once HAProxy sees the new leader; the other replicas then follow it.`,
      ],
    };
  }
  return {
    title: `Fail over ${cluster.name} to ${op.candidate}?`,
    confirmLabel: 'Fail over',
    tone: 'danger',
    effects: [
      `${noLeader} Patroni promotes ${op.candidate} to leader on ${nextTimeline}.`,
      `Transactions the old leader committed but had not sent to ${op.candidate} are lost: it was ${lagOf(target)} behind at last sight.`,
      `${writes(cluster)} resume once HAProxy sees ${op.candidate} as leader; the other replicas then follow it.`,
    ],
  };
}
