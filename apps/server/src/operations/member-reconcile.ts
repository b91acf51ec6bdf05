import type { MemberState } from '@keel/shared';
import type { JobContext, Reconciled } from '../jobs/types.js';
import { errorMessage } from '../failure.js';
import { isLeaderRole, normalizeRole } from '../patroni/roles.js';

/** What Keel wrote down just before asking Patroni to act on a member: the evidence a reconcile compares. */
interface Asked {
  /** The member's postmaster start time before the request: a restart or a rebuild changes it. */
  before: string | null;
  at: string;
}

interface MemberFacts {
  asked?: Record<string, Asked>;
  /** The member whose step was under way. */
  current?: string;
}

export type MemberOutcome =
  | { kind: 'happened'; detail: string }
  | { kind: 'not asked'; detail: string }
  | { kind: 'did not happen'; detail: string }
  | { kind: 'unknown'; detail: string };

/**
 * Written before the request leaves, so that after a crash "never asked" is certain and "asked" means
 * Patroni may have acted (its restart and reinitialize go on without Keel).
 */
export async function recordAsking(
  ctx: JobContext<unknown>,
  verb: string,
  member: MemberState,
  before: string | null,
): Promise<void> {
  const facts = ctx.facts as MemberFacts;
  const asked = { ...facts.asked, [member.name]: { before, at: ctx.env.clock().toISOString() } };
  await ctx.remember({ asked } satisfies MemberFacts);
  await ctx.log(`Asking Patroni to ${verb} ${member.name} (postmaster started ${before ?? 'unknown'})`);
}

export async function recordCurrent(ctx: JobContext<unknown>, name: string): Promise<void> {
  await ctx.remember({ current: name } satisfies MemberFacts);
}

export const currentMember = (ctx: JobContext<unknown>): string | undefined =>
  (ctx.facts as MemberFacts).current;

/**
 * After Keel restarted: did Patroni restart (or rebuild) `name`? Judged by the member's own Patroni: a
 * postmaster started after the request, and the member running again (leading, or replicating). Patroni
 * goes on with a request Keel no longer waits for, so this waits up to `waitMs` for it to settle.
 */
export async function findMemberOutcome(
  ctx: JobContext<unknown>,
  name: string,
  verb: string,
  waitMs: number,
): Promise<MemberOutcome> {
  const asked = (ctx.facts as MemberFacts).asked?.[name];
  if (!asked)
    return { kind: 'not asked', detail: `not done: Keel stopped before asking Patroni to ${verb} ${name}` };
  const apiUrl = ctx.env.target()?.members.find((m) => m.name === name)?.apiUrl;
  if (!apiUrl) return { kind: 'unknown', detail: `cannot be known yet: Keel no longer knows ${name}` };
  const deadline = ctx.env.clock().getTime() + waitMs;
  for (;;) {
    let last: string;
    try {
      const node = await ctx.env.patroni.node(apiUrl);
      const started = node.postmaster_start_time ?? null;
      const role = normalizeRole(node.role);
      const ready = isLeaderRole(role)
        ? node.state === 'running'
        : node.state === 'streaming' || node.state === 'running';
      if (started !== null && started !== asked.before && ready) {
        return {
          kind: 'happened',
          detail: `${name} ${node.state} on a postmaster started ${started} (before the request: ${asked.before ?? 'unknown'})`,
        };
      }
      last = `${name} ${node.state ?? 'unknown'}, postmaster started ${started ?? 'unknown'}`;
      if (ctx.env.clock().getTime() >= deadline) {
        return started === asked.before && ready
          ? {
              kind: 'did not happen',
              detail: `Keel asked Patroni (or was about to) at ${asked.at}, but ${name} still runs on the postmaster started ${started ?? 'unknown'}`,
            }
          : { kind: 'unknown', detail: `cannot be known yet: ${last}` };
      }
    } catch (error) {
      last = `${name}'s Patroni does not answer (${errorMessage(error)})`;
      if (ctx.env.clock().getTime() >= deadline)
        return { kind: 'unknown', detail: `cannot be known yet: ${last}` };
    }
    await ctx.env.sleep(500, ctx.signal);
  }
}

/**
 * Checks the member as a step (shown on the job page), ends the step Keel left running with what was
 * found, and says how the job ended.
 */
export async function reconcileMember(
  ctx: JobContext<unknown>,
  stepName: string,
  name: string,
  verb: string,
  waitMs: number,
): Promise<{ outcome: MemberOutcome; reconciled: Reconciled }> {
  let outcome: MemberOutcome | undefined;
  await ctx
    .step(`Check ${name} after Keel restarted`, async () => {
      outcome = await findMemberOutcome(ctx, name, verb, waitMs);
      if (outcome.kind !== 'happened') throw new Error(outcome.detail);
      return { detail: outcome.detail };
    })
    .catch(() => undefined); // the outcome says it; the step records it as failed
  const found = outcome ?? { kind: 'unknown', detail: `cannot be known yet: ${name} could not be checked` };
  await ctx.settleStep(stepName, found.kind === 'happened' ? 'succeeded' : 'failed', found.detail);
  const reconciled: Reconciled =
    found.kind === 'happened'
      ? { status: 'succeeded', reason: `it happened: ${found.detail}` }
      : found.kind === 'not asked'
        ? { status: 'interrupted', reason: `it did not happen: ${found.detail}; nothing was done` }
        : found.kind === 'did not happen'
          ? { status: 'failed', reason: `it did not happen: ${found.detail}` }
          : { status: 'interrupted', reason: `${found.detail}; check ${name} and run it again if needed` };
  return { outcome: found, reconciled };
}
