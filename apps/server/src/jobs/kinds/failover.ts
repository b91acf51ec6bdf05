import { healthyLeader, type FailoverRequest } from '@keel/shared';
import { KeelError } from '../../errors.js';
import { requireState } from '../require-state.js';
import { JobFailure, type JobContext, type JobDefinition, type Reconciled } from '../types.js';
import { memberNamed } from '../../operations/checks.js';
import { askPatroni, waitForNewLeader, waitForPatroni } from '../../operations/patroni-view.js';
import { checkNewLeader } from '../../operations/post-checks.js';

interface Facts {
  fromLeader?: string | null;
  timelineBefore?: number | null;
  requestedAt?: string;
}

/**
 * Failover to a chosen member. Offered when there is no healthy leader; with a healthy leader it takes
 * `force` and the cluster's name typed again, because it cuts writes off without a clean hand-over.
 */
export const failover: JobDefinition<FailoverRequest> = {
  kind: 'failover',
  access: 'operator',
  mutating: true,
  summary: (p) => `Failover to ${p.candidate}${p.force ? ' (forced)' : ''}`,

  async prepare(raw, env) {
    const request = raw;
    const state = requireState(env);
    const candidate = memberNamed(state, request.candidate);
    if (!candidate.reachable)
      throw new KeelError('PRECONDITION_FAILED', `Candidate ${candidate.name} is unreachable`);
    if (candidate.name === state.leader && healthyLeader(state)) {
      throw new KeelError('PRECONDITION_FAILED', `${candidate.name} already leads`);
    }
    const leader = healthyLeader(state);
    if (leader && !request.force) {
      throw new KeelError(
        'PRECONDITION_FAILED',
        `${leader.name} is a healthy leader: use a switchover, or force a failover with "force": true and "confirm": "${state.name}"`,
      );
    }
    if (leader && request.confirm !== state.name) {
      throw new KeelError(
        'PRECONDITION_FAILED',
        `A forced failover needs "confirm": "${state.name}" (the cluster's name)`,
      );
    }
    return { candidate: request.candidate, force: request.force ?? false };
  },

  async run(ctx: JobContext<FailoverRequest>) {
    const { candidate } = ctx.params;
    const member = await ctx.step('Pre-checks', async () => {
      const state = ctx.state();
      const m = memberNamed(state, candidate);
      if (!m.reachable) throw new JobFailure(`${candidate} is unreachable`);
      await ctx.remember({ fromLeader: state.leader, timelineBefore: state.timeline } satisfies Facts);
      return {
        detail: `leader ${state.leader ?? 'none'}; ${candidate} is ${m.state}, lag ${m.lagBytes ?? '?'} B`,
        value: m,
      };
    });
    const startedMs = ctx.env.clock().getTime();
    await ctx.step('Ask Patroni to fail over', async () => {
      let answer = await ctx.env.actions.failover(member!.apiUrl, { candidate });
      // Right after a leader dies the candidate's view of the DCS can be stale and its compare-and-set of
      // the failover key fails; a moment later it goes through.
      for (
        let attempt = 1;
        attempt <= 3 && answer.status === 503 && /failed to write failover key/i.test(answer.body);
        attempt++
      ) {
        await ctx.log(`Patroni: ${answer.body}; asking again in 2 s (attempt ${attempt + 1})`, 'warn');
        await ctx.env.sleep(2_000, ctx.signal);
        answer = await ctx.env.actions.failover(member!.apiUrl, { candidate });
      }
      // Patroni gives up waiting after a while and says "Failover status unknown" (503): the request
      // stands in the DCS, and the candidate takes over once the dead leader's key expires.
      const pending = answer.status === 503 && /status unknown/i.test(answer.body);
      if (answer.status !== 200 && !pending)
        throw new JobFailure(`Patroni refused (${answer.status}): ${answer.body}`);
      await ctx.remember({ requestedAt: ctx.env.clock().toISOString() } satisfies Facts);
      return {
        detail: pending
          ? `Patroni: ${answer.body}; waiting for the old leader's key to expire`
          : `Patroni: ${answer.body}`,
      };
    });
    await ctx.step('New leader elected', async () => ({
      detail: await waitForNewLeader(ctx, candidate, startedMs, 90_000),
    }));
    return `failover to ${candidate}: ${await checkNewLeader(ctx, candidate, (ctx.facts as Facts).timelineBefore ?? null, startedMs)}`;
  },

  async reconcile(ctx: JobContext<FailoverRequest>): Promise<Reconciled> {
    const facts = ctx.facts as Facts;
    // Patroni's own answer, not Keel's first observation: that may still be catching up.
    const view = await waitForPatroni(ctx, 'a leader in Patroni', (v) => v.leader?.name, 30_000)
      .catch(() => undefined)
      .then(() => askPatroni(ctx.env));
    const leader = view.leader?.name ?? 'none';
    if (leader === ctx.params.candidate) return { status: 'succeeded', reason: `${leader} leads` };
    if (!facts.requestedAt)
      return { status: 'interrupted', reason: `Keel stopped before asking Patroni; leader ${leader}` };
    return { status: 'failed', reason: `leader is ${leader}, not ${ctx.params.candidate}` };
  },
};
