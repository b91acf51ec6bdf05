import type { DrillRequest } from '@keel/shared';
import { requireState } from '../require-state.js';
import type { JobContext, JobDefinition, Reconciled } from '../types.js';
import { refuseUnless } from '../../operations/checks.js';
import { KeelError } from '../../errors.js';
import { drillPreflight } from '../../drills/preflight.js';
import { hostFault } from '../../drills/faults.js';
import { leaderAccess, runDrill, type DrillFacts } from '../../drills/run-drill.js';
import { withSsh } from '../../ssh/sessions.js';

/**
 * A failover drill: the leader broken on purpose (see drills/run-drill.ts). A planned switchover goes
 * through Patroni's API; every other fault goes over SSH to the leader's host (the cluster's hostAccess).
 */
export const drill: JobDefinition<DrillRequest> = {
  kind: 'drill',
  access: 'operator',
  mutating: true,
  summary: (p, state) => `Drill ${p.kind} on ${state?.leader ?? '?'}`,

  async prepare(request, env) {
    refuseUnless(drillPreflight(requireState(env)));
    const target = env.target();
    if (!target?.haproxy.readWrite || !target.login)
      throw new KeelError(
        'PRECONDITION_FAILED',
        "Refused: a drill measures through HAProxy's read-write endpoint with a database login; set both in the connection settings",
      );
    if (request.kind !== 'planned-switchover' && !target.hostAccess)
      throw new KeelError(
        'PRECONDITION_FAILED',
        `Refused: the ${request.kind} drill acts on the leader's host over SSH, and Keel has no SSH access to this cluster's hosts (set hostAccess in the connection settings)`,
      );
    return request;
  },

  run: runDrill,

  async reconcile(ctx: JobContext<DrillRequest>): Promise<Reconciled> {
    // The workload lived in the process that stopped: its acknowledgements are gone, so no figure is claimed.
    const facts = ctx.facts as DrillFacts;
    let fault = 'no fault was in place';
    if (facts.faultInPlace && facts.faultHost) fault = await undoAfterRestart(ctx, facts.faultHost);
    await ctx.settleOpenSteps(
      'failed',
      'Keel stopped during the drill; its client-side measurements were lost',
    );
    return {
      status: 'interrupted',
      reason: `Keel stopped during the drill; no report (its measurements were in the stopped process); ${fault}`,
    };
  },
};

/** Undoes the fault a stopped Keel left on `host`, or says what is left to do. */
async function undoAfterRestart(
  ctx: JobContext<DrillRequest>,
  host: NonNullable<DrillFacts['faultHost']>,
): Promise<string> {
  const member = ctx.env.state()?.members.find((m) => m.name === host.name);
  if (!member) return `the fault on ${host.name} may still be in place (Keel no longer sees that member)`;
  try {
    const detail = await withSsh(ctx, async (ssh) => {
      const shell = await ssh.shell(await leaderAccess(ctx, member));
      return (await hostFault(ctx.params.kind, shell, shell.connection.host.port)).undo();
    });
    await ctx.remember({ faultInPlace: false } satisfies DrillFacts);
    return `the fault on ${host.name} was undone after the restart (${detail})`;
  } catch (error) {
    return `the fault on ${host.name} may still be in place: ${error instanceof Error ? error.message : String(error)}`;
  }
}
