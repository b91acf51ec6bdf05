import {
  haproxyWriters,
  isStreamingReplica,
  type ClusterState,
  type DrillEvent,
  type DrillEventName,
} from '@keel/shared';

/**
 * The moments of one drill, each kept once, at the first time it was seen: from Keel's own observation
 * of the cluster (its etcd watch sees the leader key in milliseconds; Patroni's roles and HAProxy's
 * backends arrive with each poll) and from the drill's client workload.
 */
export class DrillTimeline {
  private readonly seen = new Map<DrillEventName, DrillEvent>();

  constructor(
    readonly faultAt: number,
    readonly oldLeader: string,
  ) {}

  mark(name: DrillEventName, at: number, detail: string): void {
    if (this.seen.has(name)) return;
    this.seen.set(name, {
      name,
      at: new Date(at).toISOString(),
      offsetMs: Math.round(at - this.faultAt),
      detail,
    });
  }

  /** Moves an event to a better-known time (e.g. Patroni's own record of a promotion). */
  correct(name: DrillEventName, at: number, detail: string): void {
    this.seen.delete(name);
    this.mark(name, at, detail);
  }

  get(name: DrillEventName): DrillEvent | undefined {
    return this.seen.get(name);
  }

  /** Every event, in time order. */
  events(): DrillEvent[] {
    return [...this.seen.values()].sort((a, b) => a.offsetMs - b.offsetMs);
  }

  /** The member that leads now, if another than before the fault. */
  newLeader(state: ClusterState): string | null {
    return state.leader && state.leader !== this.oldLeader ? state.leader : null;
  }

  /** Looks at one observed state, at `now`. */
  observe(state: ClusterState, now: number): void {
    // The leader key as the etcd watch delivered it, at the event's own time (the state's leader is
    // the cross-checked one, which may follow a little later).
    const watch = state.view.claims.find((c) => c.source === 'etcd-watch');
    const keyHolder = watch ? watch.leader : state.leader;
    const keyAt = watch?.at ? Math.min(now, Date.parse(watch.at)) : now;
    if (keyHolder !== this.oldLeader)
      this.mark(
        'leader-lost',
        keyAt,
        keyHolder ? `${keyHolder} took the leader key` : 'the leader key is gone from etcd',
      );
    if (keyHolder && keyHolder !== this.oldLeader)
      this.mark('new-leader', keyAt, `${keyHolder} holds the leader key`);
    const successor = this.newLeader(state);
    if (successor) {
      this.mark('new-leader', now, `${successor} holds the leader key`);
      const member = state.members.find((m) => m.name === successor);
      if (member?.role === 'leader') this.mark('promoted', now, `${successor}'s Patroni says it leads`);
      if (haproxyWriters(state.haproxy.backends).includes(successor))
        this.mark('routed', now, `HAProxy's read-write backend has ${successor} UP`);
    }
    const old = state.members.find((m) => m.name === this.oldLeader);
    if (successor && old && isStreamingReplica(old))
      this.mark('rejoined', now, `${this.oldLeader} streams from ${successor}`);
    if (this.get('first-write') && state.health.level === 'healthy')
      this.mark('healthy', now, 'every source says healthy');
  }
}
