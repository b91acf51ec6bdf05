import type { Schedule as ScheduleView } from '@keel/shared';
import type { PrismaClient, Schedule } from '../generated/prisma/index.js';
import { nextRunAfter } from './cron.js';

/** A schedule with its params parsed. */
export type ScheduleRecord = Omit<Schedule, 'params'> & { params: Record<string, unknown> };

const toRecord = (s: Schedule): ScheduleRecord => ({
  ...s,
  params: JSON.parse(s.params) as Record<string, unknown>,
});

/** When it runs next: after its last run (or its creation). A time already past means "now". */
export const dueAt = (s: ScheduleRecord): Date | null =>
  s.enabled ? nextRunAfter(s.cron, s.lastRunAt ?? s.createdAt) : null;

export function toScheduleView(s: ScheduleRecord): ScheduleView {
  return {
    id: s.id,
    clusterId: s.clusterId,
    kind: s.kind as ScheduleView['kind'],
    params: s.params,
    cron: s.cron,
    enabled: s.enabled,
    owner: s.ownerName,
    createdAt: s.createdAt.toISOString(),
    nextRunAt: dueAt(s)?.toISOString() ?? null,
    lastRunAt: s.lastRunAt?.toISOString() ?? null,
    lastJobId: s.lastJobId,
    lastError: s.lastError,
  };
}

/** Schedules in SQLite. */
export class ScheduleRepository {
  constructor(private readonly db: PrismaClient) {}

  async create(data: {
    clusterId: string;
    kind: string;
    params: object;
    cron: string;
    enabled: boolean;
    ownerId: string;
    ownerName: string;
    createdAt: Date;
  }): Promise<ScheduleRecord> {
    return toRecord(
      await this.db.schedule.create({ data: { ...data, params: JSON.stringify(data.params) } }),
    );
  }

  async find(id: string): Promise<ScheduleRecord | null> {
    const row = await this.db.schedule.findUnique({ where: { id } });
    return row && toRecord(row);
  }

  async list(clusterId?: string): Promise<ScheduleRecord[]> {
    const rows = await this.db.schedule.findMany({
      where: clusterId ? { clusterId } : {},
      orderBy: { createdAt: 'asc' },
    });
    return rows.map(toRecord);
  }

  async update(
    id: string,
    data: Partial<Pick<Schedule, 'cron' | 'enabled' | 'lastRunAt' | 'lastJobId' | 'lastError'>>,
  ): Promise<ScheduleRecord> {
    return toRecord(await this.db.schedule.update({ where: { id }, data }));
  }

  async delete(id: string): Promise<void> {
    await this.db.schedule.delete({ where: { id } });
  }
}
