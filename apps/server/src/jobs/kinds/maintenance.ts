import { KeelError } from '../../errors.js';
import { requireState } from '../require-state.js';
import { JobFailure, type JobDefinition, type Reconciled } from '../types.js';
import { healthyLeader } from '@keel/shared';

/** Maintenance mode: with the cluster paused, Patroni neither fails over nor restarts PostgreSQL. */
function maintenance(pause: boolean): JobDefinition<Record<string, never>> {
  return {
    kind: pause ? 'pause' : 'resume',
    access: 'operator',
    mutating: true,
    summary: () => (pause ? 'Pause (maintenance mode on)' : 'Resume (maintenance mode off)'),
    async prepare(_raw, env) {
      const state = requireState(env);
      if (state.paused === pause)
        throw new KeelError(
          'PRECONDITION_FAILED',
          `The cluster is already ${pause ? 'paused' : 'running (not paused)'}`,
        );
      return {};
    },
    async run(ctx) {
      await ctx.step(pause ? 'Pause' : 'Resume', async () => {
        const source = healthyLeader(ctx.state()) ?? ctx.state().members.find((m) => m.reachable);
        if (!source) throw new JobFailure('no member answers');
        const answer = await ctx.env.actions.patchConfig(source.apiUrl, { pause });
        if (answer.status !== 200) throw new JobFailure(`Patroni refused (${answer.status}): ${answer.body}`);
        const detail = await ctx.waitFor(
          `paused = ${pause}`,
          (s) => (s.paused === pause ? `cluster ${pause ? 'paused' : 'resumed'}` : undefined),
          30_000,
        );
        return { detail };
      });
      return pause ? 'maintenance mode on: Patroni will not fail over' : 'maintenance mode off';
    },
    async reconcile(ctx): Promise<Reconciled> {
      await ctx.waitFor('a first observation', (s) => (s.observedAt ? 'seen' : undefined), 30_000);
      return ctx.state().paused === pause
        ? { status: 'succeeded', reason: `the cluster is ${pause ? 'paused' : 'resumed'}` }
        : { status: 'interrupted', reason: `the cluster is ${pause ? 'not paused' : 'still paused'}` };
    },
  };
}

export const pause = maintenance(true);
export const resume = maintenance(false);
