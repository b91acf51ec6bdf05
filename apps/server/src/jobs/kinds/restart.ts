import { bestCandidate, healthyLeader, isStreamingReplica, type RestartRequest } from '@keel/shared';
import { KeelError } from '../../errors.js';
import { requireState } from '../require-state.js';
import { JobFailure, type JobContext, type JobDefinition, type Reconciled } from '../types.js';
import { memberNamed } from '../../operations/checks.js';
import { postmasterStart, waitBackUp } from '../../operations/member-actions.js';
import {
  currentMember,
  reconcileMember,
  recordAsking,
  recordCurrent,
} from '../../operations/member-reconcile.js';

type Params = Omit<RestartRequest, 'scheduledAt'>;

/** A restart Patroni was asked for shows within this (a real restart took a few seconds on the lab). */
const reconcileWaitMs = 60_000;

async function restartOne(ctx: JobContext<Params>, name: string): Promise<void> {
  await recordCurrent(ctx, name);
  await ctx.step(`Restart ${name}`, async () => {
    const member = memberNamed(ctx.state(), name);
    if (ctx.params.pendingOnly && !member.pendingRestart)
      return { detail: `skipped: ${name} has no pending restart` };
    const before = await postmasterStart(ctx, member);
    await recordAsking(ctx, 'restart', member, before);
    const answer = await ctx.env.actions.restart(
      member.apiUrl,
      ctx.params.pendingOnly ? { restart_pending: true } : {},
    );
    if (answer.status !== 200) throw new JobFailure(`Patroni refused (${answer.status}): ${answer.body}`);
    return { detail: await waitBackUp(ctx, name, before, 120_000) };
  });
}

/** Restart one member, or the whole cluster rolling: replicas first, the leader last (or after a switchover). */
export const restart: JobDefinition<Params> = {
  kind: 'restart',
  access: 'operator',
  mutating: true,
  summary: (p) => `Restart ${p.member ?? 'the cluster (rolling)'}${p.pendingOnly ? ', pending only' : ''}`,

  async prepare(raw, env) {
    const request = raw as RestartRequest;
    const state = requireState(env);
    if (request.member) {
      const member = memberNamed(state, request.member);
      if (!member.reachable)
        throw new KeelError('PRECONDITION_FAILED', `${member.name} is unreachable: ${member.error ?? ''}`);
      if (request.pendingOnly && !member.pendingRestart)
        throw new KeelError('PRECONDITION_FAILED', `${member.name} has no pending restart`);
    } else if (!healthyLeader(state)) {
      throw new KeelError('PRECONDITION_FAILED', 'A rolling restart needs a healthy leader');
    }
    return {
      member: request.member,
      pendingOnly: request.pendingOnly ?? false,
      switchoverFirst: request.switchoverFirst ?? false,
    };
  },

  async run(ctx) {
    if (ctx.params.member) {
      await restartOne(ctx, ctx.params.member);
      return `${ctx.params.member} restarted`;
    }
    const state = ctx.state();
    const leader = state.leader!;
    for (const m of state.members.filter((m) => m.name !== leader)) await restartOne(ctx, m.name);
    if (ctx.params.switchoverFirst) {
      const candidate = bestCandidate(ctx.state());
      if (!candidate)
        throw new JobFailure('no streaming replica to switch over to before restarting the leader');
      await ctx.step(`Switch over ${leader} → ${candidate.name}`, async () => {
        const answer = await ctx.env.actions.switchover(memberNamed(ctx.state(), leader).apiUrl, {
          leader,
          candidate: candidate.name,
        });
        if (answer.status !== 200) throw new JobFailure(`Patroni refused (${answer.status}): ${answer.body}`);
        // The old leader must have finished demoting (Patroni refuses a restart meanwhile).
        const detail = await ctx.waitFor(
          `${candidate.name} leading and ${leader} streaming from it`,
          (s) => {
            const old = s.members.find((m) => m.name === leader);
            return s.leader === candidate.name &&
              old &&
              isStreamingReplica(old) &&
              old.timeline === s.timeline
              ? `${candidate.name} leads; ${leader} streams from it`
              : undefined;
          },
          90_000,
        );
        return { detail };
      });
    }
    await restartOne(ctx, leader);
    return `rolling restart done (${state.members.length} members, leader ${ctx.params.switchoverFirst ? 'switched over first' : 'last'})`;
  },

  async reconcile(ctx): Promise<Reconciled> {
    const name = currentMember(ctx);
    if (!name) {
      return {
        status: 'interrupted',
        reason: 'it did not happen: Keel stopped before restarting any member; nothing was done',
      };
    }
    const { reconciled } = await reconcileMember(ctx, `Restart ${name}`, name, 'restart', reconcileWaitMs);
    // A rolling restart does not go on by itself: say which member it stopped at.
    if (!ctx.params.member && reconciled.status === 'succeeded') {
      return {
        status: 'interrupted',
        reason: `${reconciled.reason}; the rolling restart stopped after ${name}: run it again (pending only) for the rest`,
      };
    }
    return reconciled;
  },
};
