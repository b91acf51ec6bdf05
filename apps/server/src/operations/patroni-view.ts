import type { MemberRole } from '@keel/shared';
import { errorMessage } from '../failure.js';
import type { JobContext, JobEnv } from '../jobs/types.js';
import { JobFailure } from '../jobs/types.js';
import { normalizeRole } from '../patroni/roles.js';

/** One member as its own Patroni REST API describes it right now. */
export interface PatroniMemberView {
  name: string;
  apiUrl: string;
  reachable: boolean;
  role: MemberRole;
  state: string;
  timeline: number | null;
  error: string | null;
}

/** The cluster as Patroni itself says it is, asked directly: what a job's checks judge by. */
export interface PatroniView {
  members: PatroniMemberView[];
  /** The one member reporting itself as a running primary, if exactly one does. */
  leader: PatroniMemberView | undefined;
}

/** Asks every member's /patroni at once. Never Keel's cache: a job must judge by the cluster itself. */
export async function askPatroni(env: JobEnv): Promise<PatroniView> {
  const members = env.target()?.members ?? [];
  const views = await Promise.all(
    members.map(async (m): Promise<PatroniMemberView> => {
      try {
        const node = await env.patroni.node(m.apiUrl);
        return {
          name: m.name,
          apiUrl: m.apiUrl,
          reachable: true,
          role: normalizeRole(node.role),
          state: node.state ?? 'unknown',
          timeline: node.timeline ?? null,
          error: null,
        };
      } catch (error) {
        return {
          name: m.name,
          apiUrl: m.apiUrl,
          reachable: false,
          role: 'unknown',
          state: 'unreachable',
          timeline: null,
          error: errorMessage(error),
        };
      }
    }),
  );
  const leaders = views.filter((v) => v.role === 'leader' && v.state === 'running');
  return { members: views, leader: leaders.length === 1 ? leaders[0] : undefined };
}

/** A replica Patroni reports as replicating (4.x says `streaming`, 3.x `running`). */
export const replicates = (m: PatroniMemberView): boolean =>
  m.reachable &&
  m.role !== 'leader' &&
  m.role !== 'unknown' &&
  (m.state === 'streaming' || m.state === 'running');

export function describeView(view: PatroniView): string {
  return view.members
    .map((m) =>
      m.reachable
        ? `${m.name} ${m.role}/${m.state}${m.timeline !== null ? ` tl${m.timeline}` : ''}`
        : `${m.name} unreachable`,
    )
    .join(', ');
}

/** Polls Patroni directly until `check` answers a detail string, or fails after `timeoutMs` saying what it saw. */
export async function waitForPatroni(
  ctx: JobContext<unknown>,
  what: string,
  check: (view: PatroniView) => string | undefined,
  timeoutMs: number,
): Promise<string> {
  const deadline = ctx.env.clock().getTime() + timeoutMs;
  for (;;) {
    const view = await askPatroni(ctx.env);
    const found = check(view);
    if (found !== undefined) return found;
    if (ctx.env.clock().getTime() >= deadline) {
      throw new JobFailure(
        `${what}: not seen within ${Math.round(timeoutMs / 1000)} s (Patroni says: ${describeView(view)})`,
      );
    }
    await ctx.env.sleep(250, ctx.signal);
  }
}

/** Waits until Patroni itself names `candidate` as leader: a switchover's or failover's "New leader elected". */
export function waitForNewLeader(
  ctx: JobContext<unknown>,
  candidate: string,
  startedMs: number,
  timeoutMs: number,
): Promise<string> {
  return waitForPatroni(
    ctx,
    `${candidate} as leader`,
    (view) =>
      view.leader?.name === candidate
        ? `${candidate} reports itself primary, ${((ctx.env.clock().getTime() - startedMs) / 1000).toFixed(1)} s after the request`
        : undefined,
    timeoutMs,
  );
}
