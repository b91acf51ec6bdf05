import type { AuditEvent, AuditOutcome, AuditQuery } from '@keel/shared';
import type { AuditEvent as AuditRow, Prisma, PrismaClient } from '../generated/prisma/index.js';
import { archiveOlderThan, type ArchiveResult } from './audit-archive.js';
import { auditParams, readAuditParams } from './audit-params.js';
import { targetNames } from './audit-targets.js';
import { AnonymousThrottle, type Suppressed } from './audit-throttle.js';

export interface AuditEntry {
  actorType: AuditEvent['actorType'];
  actor: string;
  action: string;
  target?: string | null;
  targetName?: string | null;
  /** The request body or parameters: stored as a bounded, redacted object (see audit-params.ts). */
  params?: unknown;
  outcome: AuditOutcome;
  statusCode?: number | null;
  ip?: string | null;
  detail?: string | null;
}

const actorTypes = new Set<string>(['user', 'token', 'anonymous', 'system']);
const outcomes = new Set<string>(['success', 'failure', 'denied']);
const clip = (text: string | null | undefined, max: number): string | null => text?.slice(0, max) ?? null;

/**
 * The append-only audit table (SQLite triggers refuse UPDATE, and DELETE except archive-then-prune).
 * Writing is bounded (secrets removed, sizes capped, anonymous refusals throttled into summaries);
 * reading never trusts a row to fit the schema, since older versions stored bodies as they came.
 */
export class AuditLog {
  private readonly throttle = new AnonymousThrottle();
  private readonly timer: NodeJS.Timeout;

  constructor(
    private readonly db: PrismaClient,
    private readonly clock: () => Date,
  ) {
    // A failed write here has no request to report to; it costs only those summaries.
    this.timer = setInterval(() => {
      this.writeSummaries(false).catch(() => undefined);
    }, 30_000).unref();
  }

  async record(entry: AuditEntry): Promise<void> {
    if (entry.actorType === 'anonymous' && entry.outcome !== 'success') {
      const now = this.clock().getTime();
      if (!this.throttle.admit(entry.ip ?? 'unknown', entry.action, now)) return;
    }
    const params = auditParams(entry.params);
    await this.db.auditEvent.create({
      data: {
        at: this.clock(),
        actorType: entry.actorType,
        actor: clip(entry.actor, 100) ?? '',
        action: clip(entry.action, 200) ?? '',
        target: clip(entry.target, 100),
        targetName: clip(entry.targetName, 200),
        params: params === null ? null : JSON.stringify(params),
        outcome: entry.outcome,
        statusCode: entry.statusCode ?? null,
        ip: clip(entry.ip, 64),
        detail: clip(entry.detail, 1000),
      },
    });
  }

  /** Writes the summaries of every throttled window now (tests, shutdown). */
  async flush(): Promise<void> {
    await this.writeSummaries(true);
  }

  async close(): Promise<void> {
    clearInterval(this.timer);
    await this.flush();
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
    return this.view(rows);
  }

  async archive(olderThanDays: number, actor: string, dataDir: string): Promise<ArchiveResult> {
    const before = new Date(this.clock().getTime() - olderThanDays * 86_400_000);
    return archiveOlderThan(this.db, dataDir, before, actor, (rows) => this.view(rows));
  }

  /** Rows as the API shows them; a value no version of Keel should have written becomes a safe one. */
  private async view(rows: AuditRow[]): Promise<AuditEvent[]> {
    // Rows from before names were recorded: what the target is called now, if it still exists.
    const unnamed = rows.filter((r) => r.target && !r.targetName).map((r) => r.target!);
    const names = await targetNames(this.db, unnamed);
    return rows.map((r) => ({
      id: r.id,
      at: r.at.toISOString(),
      actorType: (actorTypes.has(r.actorType) ? r.actorType : 'system') as AuditEvent['actorType'],
      actor: r.actor,
      action: r.action,
      target: r.target,
      targetName: r.targetName ?? (r.target ? (names.get(r.target) ?? null) : null),
      params: readAuditParams(r.params),
      outcome: (outcomes.has(r.outcome) ? r.outcome : 'failure') as AuditOutcome,
      statusCode: r.statusCode,
      ip: r.ip,
      detail: r.detail,
    }));
  }

  private async writeSummaries(all: boolean): Promise<void> {
    const summaries = this.throttle.drain(this.clock().getTime(), all);
    for (const s of summaries) await this.db.auditEvent.create({ data: this.summaryRow(s) });
  }

  private summaryRow(s: Suppressed): Prisma.AuditEventCreateInput {
    const where = s.ip ? `from ${s.ip}` : 'from addresses past the overall limit';
    return {
      at: this.clock(),
      actorType: 'system',
      actor: 'keel',
      action: 'audit.suppressed',
      outcome: 'denied',
      ip: s.ip,
      detail: `${s.count} more anonymous refusals ${where} between ${s.from.toISOString()} and ${s.until.toISOString()} were counted, not recorded one by one (the last: ${s.lastAction})`,
    };
  }
}
