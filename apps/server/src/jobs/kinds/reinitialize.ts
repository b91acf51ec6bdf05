import { healthyLeader, type ReinitializeRequest } from '@keel/shared';
import { KeelError } from '../../errors.js';
import { requireState } from '../require-state.js';
import { JobFailure, type JobDefinition, type JobContext, type Reconciled } from '../types.js';
import { memberNamed } from '../../operations/checks.js';
import { postmasterStart, waitBackUp } from '../../operations/member-actions.js';

/** Rebuild a replica from the leader (its data directory is wiped and copied again). */
export const reinitialize: JobDefinition<ReinitializeRequest> = {
  kind: 'reinitialize',
  access: 'operator',
  mutating: true,
  summary: (p) => `Reinitialize ${p.member}`,

  async prepare(raw, env) {
    const request = raw;
    const state = requireState(env);
    const member = memberNamed(state, request.member);
    if (member.name === state.leader)
      throw new KeelError(
        'PRECONDITION_FAILED',
        `${member.name} is the leader; only a replica can be reinitialized`,
      );
    if (!member.reachable)
      throw new KeelError(
        'PRECONDITION_FAILED',
        `${member.name} is unreachable: Patroni must run there to reinitialize`,
      );
    if (!healthyLeader(state)) throw new KeelError('PRECONDITION_FAILED', 'No healthy leader to copy from');
    return { member: request.member };
  },

  async run(ctx: JobContext<ReinitializeRequest>) {
    const name = ctx.params.member;
    await ctx.step(`Reinitialize ${name}`, async () => {
      const member = memberNamed(ctx.state(), name);
      const before = await postmasterStart(ctx, member);
      const answer = await ctx.env.actions.reinitialize(member.apiUrl, { force: true });
      if (answer.status !== 200) throw new JobFailure(`Patroni refused (${answer.status}): ${answer.body}`);
      await ctx.log(`Patroni: ${answer.body}`);
      return { detail: await waitBackUp(ctx, name, before, 300_000) };
    });
    return `${name} rebuilt from the leader and streaming`;
  },

  async reconcile(ctx): Promise<Reconciled> {
    await ctx.waitFor('a first observation', (s) => (s.observedAt ? 'seen' : undefined), 30_000);
    const member = ctx.state().members.find((m) => m.name === ctx.params.member);
    return member?.state === 'streaming'
      ? { status: 'succeeded', reason: `${ctx.params.member} is streaming` }
      : {
          status: 'interrupted',
          reason: `${ctx.params.member} is ${member?.state ?? 'unknown'}; run it again if needed`,
        };
  },
};
