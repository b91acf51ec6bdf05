import type { ConfigPatchRequest } from '@keel/shared';
import { KeelError } from '../errors.js';
import { JobFailure, type JobDefinition, type Reconciled } from '../jobs/types.js';
import { healthyLeader } from './checks.js';
import { reviewConfigChange } from './config-rules.js';

type Params = { changes: Record<string, unknown> };

const applied = (config: Record<string, unknown> | null, changes: Record<string, unknown>): boolean =>
  config !== null && reviewConfigChange(config, changes).changes.length === 0;

/** A change to Patroni's dynamic configuration (in the DCS), validated and shown as a diff first. */
export const config: JobDefinition<Params> = {
  kind: 'config',
  access: 'operator',
  mutating: true,
  summary: (p) => `Change configuration: ${Object.keys(p.changes).join(', ')}`,
  async prepare(raw, env) {
    const request = raw as ConfigPatchRequest;
    const state = env.state();
    if (!state?.dynamicConfig)
      throw new KeelError('PRECONDITION_FAILED', 'Keel has not read the configuration of this cluster yet');
    const review = reviewConfigChange(state.dynamicConfig, request.changes);
    if (review.changes.length === 0) throw new KeelError('PRECONDITION_FAILED', 'Nothing would change');
    return { changes: request.changes };
  },
  async run(ctx) {
    const review = await ctx.step('Validate', async () => {
      const current = ctx.state().dynamicConfig ?? {};
      const r = reviewConfigChange(current, ctx.params.changes);
      for (const c of r.changes)
        await ctx.log(
          `${c.path}: ${JSON.stringify(c.before)} → ${JSON.stringify(c.after)}${c.needsRestart ? ' (needs restart)' : ''}`,
        );
      return { detail: `${r.changes.length} change(s); ${r.warnings.join('; ') || 'no warnings'}`, value: r };
    });
    await ctx.step('Apply through Patroni (PATCH /config)', async () => {
      const source = healthyLeader(ctx.state()) ?? ctx.state().members.find((m) => m.reachable);
      if (!source) throw new JobFailure('no member answers');
      const answer = await ctx.env.actions.patchConfig(source.apiUrl, ctx.params.changes);
      if (answer.status !== 200) throw new JobFailure(`Patroni refused (${answer.status}): ${answer.body}`);
      return { detail: `accepted by ${source.name}` };
    });
    await ctx.step('Visible in /config', async () => ({
      detail: await ctx.waitFor(
        'the new configuration',
        (s) => (applied(s.dynamicConfig, ctx.params.changes) ? 'Patroni serves the new values' : undefined),
        30_000,
      ),
    }));
    const restart = review?.changes.filter((c) => c.needsRestart).map((c) => c.path.split('.')[2]);
    return `applied ${review?.changes.length ?? 0} change(s)${restart?.length ? `; restart needed for ${restart.join(', ')}` : ''}`;
  },
  async reconcile(ctx): Promise<Reconciled> {
    await ctx.waitFor('the configuration', (s) => (s.dynamicConfig ? 'seen' : undefined), 40_000);
    return applied(ctx.state().dynamicConfig, ctx.params.changes)
      ? { status: 'succeeded', reason: 'the configuration carries the change' }
      : { status: 'interrupted', reason: 'the configuration does not carry the change; nothing was applied' };
  },
};
