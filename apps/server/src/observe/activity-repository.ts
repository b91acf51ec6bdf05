import type { ActivityEvent } from '@keel/shared';
import type { PrismaClient } from '../generated/prisma/index.js';

/** A cluster's kept activity in SQLite; the event's JSON is written and parsed here and nowhere else. */
export class ActivityRepository {
  constructor(private readonly db: PrismaClient) {}

  async add(event: ActivityEvent): Promise<void> {
    await this.db.activityEntry.create({
      data: {
        clusterId: event.clusterId,
        at: new Date(event.at),
        type: event.type,
        event: JSON.stringify(event),
      },
    });
  }

  /** Deletes the cluster's entries older than its newest `keep`. */
  async prune(clusterId: string, keep: number): Promise<void> {
    const oldestKept = await this.db.activityEntry.findFirst({
      where: { clusterId },
      orderBy: { id: 'desc' },
      skip: keep - 1,
      select: { id: true },
    });
    if (!oldestKept) return;
    await this.db.activityEntry.deleteMany({ where: { clusterId, id: { lt: oldestKept.id } } });
  }

  /** Newest first: the order the observer saw them in, reversed. */
  async newest(clusterId: string, limit: number): Promise<ActivityEvent[]> {
    const rows = await this.db.activityEntry.findMany({
      where: { clusterId },
      orderBy: { id: 'desc' },
      take: limit,
      select: { event: true },
    });
    return rows.map((r) => JSON.parse(r.event) as ActivityEvent);
  }

  async removeCluster(clusterId: string): Promise<void> {
    await this.db.activityEntry.deleteMany({ where: { clusterId } });
  }
}
