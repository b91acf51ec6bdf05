import type { MemberState } from '@keel/shared';
import { JobFailure, type JobContext } from '../jobs/types.js';
import { isStreamingReplica } from '@keel/shared';
import { memberNamed } from './checks.js';

/** When a member's PostgreSQL last started, from its own Patroni; a restart or re-init changes it. */
export async function postmasterStart(ctx: JobContext<unknown>, member: MemberState): Promise<string | null> {
  const node = await ctx.env.patroni.node(member.apiUrl).catch(() => null);
  return node?.postmaster_start_time ?? null;
}

/** Waits until the member runs again on a newer postmaster, streaming (replica) or leading. */
export async function waitBackUp(
  ctx: JobContext<unknown>,
  name: string,
  startedBefore: string | null,
  timeoutMs: number,
): Promise<string> {
  const deadline = ctx.env.clock().getTime() + timeoutMs;
  for (;;) {
    const member = memberNamed(ctx.state(), name);
    const started = await postmasterStart(ctx, member);
    const restarted = started !== null && started !== startedBefore;
    const ready =
      member.role === 'leader' ? member.reachable && member.state === 'running' : isStreamingReplica(member);
    if (restarted && ready) return `${name} ${member.state} again (postmaster started ${started})`;
    if (ctx.env.clock().getTime() > deadline) {
      throw new JobFailure(
        `${name} not back within ${Math.round(timeoutMs / 1000)} s: ${member.reachable ? member.state : 'unreachable'}${restarted ? '' : ', not restarted'}`,
      );
    }
    await ctx.env.sleep(500, ctx.signal);
  }
}
