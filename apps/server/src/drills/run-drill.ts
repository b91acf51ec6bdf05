import { healthyLeader, type DrillReport, type DrillRequest, type MemberState } from '@keel/shared';
import { refuseUnless } from '../operations/checks.js';
import { withSsh, type SshAccess, type SshSessions } from '../ssh/sessions.js';
import { JobFailure, type JobContext } from '../jobs/types.js';
import { drillPreflight } from './preflight.js';
import { hostFault, type HostFault } from './faults.js';
import { ProbeWorkload } from './probe-workload.js';
import { drillBound, drillReport, firstWriteAfterOutage, patroniTimings } from './report.js';
import { DrillTimeline } from './timeline.js';

/** Quiet time before and after the fault, so the gap is measured between steady stretches of writes. */
const steadyMs = 3_000;
/** Writes count as back once this many in a row were acknowledged after the fault. */
const writesBackAfter = 10;
/** How long past the configured bound Keel waits for a new leader before it undoes the fault anyway. */
const electionGraceMs = 30_000;

/** What the drill remembers while the fault is in place, so a restarted Keel can undo it (reconcile). */
export interface DrillFacts {
  faultHost?: { name: string; address: string };
  faultInPlace?: boolean;
  report?: DrillReport;
}

/** Where Keel reaches the member's host over SSH, from the cluster's host access. */
export async function leaderAccess(ctx: JobContext<DrillRequest>, member: MemberState): Promise<SshAccess> {
  const access = ctx.env.target()?.hostAccess;
  if (!access) throw new JobFailure("Keel has no SSH access to this cluster's hosts (set hostAccess)");
  return {
    host: { name: member.name, address: member.host, port: access.port },
    login: await ctx.env.ssh.login(access.credentialId),
    policy: { trustOnFirstUse: access.trustOnFirstUse, decidedBy: 'the cluster’s host access settings' },
  };
}

/**
 * One drill, end to end: preflight, a client workload through HAProxy, the fault, Keel's timeline of
 * what followed, the fault undone, the cluster back to health, every acknowledged write checked, the
 * report. The fault is undone whatever happens in between (also when the job fails or is cancelled).
 */
