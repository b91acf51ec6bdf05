import { healthyLeader, type ConfigPatchRequest } from '@keel/shared';
import { KeelError } from '../../errors.js';
import { JobFailure, type JobDefinition, type Reconciled } from '../types.js';
import { reviewConfig } from '../../operations/config-review.js';
import { diffConfig } from '../../operations/config-rules.js';

type Params = { changes: Record<string, unknown> };

const applied = (config: Record<string, unknown> | null, changes: Record<string, unknown>): boolean =>
  config !== null && diffConfig(config, changes).length === 0;

/** A change to Patroni's dynamic configuration (in the DCS), validated and shown as a diff first. */
export const config: JobDefinition<Params> = {
  kind: 'config',
  route: 'own', // routes/operations.ts: PATCH /clusters/:id/config previews (dryRun) as well as applies
  access: 'operator',
  mutating: true,
  summary: (p) => `Change configuration: ${Object.keys(p.changes).join(', ')}`,
  async prepare(raw, env, requester) {
    const request = raw as ConfigPatchRequest;
    const review = await reviewConfig(env, request.changes);
    // Operators operate; running commands on the hosts or opening access is an admin's call.
    if (review.needsAdmin.length > 0 && requester.role !== 'admin') {
      throw new KeelError(
        'FORBIDDEN',
        `Changing ${review.needsAdmin.join(', ')} needs the admin role; you are ${requester.role}`,
      );
    }
    if (review.changes.length === 0) throw new KeelError('PRECONDITION_FAILED', 'Nothing would change');
    return { changes: request.changes };
  },
  async run(ctx) {
    const review = await ctx.step('Validate', async () => {
      const r = await reviewConfig(ctx.env, ctx.params.changes);
      for (const c of r.changes)
        await ctx.log(
          `${c.path}: ${JSON.stringify(c.before)} → ${JSON.stringify(c.after)}${c.running !== null ? ` (running ${c.running})` : ''}${c.needsRestart ? ' (needs restart)' : ''}`,
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
