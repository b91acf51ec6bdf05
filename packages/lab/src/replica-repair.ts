// `pnpm lab up`'s last repair: a replica that cannot follow the leader is rebuilt from it, once.
// After a split brain (a member promoted behind Patroni's back) a replica can sit on a timeline the
// leader never had, "ahead of the flush position of this server": nothing but a rebuild brings it back,
// and without one `lab up` would wait out its deadline and every later test would find the lab broken.
import { progress } from './log.js';
import { LEADER_ROLES, type PatroniMember } from './probes.js';
import { rebuildMember } from './rebuild-member.js';
import type { PatroniMajor } from './state.js';

/** How long a replica may stay unable to stream before it is rebuilt (a restart or a rewind is quicker). */
const STUCK_MS = 45_000;

export class ReplicaRepair {
  private readonly stuckSince = new Map<string, number>();
  private readonly rebuilt = new Set<string>();

  constructor(
    private readonly major: PatroniMajor,
    private readonly patroniUrl: (member: string) => string,
  ) {}

  /** Why this replica cannot follow the leader now, or undefined when it can (or may yet). */
  private stuck(replica: PatroniMember, leader: PatroniMember): string | undefined {
    if (
      replica.timeline !== undefined &&
      leader.timeline !== undefined &&
      replica.timeline > leader.timeline
    ) {
      return `it is on timeline ${replica.timeline}, ahead of the leader's ${leader.timeline}`;
    }
    // Patroni 4 says "streaming" for a replica that follows; "running" is PostgreSQL up but not
    // streaming. Patroni 3 says "running" for both, so only the timeline tells there.
    if (['stopped', 'start failed', 'crashed'].includes(replica.state)) return `it is ${replica.state}`;
    if (this.major === 4 && replica.state === 'running') return 'it runs but does not stream';
    return undefined;
  }

  /** Looks at Patroni's members once; rebuilds (and waits for) a replica stuck for too long. */
  async check(members: PatroniMember[] | undefined): Promise<void> {
    const leader = members?.find((m) => LEADER_ROLES.has(m.role) && m.state === 'running');
    if (!members || !leader) return; // nothing to copy from yet
    for (const replica of members.filter((m) => m !== leader)) {
      const why = this.stuck(replica, leader);
      if (!why) {
        this.stuckSince.delete(replica.name);
        continue;
      }
      const since = this.stuckSince.get(replica.name) ?? Date.now();
      this.stuckSince.set(replica.name, since);
      const diverged = why.includes('timeline');
      if (this.rebuilt.has(replica.name) || (!diverged && Date.now() - since < STUCK_MS)) continue;
      this.rebuilt.add(replica.name);
      progress(
        `repairing: replica ${replica.name} cannot follow leader ${leader.name} (${why}); rebuilding it`,
      );
      await rebuildMember(this.patroniUrl(replica.name));
      progress(`repairing: replica ${replica.name} rebuilt from ${leader.name}`);
    }
  }
}
