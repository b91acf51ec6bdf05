import { healthyLeader, type ReinitializeRequest } from '@keel/shared';
import { KeelError } from '../../errors.js';
import { requireState } from '../require-state.js';
import { JobFailure, type JobDefinition, type JobContext, type Reconciled } from '../types.js';
import { memberNamed } from '../../operations/checks.js';
import { postmasterStart, waitBackUp } from '../../operations/member-actions.js';
import { reconcileMember, recordAsking } from '../../operations/member-reconcile.js';

/** A rebuild Patroni was asked for goes on without Keel; the run waits this long for it too. */
const reconcileWaitMs = 300_000;

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
      await recordAsking(ctx, 'reinitialize', member, before);
      const answer = await ctx.env.actions.reinitialize(member.apiUrl, { force: true });
      if (answer.status !== 200) throw new JobFailure(`Patroni refused (${answer.status}): ${answer.body}`);
      await ctx.log(`Patroni: ${answer.body}`);
      return { detail: await waitBackUp(ctx, name, before, 300_000) };
    });
    return `${name} rebuilt from the leader and streaming`;
  },

  async reconcile(ctx): Promise<Reconciled> {
    // Evidence that the rebuild ran, not just "the replica streams": a postmaster started after the request.
    const name = ctx.params.member;
    const { reconciled } = await reconcileMember(
      ctx,
      `Reinitialize ${name}`,
      name,
      'reinitialize',
      reconcileWaitMs,
    );
    return reconciled;
  },
};