export async function runDrill(ctx: JobContext<DrillRequest>): Promise<string> {
  const target = ctx.env.target();
  if (!target?.haproxy.readWrite || !target.login) throw new JobFailure('no read-write endpoint or login');
  const kind = ctx.params.kind;
  const leader = (await ctx.step('Preflight', async () => {
    const checks = drillPreflight(ctx.state());
    refuseUnless(checks);
    return { detail: checks.map((c) => c.detail).join('; '), value: healthyLeader(ctx.state())! };
  }))!;
  return withSsh(ctx, async (ssh) => {
    const fault = kind === 'planned-switchover' ? null : await reachLeader(ctx, ssh, leader);
    const workload = new ProbeWorkload(
      target.haproxy.readWrite!,
      target.haproxy.readOnly,
      target.login!,
      ctx.jobId,
    );
    await ctx.step('Start probe workload', async () => {
      await workload.prepare();
      workload.start();
      await ctx.env.sleep(steadyMs, ctx.signal);
      // Nothing is broken before the workload writes: without writes there is nothing to measure.
      if (workload.writes.length === 0) {
        await workload.stop();
        throw new JobFailure(
          `the probe workload could not write through ${target.haproxy.readWrite}: ${workload.lastWriteError ?? 'no answer'}; no fault was injected`,
        );
      }
      return { detail: `${workload.writes.length} writes acknowledged before the fault` };
    });
    const faultAt = Date.now();
    const timeline = new DrillTimeline(faultAt, leader.name);
    const watching = watch(ctx, timeline);
    let inPlace = false;
    try {
      await ctx.step(`Inject fault: ${kind}`, async () => {
        inPlace = fault !== null;
        if (fault) await ctx.remember({ faultInPlace: true } satisfies DrillFacts);
        const detail = fault ? await fault.inject() : await switchover(ctx, leader);
        timeline.mark('fault-injected', faultAt, detail);
        return { detail };
      });
      const bound = drillBound(kind, patroniTimings(ctx.state().dynamicConfig));
      if (fault?.lasting) {
        await ctx.step('New leader elected', () =>
          newLeader(ctx, timeline, (bound.ms ?? 60_000) + electionGraceMs),
        );
        await undo(ctx, fault, timeline);
        inPlace = false;
      } else if (kind === 'planned-switchover') {
        await ctx.step('New leader elected', () => newLeader(ctx, timeline, 60_000));
      }
      await ctx.step('Writes back', async () => ({ detail: await writesBack(ctx, workload, faultAt) }));
      if (timeline.get('new-leader'))
        await ctx.step('Old leader back as a replica', async () => ({
          detail: await ctx.waitFor(
            'the old leader streaming as a replica',
            () => timeline.get('rejoined')?.detail,
            180_000,
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
      // The fault first: nothing else may keep the host broken a moment longer.
      watching.stop();
      const undone =
        inPlace && fault
          ? undo(ctx, fault, timeline).catch((e: unknown) => leftInPlace(ctx, leader, e))
          : null;
      undone?.catch(() => undefined); // handled below, once the workload stopped
      await workload.stop();
      await undone;
    }
    const report = (await ctx.step('Check acknowledged writes', async () => {
      const lost = await workload.lostWrites();
      const back = firstWriteAfterOutage(workload.writes, faultAt);
      if (back) timeline.mark('first-write', back.ackedMs, `write ${back.seq} acknowledged`);
      const state = ctx.state();
      correctPromotion(timeline, state.history, faultAt);
      const value = drillReport({
        kind,
        oldLeader: leader.name,
        newLeader: timeline.newLeader(state),
        faultAt,
        writes: workload.writes,
        reads: workload.reads,
        lost,
        switchLsnBytes: state.history.find((h) => h.timeline === (state.timeline ?? 0) - 1)?.lsn ?? null,
        events: timeline.events(),
        dynamicConfig: state.dynamicConfig,
        patroniVersion: leader.patroniVersion,
      });
      await ctx.remember({ report: value } satisfies DrillFacts);
      return {
        detail: `write downtime ${value.writeDowntimeMs} ms, read downtime ${value.readDowntimeMs} ms, ${value.writes.lost} of ${value.writes.acknowledged} acknowledged writes lost`,
        value,
      };
    }))!;
    return `${kind} drill: write downtime ${report.writeDowntimeMs} ms (bound ${report.bound.ms ?? '?'} ms), ${report.writes.lost} lost`;
  });
}

async function reachLeader(
  ctx: JobContext<DrillRequest>,
  ssh: SshSessions,
  leader: MemberState,
): Promise<HostFault> {
  return (await ctx.step('Reach the leader host', async () => {
    const access = await leaderAccess(ctx, leader);
    const shell = await ssh.shell(access);
    const fault = await hostFault(ctx.params.kind, shell, access.host.port);
    await ctx.remember({ faultHost: { name: leader.name, address: leader.host } } satisfies DrillFacts);
    return {
      detail: `${leader.name} (${leader.host}:${access.host.port}) as ${access.login.username}`,
      value: fault,
    };
  }))!;
}

async function switchover(ctx: JobContext<DrillRequest>, leader: MemberState): Promise<string> {
  const answer = await ctx.env.actions.switchover(leader.apiUrl, { leader: leader.name });
  if (answer.status !== 200) throw new JobFailure(`Patroni refused (${answer.status}): ${answer.body}`);
  return `Patroni: ${answer.body}`;
}

async function newLeader(ctx: JobContext<DrillRequest>, timeline: DrillTimeline, timeoutMs: number) {
  const detail = await ctx.waitFor('a new leader', () => timeline.get('new-leader')?.detail, timeoutMs);
  return { detail };
}

async function undo(ctx: JobContext<DrillRequest>, fault: HostFault, timeline: DrillTimeline): Promise<void> {
  await ctx.step('Undo the fault', async () => {
    const detail = await fault.undo();
    timeline.mark('fault-undone', Date.now(), detail);
    await ctx.remember({ faultInPlace: false } satisfies DrillFacts);
    return { detail };
  });
}

async function leftInPlace(
  ctx: JobContext<DrillRequest>,
  leader: MemberState,
  error: unknown,
): Promise<never> {
  const why = error instanceof Error ? error.message : String(error);
  await ctx.log(
    `The fault on ${leader.name} could not be undone (${why}). An isolated or frozen host heals itself within 5 minutes; a stopped Patroni or a lost host needs its services started (systemctl start etcd patroni).`,
    'error',
  );
  throw new JobFailure(`the fault on ${leader.name} may still be in place: ${why}`);
}

/** Waits until `writesBackAfter` writes in a row were acknowledged after the fault. */
async function writesBack(
  ctx: JobContext<DrillRequest>,
  workload: ProbeWorkload,
  faultAt: number,
): Promise<string> {
  const deadline = Date.now() + 120_000;
  const since = Math.max(faultAt, Date.now());
  for (;;) {
    const recent = workload.writes.slice(-writesBackAfter);
    if (recent.length === writesBackAfter && recent[0]!.sentMs >= since)
      return `${writesBackAfter} writes in a row acknowledged since ${new Date(since).toISOString()}`;
    if (Date.now() > deadline)
      throw new JobFailure(
        `writes did not come back within 120 s (last error: ${workload.lastWriteError ?? 'none'})`,
      );
    await ctx.env.sleep(100, ctx.signal);
  }
}

/** Feeds Keel's observed state into the timeline every 100 ms until stopped. */
function watch(ctx: JobContext<DrillRequest>, timeline: DrillTimeline): { stop(): void } {
  const timer = setInterval(() => {
    const state = ctx.env.state();
    if (state) timeline.observe(state, Date.now());
  }, 100);
  return { stop: () => clearInterval(timer) };
}

/**
 * When the new leader was promoted: Keel sees a role only at its next poll, and Patroni's history is
 * written after the fact, so the earliest of the two counts, and never later than the first write
 * acknowledged after the outage (only a promoted primary takes writes).
 */
function correctPromotion(
  timeline: DrillTimeline,
  history: { at: string | null; newLeader: string | null; timeline: number }[],
  faultAt: number,
): void {
  if (!timeline.get('new-leader')) return;
  const seen = timeline.get('promoted');
  const seenAt = seen ? Date.parse(seen.at) : Infinity;
  const latest = history.at(-1);
  const recorded = latest?.at ? Date.parse(latest.at) : Number.NaN;
  if (latest && recorded >= faultAt - 1_000 && recorded < seenAt)
    timeline.correct('promoted', recorded, `Patroni's history: timeline ${latest.timeline + 1} began`);
  const firstWrite = timeline.get('first-write');
  const promoted = timeline.get('promoted');
  if (firstWrite && (!promoted || Date.parse(promoted.at) > Date.parse(firstWrite.at)))
    timeline.correct('promoted', Date.parse(firstWrite.at), 'by then at the latest: it acknowledged a write');
}
