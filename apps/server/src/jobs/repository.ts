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

export type JobRecord = Job;

export function toJobView(j: Job): JobView {
  return {
    id: j.id,
    clusterId: j.clusterId,
    kind: j.kind as JobKind,
    summary: j.summary,
    params: JSON.parse(j.params) as Record<string, unknown>,
    status: j.status as JobStatus,
    requestedBy: j.requestedBy,
    createdAt: j.createdAt.toISOString(),
    scheduledAt: j.scheduledAt?.toISOString() ?? null,
    startedAt: j.startedAt?.toISOString() ?? null,
    finishedAt: j.finishedAt?.toISOString() ?? null,
    result: j.result,
    steps: JSON.parse(j.steps) as JobStep[],
  };
}

/** Jobs and their logs in SQLite. */
export class JobRepository {
  constructor(private readonly db: PrismaClient) {}

  create(data: {
    clusterId: string | null;
    kind: JobKind;
    summary: string;
    params: object;
    requestedBy: string;
    scheduledAt: Date | null;
    createdAt: Date;
  }): Promise<Job> {
    return this.db.job.create({ data: { ...data, params: JSON.stringify(data.params), status: 'queued' } });
  }

  update(
    id: string,
    data: Partial<{
      status: JobStatus;
      startedAt: Date;
      finishedAt: Date;
      result: string;
      steps: JobStep[];
      facts: object;
    }>,
  ): Promise<Job> {
    return this.db.job.update({
      where: { id },
      data: {
        ...data,
        steps: data.steps && JSON.stringify(data.steps),
        facts: data.facts && JSON.stringify(data.facts),
      },
    });
  }

  async appendLog(jobId: string, line: JobLogLine): Promise<void> {
    await this.db.jobLog.create({
      data: { jobId, at: new Date(line.at), level: line.level, step: line.step, message: line.message },
    });
  }

  find(id: string): Promise<Job | null> {
    return this.db.job.findUnique({ where: { id } });
  }

  async detail(id: string): Promise<JobDetail | null> {
    const job = await this.db.job.findUnique({
      where: { id },
      include: { logs: { orderBy: { id: 'asc' } } },
    });
    if (!job) return null;
    return {
      ...toJobView(job),
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
  async list(q: JobQuery): Promise<Job[]> {
    const cursor = q.before ? await this.db.job.findUnique({ where: { id: q.before } }) : null;
    return this.db.job.findMany({
      where: {
        ...(q.clusterId && { clusterId: q.clusterId }),
        ...(q.status && { status: q.status }),
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
  }

  withStatus(status: JobStatus): Promise<Job[]> {
    return this.db.job.findMany({ where: { status } });
  }
}
