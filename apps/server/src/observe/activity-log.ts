import { isActivityEvent, type ActivityEvent, type KeelEvent } from '@keel/shared';
import type { FastifyBaseLogger } from 'fastify';
import type { ActivityRepository } from './activity-repository.js';

/** Entries kept per cluster: a few failovers' worth of leader, role and health changes. */
export const ACTIVITY_KEPT = 200;

/**
 * Keeps each cluster's recent activity (what "Live activity" shows) from the live feed, in SQLite, so a
 * reload or a restart of Keel shows the same events. Writes go one at a time in the order published:
 * the ids then give the order the observer saw, and a cluster's removal comes after its last entry.
 * A failed write is logged and never reaches the observer that published the event.
 */
export class ActivityLog {
  private pending: Promise<void> = Promise.resolve();

  constructor(
    private readonly repo: ActivityRepository,
    private readonly log: FastifyBaseLogger,
    private readonly kept = ACTIVITY_KEPT,
  ) {}

  /** An EventHub listener: records activity events, forgets a removed cluster's. */
  readonly listen = (event: KeelEvent): void => {
    if (isActivityEvent(event)) this.enqueue(() => this.store(event));
    else if (event.type === 'cluster.removed') this.enqueue(() => this.repo.removeCluster(event.clusterId));
  };

  /** The newest entries, after every event published so far is written. */
  async recent(clusterId: string, limit: number): Promise<ActivityEvent[]> {
    await this.pending;
    return this.repo.newest(clusterId, limit);
  }

  /** Resolves once every event published so far is written (at shutdown, before the database closes). */
  async flush(): Promise<void> {
    await this.pending;
  }

  private async store(event: ActivityEvent): Promise<void> {
    await this.repo.add(event);
    await this.repo.prune(event.clusterId, this.kept);
  }

  private enqueue(write: () => Promise<void>): void {
    this.pending = this.pending.then(write).catch((error: unknown) => {
      this.log.warn({ err: error }, 'could not keep a cluster activity entry');
    });
  }
}
