import { bestCandidate, failoverLagLimit, healthyLeader, type SwitchoverRequest } from '@keel/shared';
import { requireState } from '../require-state.js';
import { JobFailure, type JobContext, type JobDefinition, type Reconciled } from '../types.js';
import { refuseUnless, switchoverChecks } from '../../operations/checks.js';
import { askPatroni, waitForNewLeader, waitForPatroni } from '../../operations/patroni-view.js';
import { checkNewLeader } from '../../operations/post-checks.js';

type Params = Omit<SwitchoverRequest, 'scheduledAt'> & { candidate: string };

interface Facts {
  fromLeader?: string;
  timelineBefore?: number | null;
  /** Written just before the request leaves: after a crash, its absence proves Patroni was never asked. */
  askedAt?: string;
  requestedAt?: string;
}

/** Patroni answers a switchover once it is done (or failed): a request in flight settles within this. */
const reconcileWaitMs = 60_000;

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
      await ctx.remember({ askedAt: ctx.env.clock().toISOString() } satisfies Facts);
      const answer = await ctx.env.actions.switchover(leader!.apiUrl, { leader: leader!.name, candidate });
      if (answer.status !== 200) throw new JobFailure(`Patroni refused (${answer.status}): ${answer.body}`);
      await ctx.remember({ requestedAt: ctx.env.clock().toISOString() } satisfies Facts);
      return { detail: `Patroni: ${answer.body}` };
    });
    await ctx.step('New leader elected', async () => ({
      detail: await waitForNewLeader(ctx, candidate, startedMs, 60_000),
    }));
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
    const { candidate } = ctx.params;
    const asked = facts.askedAt ?? facts.requestedAt;
    if (!asked) {
      const leader = (await askPatroni(ctx.env)).leader?.name ?? 'none';
      const detail = `not done: Keel stopped before asking Patroni (leader ${leader})`;
      await ctx.settleStep('Ask Patroni to switch over', 'skipped', detail);
      return { status: 'interrupted', reason: `it did not happen: ${detail}; nothing changed` };
    }
    // Patroni's answer, not Keel's first observation (that may still be catching up); a switchover in
    // flight goes on without Keel, so wait for the candidate as long as the run would have.
    const view = await waitForPatroni(
      ctx,
      `${candidate} as leader`,
      (v) => (v.leader?.name === candidate ? candidate : undefined),
      reconcileWaitMs,
    ).then(
      () => askPatroni(ctx.env),
      () => askPatroni(ctx.env),
    );
    const leader = view.leader?.name;
    if (leader === candidate && facts.fromLeader !== candidate) {
      const found = `${candidate} reports itself primary on timeline ${view.leader?.timeline ?? '?'} (found after Keel restarted)`;
      await ctx.settleStep('Ask Patroni to switch over', 'succeeded', `Patroni acted: ${found}`);
      await ctx.settleStep('New leader elected', 'succeeded', found);
      const after = await checkNewLeader(ctx, candidate, facts.timelineBefore ?? null, Date.parse(asked));
      return {
        status: 'succeeded',
        reason: `it happened: the switchover ${facts.fromLeader ?? '?'} → ${candidate} took place: ${after}`,
      };
    }
    if (!leader) {
      const detail = `cannot be known yet: no member reports itself a running primary (${view.members
        .map((m) => `${m.name} ${m.role}/${m.state}`)
        .join(', ')})`;
      await ctx.settleStep('Ask Patroni to switch over', 'failed', detail);
      return { status: 'interrupted', reason: `${detail}; see the cluster page` };
    }
    const detail =
      leader === facts.fromLeader
        ? `Keel asked Patroni (or was about to) at ${asked}, but ${leader} still leads; no switchover happened`
        : `leader is now ${leader}, not the candidate ${candidate}`;
    await ctx.settleStep('Ask Patroni to switch over', 'failed', detail);
    return { status: 'failed', reason: `it did not happen: ${detail}` };
  },
};
