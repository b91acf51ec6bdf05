import type { ClusterState } from '@keel/shared';
import type { JobContext } from '../jobs/types.js';
import { replicates, waitForPatroni } from './patroni-view.js';

const seconds = (ms: number): string => `${(ms / 1000).toFixed(1)} s`;

/**
 * The checks after a leader change, as steps with their figures, each asking the cluster itself
 * (Patroni's REST API, a SQL probe through HAProxy) and never Keel's cached view: the new leader is
 * writable through HAProxy, the timeline went up, and every other member replicates from it. Last,
 * Keel's own view is compared with what was found; if it lags, it is re-read, and the job says so.
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
        writable = `${rw} writable ${seconds(clock().getTime() - startedMs)} after the request`;
        const server = probe.server ? ` by ${probe.server}` : '';
        return { detail: `${writable}${server} (probe ${probe.latencyMs} ms)` };
      }
      if (clock().getTime() - startedMs > 60_000)
        throw new Error(`${rw} still not writable: ${probe.error ?? 'leads to a server in recovery'}`);
      await ctx.env.sleep(200, ctx.signal);
    }
  });
  let timelineAfter: number | null = null;
  const timeline = await ctx.step('Timeline went up', async () => {
    const detail = await waitForPatroni(
      ctx,
      'a higher timeline on the new leader',
      (view) => {
        const leader = view.members.find((m) => m.name === newLeader);
        const tl = leader?.reachable ? leader.timeline : null;
        if (tl === null || (timelineBefore !== null && tl <= timelineBefore)) return undefined;
        timelineAfter = tl;
        return `timeline ${timelineBefore ?? '?'} → ${tl} (${newLeader}'s REST API)`;
      },
      20_000,
    );
    return { detail, value: detail };
  });
  await ctx.step('Other members replicate from the new leader', async () => {
    const detail = await waitForPatroni(
      ctx,
      'every reachable member replicating on the new timeline',
      (view) => {
        // A member that is down (the dead leader of a failover) rejoins when it is brought back; it cannot
        // be waited for here, only named.
        const others = view.members.filter((m) => m.name !== newLeader);
        const up = others.filter((m) => m.reachable);
        const ready =
          view.leader?.name === newLeader &&
          up.length > 0 &&
          up.every((m) => replicates(m) && m.timeline === timelineAfter);
        if (!ready) return undefined;
        const down = others.filter((m) => !m.reachable).map((m) => `${m.name} down (rejoins when back)`);
        return [...up.map((m) => `${m.name} ${m.state} on timeline ${m.timeline}`), ...down].join('; ');
      },
      90_000,
    );
    return { detail };
  });
  const view = await checkKeelView(ctx, newLeader);
  return `${writable}; ${timeline ?? ''}${view ? `; ${view}` : ''}`;
}

const agrees = (s: ClusterState, leader: string): boolean => s.leader === leader && s.view.consistent;

/**
 * Keel's view compared with what the cluster said. Never fails the job (the change happened), but a
 * view that lags is re-read, and the job's record says that Keel had been wrong.
 */
async function checkKeelView(ctx: JobContext<unknown>, newLeader: string): Promise<string | null> {
  let note: string | null = null;
  await ctx.step("Keel's view agrees", async () => {
    const quick = await waitQuietly(ctx, newLeader, 5_000);
    if (quick) return { detail: `Keel shows ${newLeader} leading` };
    const before = ctx.env.state();
    const reason = `after a job, the cluster said ${newLeader} leads while Keel showed ${before?.leader ?? 'none'}`;
    await ctx.log(`Keel's own view lags the cluster (${reason}); re-reading every source`, 'warn');
    await ctx.env.refreshView(reason);
    const fixed = await waitQuietly(ctx, newLeader, 15_000);
    note = fixed
      ? `Keel's view lagged (it showed ${before?.leader ?? 'none'}) until its sources were re-read`
      : `Keel's view still shows ${ctx.env.state()?.leader ?? 'none'}: see the cluster page`;
    return { detail: note };
  });
  return note;
}

async function waitQuietly(ctx: JobContext<unknown>, leader: string, timeoutMs: number): Promise<boolean> {
  const deadline = ctx.env.clock().getTime() + timeoutMs;
  for (;;) {
    const state = ctx.env.state();
    if (state && agrees(state, leader)) return true;
    if (ctx.env.clock().getTime() >= deadline) return false;
    await ctx.env.sleep(250, ctx.signal);
  }
}
