import {
  bestCandidate,
  failoverAdvisable,
  formatBytes,
  hasTag,
  healthyLeader,
  isStreamingReplica,
  type Check,
  type ClusterDetail,
  type MemberState,
} from '@keel/shared';
import { portOf } from '../clusters/model.js';
import type { Operation, OperationOptions } from './operation.js';

type Cluster = Pick<
  ClusterDetail,
  'name' | 'leader' | 'members' | 'timeline' | 'paused' | 'haproxyEndpoints' | 'view'
>;

export interface OperationText {
  title: string;
  confirmLabel: string;
  tone: 'primary' | 'danger';
  /** What will happen, in order, and what clients notice: one sentence per paragraph. */
  effects: string[];
  /** Typed to confirm: the cluster's name for a forced failover, the member's for a reinitialize. */
  typeToConfirm?: string;
}

const writes = (cluster: Cluster) => {
  const port = portOf(cluster.haproxyEndpoints.readWrite);
  return port === null ? 'Writes through HAProxy' : `Writes through HAProxy :${port}`;
};
const reads = (cluster: Cluster) => {
  const port = portOf(cluster.haproxyEndpoints.readOnly);
  return port === null ? 'the read pool' : `the read pool (:${port})`;
};
const member = (cluster: Cluster, name: string | undefined) => cluster.members.find((m) => m.name === name);
const lagOf = (m: MemberState | undefined) =>
  m?.lagBytes === null || m?.lagBytes === undefined ? 'an unknown amount' : formatBytes(m.lagBytes);
const list = (names: string[]) =>
  names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;

/** Exactly what an operation will do to this cluster, for its confirmation dialog. */
export function describeOperation(op: Operation, cluster: Cluster, options: OperationOptions): OperationText {
  const leader = cluster.leader ?? 'the leader';
  const nextTimeline = cluster.timeline === null ? 'a new timeline' : `timeline ${cluster.timeline + 1}`;
  switch (op.kind) {
    case 'switchover': {
      const candidate =
        options.candidate ?? op.candidate ?? bestCandidate(cluster)?.name ?? 'the best replica';
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
    case 'failover': {
      const target = member(cluster, op.candidate);
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
    case 'restart': {
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
    case 'reinitialize':
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
    case 'reload':
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
    case 'pause':
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
    case 'resume':
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
}

/**
 * Checks the page can make from the state it shows, for operations without a server pre-check (the
 * switchover has its own endpoint). They only mirror what the server refuses; it decides.
 */
export function localChecks(op: Operation, cluster: Cluster): Check[] {
  const alive = healthyLeader(cluster);
  const reachable = (name: string): Check => {
    const m = member(cluster, name);
    return {
      name: `${name} answers`,
      ok: m?.reachable === true,
      detail:
        m === undefined
          ? `no member "${name}"`
          : m.reachable
            ? `${name} is ${m.state}`
            : `${name} is unreachable`,
    };
  };
  switch (op.kind) {
    case 'switchover':
      return [];
    case 'failover': {
      const checks = [reachable(op.candidate)];
      if (alive && op.candidate === alive.name) {
        checks.push({
          name: 'Candidate is not the leader',
          ok: false,
          detail: `${alive.name} already leads`,
        });
      } else if (alive) {
        checks.push({
          name: op.force ? 'Forced past a healthy leader' : 'No healthy leader',
          ok: op.force,
          detail: op.force
            ? `${alive.name} leads and answers: it will be demoted without a hand-over`
            : `${alive.name} leads and answers: use a switchover`,
        });
      } else {
        checks.push({
          name: 'No healthy leader',
          ok: true,
          detail: cluster.leader
            ? `${cluster.leader} does not answer as leader`
            : 'no member holds the leader key',
        });
      }
      return checks;
    }
    case 'restart':
      if (op.member !== undefined) return [reachable(op.member)];
      return [
        {
          name: 'Healthy leader',
          ok: alive !== undefined,
          detail: alive ? `${alive.name} leads` : 'a rolling restart needs a healthy leader',
        },
      ];
    case 'reinitialize':
      return [
        reachable(op.member),
        {
          name: 'Member is a replica',
          ok: op.member !== cluster.leader,
          detail:
            op.member === cluster.leader ? `${op.member} is the leader` : `${op.member} is not the leader`,
        },
        {
          name: 'Healthy leader to copy from',
          ok: alive !== undefined,
          detail: alive ? `${alive.name} leads` : 'no healthy leader',
        },
      ];
    case 'reload':
      return op.member === undefined ? [] : [reachable(op.member)];
    case 'pause':
      return [
        {
          name: 'Not paused yet',
          ok: !cluster.paused,
          detail: cluster.paused ? 'already paused' : 'Patroni is in charge',
        },
      ];
    case 'resume':
      return [
        {
          name: 'Paused',
          ok: cluster.paused,
          detail: cluster.paused ? 'maintenance mode is on' : 'not paused',
        },
      ];
  }
}

export interface MemberAction {
  label: string;
  operation: Operation;
  hint?: string;
  disabled?: boolean;
  tone?: 'danger';
  testId: string;
}

/** What can be done to one member, in the order an operator reaches for it; unavailable ones say why. */
export function memberActions(cluster: Cluster, m: MemberState): MemberAction[] {
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
