import type { ReloadRequest } from '@keel/shared';
import { requireState } from '../require-state.js';
import { JobFailure, type JobDefinition, type Reconciled } from '../types.js';
import { memberNamed } from '../../operations/checks.js';

/** Reload Patroni's and PostgreSQL's configuration on one member or all (no restart, no outage). */
export const reload: JobDefinition<ReloadRequest> = {
  kind: 'reload',
  access: 'operator',
  mutating: true,
  summary: (p) => `Reload ${p.member ?? 'every member'}`,
  async prepare(raw, env) {
    const request = raw;
    const state = requireState(env);
    if (request.member) memberNamed(state, request.member);
    return request;
  },
  async run(ctx) {
    const members = ctx.state().members.filter((m) => !ctx.params.member || m.name === ctx.params.member);
    for (const m of members) {
      await ctx.step(`Reload ${m.name}`, async () => {
        if (!m.reachable) throw new JobFailure(`${m.name} is unreachable`);
        const answer = await ctx.env.actions.reload(m.apiUrl);
        if (answer.status >= 300) throw new JobFailure(`Patroni refused (${answer.status}): ${answer.body}`);
        return { detail: `Patroni: ${answer.body || answer.status}` };
      });
    }
    return `reloaded ${members.map((m) => m.name).join(', ')}`;
  },
  async reconcile(): Promise<Reconciled> {
    return { status: 'interrupted', reason: 'a reload is harmless to repeat; run it again if needed' };
  },
};
