import { healthyLeader, type DrillRequest } from '@keel/shared';
import { requireState } from '../require-state.js';
import { JobFailure, type JobContext, type JobDefinition, type Reconciled } from '../types.js';
import { refuseUnless } from '../../operations/checks.js';
import { KeelError } from '../../errors.js';
import { drillPreflight } from '../../drills/preflight.js';
import { longestGapMs, ProbeWorkload } from '../../drills/probe-workload.js';

/** Quiet time before and after the fault, so the gap is measured between steady stretches of writes. */
const steadyMs = 3_000;

/**
 * A failover drill. Only the planned switchover injects its fault so far (through Patroni's API); the
 * other kinds need per-host SSH access the inventory does not hold yet, and are refused, not faked.
 */
export const drill: JobDefinition<DrillRequest> = {
  kind: 'drill',
  access: 'operator',
  mutating: true,
  summary: (p, state) => `Drill ${p.kind} on ${state?.leader ?? '?'}`,

  async prepare(raw, env) {
    const request = raw;
    if (request.kind !== 'planned-switchover')
      throw new KeelError('PRECONDITION_FAILED', `Refused: the ${request.kind} drill is not built yet`);
    refuseUnless(drillPreflight(requireState(env)));
    const target = env.target();
    if (!target?.haproxy.readWrite || !target.login)
      throw new KeelError(
        'PRECONDITION_FAILED',
        "Refused: Keel needs HAProxy's read-write endpoint and a database login",
      );
    return request;
  },

  async run(ctx: JobContext<DrillRequest>) {
    const target = ctx.env.target();
    if (!target?.haproxy.readWrite || !target.login) throw new JobFailure('no read-write endpoint or login');
    const leader = await ctx.step('Preflight', async () => {
      const checks = drillPreflight(ctx.state());
      refuseUnless(checks);
      return { detail: checks.map((c) => c.detail).join('; '), value: healthyLeader(ctx.state())! };
    });
    const workload = new ProbeWorkload(
      target.haproxy.readWrite,
      target.haproxy.readOnly,
      target.login,
      ctx.jobId,
    );
    await ctx.step('Start probe workload', async () => {
      await workload.prepare();
      workload.start();
      await ctx.env.sleep(steadyMs, ctx.signal);
      return { detail: `${workload.writes.length} writes acknowledged before the fault` };
    });
    try {
      const faultAt = Date.now();
      await ctx.remember({ faultAt: new Date(faultAt).toISOString() });
      await ctx.step('Inject fault: planned switchover', async () => {
        const answer = await ctx.env.actions.switchover(leader!.apiUrl, { leader: leader!.name });
        if (answer.status !== 200) throw new JobFailure(`Patroni refused (${answer.status}): ${answer.body}`);
        return { detail: `Patroni: ${answer.body}` };
      });
      await ctx.step('New leader elected', async () => ({
        detail: await ctx.waitFor(
          'a new leader',
          (s) => (s.leader && s.leader !== leader!.name ? `${s.leader} leads` : undefined),
          60_000,
        ),
      }));
      await ctx.step('Cluster healthy', async () => ({
        detail: await ctx.waitFor(
          'a healthy cluster',
          (s) => (s.health.level === 'healthy' ? 'healthy' : undefined),
          120_000,
        ),
      }));
      await ctx.env.sleep(steadyMs, ctx.signal);
    } finally {
      await workload.stop();
    }
    const report = await ctx.step('Check acknowledged writes', async () => {
      const lost = await workload.lostSeqs();
      const writeDowntimeMs = longestGapMs(workload.writes.map((w) => w.ackedMs));
      const readDowntimeMs = longestGapMs(workload.reads);
      const value = { writes: workload.writes.length, lost, writeDowntimeMs, readDowntimeMs };
      await ctx.remember({ report: value });
      return {
        detail: `write downtime ${writeDowntimeMs} ms, read downtime ${readDowntimeMs} ms, ${lost.length} of ${workload.writes.length} acknowledged writes lost`,
        value,
      };
    });
    return `planned switchover drill: write downtime ${report!.writeDowntimeMs} ms, ${report!.lost.length} lost`;
  },

  async reconcile(ctx: JobContext<DrillRequest>): Promise<Reconciled> {
    // The workload lived in the process that stopped: its acknowledgements are gone, so no figure is claimed.
    await ctx.settleOpenSteps(
      'failed',
      'Keel stopped during the drill; its client-side measurements were lost',
    );
    return {
      status: 'interrupted',
      reason: 'Keel stopped during the drill; no report (see the cluster page for its state)',
    };
  },
};
