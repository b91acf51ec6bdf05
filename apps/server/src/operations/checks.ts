import {
  bestCandidate,
  failoverLagLimit,
  formatBytes,
  haproxyWriters,
  healthyLeader,
  isStreamingReplica,
  type Check,
  type ClusterState,
  type MemberState,
  type PrecheckResult,
} from '@keel/shared';
import { KeelError } from '../errors.js';

export function memberNamed(state: ClusterState, name: string): MemberState {
  const member = state.members.find((m) => m.name === name);
  if (!member) {
    throw new KeelError(
      'PRECONDITION_FAILED',
      `No member "${name}" in ${state.name} (members: ${state.members.map((m) => m.name).join(', ')})`,
    );
  }
  return member;
}

/** The checks before a switchover to `candidate`, each with the figure it looked at. */
export function switchoverChecks(
  state: ClusterState,
  candidate: string | undefined,
  maxLagBytes: number,
): Check[] {
  const leader = healthyLeader(state);
  const checks: Check[] = [
    {
      name: 'Cluster not paused',
      ok: !state.paused,
      detail: state.paused ? 'maintenance mode is on: resume first' : 'not paused',
    },
    {
      name: 'Healthy leader',
      ok: leader !== undefined,
      detail: leader
        ? `${leader.name} leads on timeline ${leader.timeline ?? '?'}`
        : `no reachable leader (${state.leader ?? 'none'}): use a failover`,
    },
  ];
  const member = state.members.find((m) => m.name === candidate);
  if (!candidate || !member) {
    checks.push({
      name: 'Candidate exists',
      ok: false,
      detail: candidate ? `no member "${candidate}"` : 'no streaming replica to switch over to',
    });
    return checks;
  }
  checks.push(
    {
      name: 'Candidate is not the leader',
      ok: member.name !== state.leader,
      detail:
        member.name === state.leader ? `${member.name} already leads` : `${member.name} is a ${member.role}`,
    },
    {
      name: 'Candidate streaming',
      ok: isStreamingReplica(member),
      detail: `${member.name} is ${member.reachable ? member.state : 'unreachable'}`,
    },
    {
      name: "Candidate on the leader's timeline",
      ok: member.timeline !== null && member.timeline === state.timeline,
      detail: `candidate timeline ${member.timeline ?? '?'}, leader timeline ${state.timeline ?? '?'}`,
    },
    {
      name: `Candidate lag under ${formatBytes(maxLagBytes)}`,
      ok: member.lagBytes !== null && member.lagBytes <= maxLagBytes,
      detail: member.lagBytes === null ? 'lag unknown' : `lag ${formatBytes(member.lagBytes)}`,
    },
  );
  if (state.dynamicConfig?.synchronous_mode === true) {
    // Patroni itself refuses (412) a switchover to anything but a synchronous standby in this mode.
    checks.push({
      name: 'Candidate is a synchronous standby',
      ok: member.role === 'sync_standby',
      detail: `synchronous_mode is on and ${member.name} is a ${member.role}`,
    });
  }
  if (state.haproxy.backends.length > 0 || state.haproxy.error) {
    const writers = haproxyWriters(state.haproxy.backends);
    const ok = !state.haproxy.error && writers.length === 1 && writers[0] === state.leader;
    checks.push({
      name: 'HAProxy routes writes to the leader',
      ok,
      detail:
        state.haproxy.error ??
        (writers.length === 0 ? 'no backend up for writes' : `writes go to ${writers.join(', ')}`),
    });
  }
  return checks;
}

/** Throws the first failed check as a refusal a person can act on. */
export function refuseUnless(checks: Check[]): void {
  const failed = checks.filter((c) => !c.ok);
  if (failed.length > 0) {
    throw new KeelError(
      'PRECONDITION_FAILED',
      `Refused: ${failed.map((c) => `${c.name.charAt(0).toLowerCase()}${c.name.slice(1)}: ${c.detail}`).join('; ')}`,
    );
  }
}

/**
 * What a switchover would check now, and whether it would go ahead: to `candidate`, or to the replica it
 * would pick, within the cluster's failover lag limit. The same checks the job runs.
 */
export function switchoverPrecheck(state: ClusterState, candidate?: string): PrecheckResult {
  const checks = switchoverChecks(state, candidate ?? bestCandidate(state)?.name, failoverLagLimit(state));
  return { ok: checks.every((c) => c.ok), checks };
}
