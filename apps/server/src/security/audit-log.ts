import type { AuditEvent, AuditOutcome, AuditQuery } from '@keel/shared';
import type { Prisma, PrismaClient } from '../generated/prisma/index.js';
import { redact } from './redact.js';

export interface AuditEntry {
  actorType: AuditEvent['actorType'];
  actor: string;
  action: string;
  target?: string | null;
  params?: unknown;
  outcome: AuditOutcome;
  statusCode?: number | null;
  ip?: string | null;
  detail?: string | null;
}

/** The append-only audit table (SQLite triggers refuse UPDATE and DELETE). Secrets are removed before writing. */
export class AuditLog {
  constructor(
    private readonly db: PrismaClient,
    private readonly clock: () => Date,
  ) {}

  async record(entry: AuditEntry): Promise<void> {
    const params =
      entry.params === undefined || entry.params === null ? null : JSON.stringify(redact(entry.params));
    await this.db.auditEvent.create({
      data: {
        at: this.clock(),
        actorType: entry.actorType,
        actor: entry.actor,
        action: entry.action,
        target: entry.target ?? null,
        params,
        outcome: entry.outcome,
        statusCode: entry.statusCode ?? null,
        ip: entry.ip ?? null,
        detail: entry.detail?.slice(0, 1000) ?? null,
      },
    });
  }

  async query(q: AuditQuery): Promise<AuditEvent[]> {
    const where: Prisma.AuditEventWhereInput = {
      ...(q.actor && { actor: q.actor }),
      ...(q.action && { action: { contains: q.action } }),
      ...(q.outcome && { outcome: q.outcome }),
      ...((q.since || q.until) && {
        at: { ...(q.since && { gte: new Date(q.since) }), ...(q.until && { lt: new Date(q.until) }) },
      }),
      ...(q.before && { id: { lt: q.before } }),
    };
    const rows = await this.db.auditEvent.findMany({ where, orderBy: { id: 'desc' }, take: q.limit ?? 100 });
    return rows.map((r) => ({
      id: r.id,
      at: r.at.toISOString(),
      actorType: r.actorType as AuditEvent['actorType'],
      actor: r.actor,
      action: r.action,
      target: r.target,
      params: r.params ? (JSON.parse(r.params) as Record<string, unknown>) : null,
      outcome: r.outcome as AuditOutcome,
      statusCode: r.statusCode,
      ip: r.ip,
      detail: r.detail,
    }));
  }
}
