import type { JobContext } from '../jobs/types.js';
import { isStreamingReplica } from './checks.js';

/**
 * The checks after a leader change, as steps with their figures: the new leader is writable through
 * HAProxy, the timeline went up, and every other member replicates from it (the old leader included).
 */
export async function checkNewLeader(
  ctx: JobContext<unknown>,
  newLeader: string,
  timelineBefore: number | null,
  startedMs: number,
): Promise<string> {
  const clock = ctx.env.clock;
  const rw = ctx.env.target()?.haproxy.readWrite;
  let writable = 'no read-write endpoint known to Keel';
  await ctx.step('Writable through HAProxy', async () => {
    if (!rw) return { detail: 'skipped: no HAProxy read-write endpoint configured' };
    for (;;) {
      const probe = await ctx.env.probe(rw);
      if (probe.ok && probe.inRecovery === false) {
        writable = `${rw} writable ${((clock().getTime() - startedMs) / 1000).toFixed(1)} s after the request`;
        return { detail: `${writable} (probe ${probe.latencyMs} ms)` };
      }
      if (clock().getTime() - startedMs > 60_000)
        throw new Error(`${rw} still not writable: ${probe.error ?? 'leads to a server in recovery'}`);
      await ctx.env.sleep(200, ctx.signal);
    }
  });
  const timeline = await ctx.step('Timeline went up', async () => {
    const detail = await ctx.waitFor(
      'a higher timeline',
      (s) =>
        s.timeline !== null && (timelineBefore === null || s.timeline > timelineBefore)
          ? `timeline ${timelineBefore ?? '?'} → ${s.timeline}`
          : undefined,
      20_000,
    );
    return { detail, value: detail };
  });
  await ctx.step('Other members replicate from the new leader', async () => {
    const detail = await ctx.waitFor(
      'every reachable member streaming on the new timeline',
      (s) => {
        // A member that is down (the dead leader of a failover) rejoins when it is brought back; it cannot
        // be waited for here, only named.
        const others = s.members.filter((m) => m.name !== newLeader);
        const up = others.filter((m) => m.reachable);
        const ready = up.length > 0 && up.every((m) => isStreamingReplica(m) && m.timeline === s.timeline);
        if (s.leader !== newLeader || !ready) return undefined;
        const down = others.filter((m) => !m.reachable).map((m) => `${m.name} down (rejoins when back)`);
        return [...up.map((m) => `${m.name} ${m.state}, lag ${m.lagBytes ?? '?'} B`), ...down].join('; ');
      },
      90_000,
    );
    return { detail };
  });
  return `${writable}; ${timeline ?? ''}`;
}
