import { bestCandidate, failoverLagLimit, healthyLeader, type SwitchoverRequest } from '@keel/shared';
import { requireState } from '../require-state.js';
import { JobFailure, type JobContext, type JobDefinition, type Reconciled } from '../types.js';
import { refuseUnless, switchoverChecks } from '../../operations/checks.js';
import { askPatroni, waitForPatroni } from '../../operations/patroni-view.js';
import { checkNewLeader } from '../../operations/post-checks.js';

type Params = Omit<SwitchoverRequest, 'scheduledAt'> & { candidate: string };

interface Facts {
  fromLeader?: string;
  timelineBefore?: number | null;
  requestedAt?: string;
}

/** Planned switchover: the leader hands over to a chosen (or the best) streaming replica. */
export const switchover: JobDefinition<Params> = {
  kind: 'switchover',
  access: 'operator',
  mutating: true,
  summary: (p, state) => `Switchover ${state?.leader ?? '?'} → ${p.candidate}`,

  async prepare(raw, env) {
    const state = requireState(env);
    const request = raw as SwitchoverRequest;
    const candidate = request.candidate ?? bestCandidate(state)?.name;
    const maxLagBytes = request.maxLagBytes ?? failoverLagLimit(state);
    refuseUnless(switchoverChecks(state, candidate, maxLagBytes));
    return { candidate: candidate!, maxLagBytes };
  },

  async run(ctx: JobContext<Params>) {
    const { candidate, maxLagBytes } = ctx.params;
    const leader = await ctx.step('Pre-checks', async () => {
      const state = ctx.state();
      const checks = switchoverChecks(state, candidate, maxLagBytes ?? failoverLagLimit(state));
      for (const c of checks)
        await ctx.log(`${c.ok ? 'ok' : 'FAILED'}: ${c.name}: ${c.detail}`, c.ok ? 'info' : 'error');
      refuseUnless(checks);
      const current = healthyLeader(state)!;
      await ctx.remember({ fromLeader: current.name, timelineBefore: state.timeline } satisfies Facts);
      return { detail: checks.map((c) => c.detail).join('; '), value: current };
    });
    const startedMs = ctx.env.clock().getTime();
    await ctx.step('Ask Patroni to switch over', async () => {
      const answer = await ctx.env.actions.switchover(leader!.apiUrl, { leader: leader!.name, candidate });
      if (answer.status !== 200) throw new JobFailure(`Patroni refused (${answer.status}): ${answer.body}`);
      await ctx.remember({ requestedAt: ctx.env.clock().toISOString() } satisfies Facts);
      return { detail: `Patroni: ${answer.body}` };
    });
    await ctx.step('New leader elected', async () => {
      const detail = await waitForPatroni(
        ctx,
        `${candidate} as leader`,
        (view) =>
          view.leader?.name === candidate
            ? `${candidate} reports itself primary, ${((ctx.env.clock().getTime() - startedMs) / 1000).toFixed(1)} s after the request`
            : undefined,
        60_000,
      );
      return { detail };
    });
    const after = await checkNewLeader(
      ctx,
      candidate,
      (ctx.facts as Facts).timelineBefore ?? null,
      startedMs,
    );
    return `${leader!.name} → ${candidate}: ${after}`;
  },

  async reconcile(ctx: JobContext<Params>): Promise<Reconciled> {
    const facts = ctx.facts as Facts;
    // Patroni's own answer, not Keel's first observation: that may still be catching up.
    const view = await waitForPatroni(ctx, 'a leader in Patroni', (v) => v.leader?.name, 30_000).then(() =>
      askPatroni(ctx.env),
    );
    const leader = view.leader?.name ?? 'none';
    if (leader === ctx.params.candidate && facts.fromLeader !== ctx.params.candidate) {
      return {
        status: 'succeeded',
        reason: `the switchover happened: ${leader} leads on timeline ${view.leader?.timeline ?? '?'}`,
      };
    }
    if (!facts.requestedAt) {
      return {
        status: 'interrupted',
        reason: `Keel stopped before asking Patroni; nothing changed (leader ${leader})`,
      };
    }
    if (leader === facts.fromLeader) {
      return {
        status: 'failed',
        reason: `Patroni was asked but ${facts.fromLeader} still leads; no switchover happened`,
      };
    }
    return { status: 'failed', reason: `leader is now ${leader}, not the candidate ${ctx.params.candidate}` };
  },
};
