import type {
  Job as JobView,
  JobDetail,
  JobKind,
  JobLogLine,
  JobQuery,
  JobStatus,
  JobStep,
} from '@keel/shared';
import type { Job, PrismaClient } from '../generated/prisma/index.js';

/** A job as the rest of Keel sees it: its JSON columns (params, steps, facts) already parsed. */
export type JobRecord = Omit<Job, 'params' | 'steps' | 'facts'> & {
  params: Record<string, unknown>;
  steps: JobStep[];
  facts: Record<string, unknown>;
};

// JSON columns are parsed here and nowhere else.
const toRecord = (j: Job): JobRecord => ({
  ...j,
  params: JSON.parse(j.params) as Record<string, unknown>,
  steps: JSON.parse(j.steps) as JobStep[],
  facts: JSON.parse(j.facts) as Record<string, unknown>,
});

export function toJobView(j: JobRecord): JobView {
  return {
    id: j.id,
    clusterId: j.clusterId,
    kind: j.kind as JobKind,
    summary: j.summary,
    params: j.params,
    status: j.status as JobStatus,
    requestedBy: j.requestedBy,
    createdAt: j.createdAt.toISOString(),
    scheduledAt: j.scheduledAt?.toISOString() ?? null,
    startedAt: j.startedAt?.toISOString() ?? null,
    finishedAt: j.finishedAt?.toISOString() ?? null,
    result: j.result,
    steps: j.steps,
  };
}

/** Jobs and their logs in SQLite. */
export class JobRepository {
  constructor(private readonly db: PrismaClient) {}

  async create(data: {
    clusterId: string | null;
    kind: JobKind;
    summary: string;
    params: object;
    requestedBy: string;
    scheduledAt: Date | null;
    createdAt: Date;
  }): Promise<JobRecord> {
    const row = await this.db.job.create({
      data: { ...data, params: JSON.stringify(data.params), status: 'queued' },
    });
    return toRecord(row);
  }

  async update(
    id: string,
    data: Partial<{
      status: JobStatus;
      startedAt: Date;
      finishedAt: Date;
      result: string;
      steps: JobStep[];
      facts: object;
    }>,
  ): Promise<JobRecord> {
    const row = await this.db.job.update({
      where: { id },
      data: {
        ...data,
        steps: data.steps && JSON.stringify(data.steps),
        facts: data.facts && JSON.stringify(data.facts),
      },
    });
    return toRecord(row);
  }

  async appendLog(jobId: string, line: JobLogLine): Promise<void> {
    await this.db.jobLog.create({
      data: { jobId, at: new Date(line.at), level: line.level, step: line.step, message: line.message },
    });
  }

  async find(id: string): Promise<JobRecord | null> {
    const row = await this.db.job.findUnique({ where: { id } });
    return row && toRecord(row);
  }

  async detail(id: string): Promise<JobDetail | null> {
    const job = await this.db.job.findUnique({
      where: { id },
      include: { logs: { orderBy: { id: 'asc' } } },
    });
    if (!job) return null;
    return {
      ...toJobView(toRecord(job)),
      log: job.logs.map((l) => ({
        at: l.at.toISOString(),
        level: l.level as JobLogLine['level'],
        step: l.step,
        message: l.message,
      })),
    };
  }

  /**
   * Newest first, paged by a cursor on (createdAt, id): many jobs share a millisecond (a rolling
   * operation, a script), and a cursor on the time alone would skip the rest of that millisecond.
   */
  async list(q: JobQuery): Promise<JobRecord[]> {
    const cursor = q.before ? await this.db.job.findUnique({ where: { id: q.before } }) : null;
    const rows = await this.db.job.findMany({
      where: {
        ...(q.clusterId && { clusterId: q.clusterId }),
        ...(q.status && { status: q.status }),
        ...(q.kind && { kind: q.kind }),
        ...(cursor && {
          OR: [
            { createdAt: { lt: cursor.createdAt } },
            { createdAt: cursor.createdAt, id: { lt: cursor.id } },
          ],
        }),
      },
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      take: q.limit ?? 50,
    });
    return rows.map(toRecord);
  }

  async withStatus(status: JobStatus): Promise<JobRecord[]> {
    return (await this.db.job.findMany({ where: { status } })).map(toRecord);
  }
}
