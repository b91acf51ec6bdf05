import { createHash } from 'node:crypto';
import { mkdir, open } from 'node:fs/promises';
import path from 'node:path';
import type { AuditEvent } from '@keel/shared';
import type { AuditEvent as AuditRow, PrismaClient } from '../generated/prisma/index.js';

export const archiveFolder = 'audit-archive';
const batch = 1_000;

export interface ArchiveResult {
  archived: number;
  throughId: number | null;
  before: string;
  /** Relative to the data directory. */
  file: string | null;
  sha256: string | null;
}

/**
 * Archive-then-prune: the oldest events, up to the first one newer than `before`, are written to a JSON
 * Lines file in the data directory (mode 0600, synced to disk), and only then removed, together with an
 * AuditPrune row in one transaction; the delete trigger refuses any row that no AuditPrune row covers.
 */
export async function archiveOlderThan(
  db: PrismaClient,
  dataDir: string,
  before: Date,
  actor: string,
  toView: (rows: AuditRow[]) => Promise<AuditEvent[]>,
): Promise<ArchiveResult> {
  const firstKept = await db.auditEvent.findFirst({
    where: { at: { gte: before } },
    orderBy: { id: 'asc' },
    select: { id: true },
  });
  const lastOld = await db.auditEvent.findFirst({
    where: firstKept ? { id: { lt: firstKept.id } } : {},
    orderBy: { id: 'desc' },
    select: { id: true },
  });
  const empty = { archived: 0, throughId: null, before: before.toISOString(), file: null, sha256: null };
  if (!lastOld) return empty;
  const throughId = lastOld.id;

  const folder = path.join(dataDir, archiveFolder);
  await mkdir(folder, { recursive: true, mode: 0o700 });
  const name = `keel-audit-through-${throughId}-${new Date().toISOString().replace(/[:.]/g, '-')}.jsonl`;
  const file = await open(path.join(folder, name), 'wx', 0o600);
  const hash = createHash('sha256');
  let archived = 0;
  try {
    for (let after = 0; ;) {
      const rows = await db.auditEvent.findMany({
        where: { id: { gt: after, lte: throughId } },
        orderBy: { id: 'asc' },
        take: batch,
      });
      if (rows.length === 0) break;
      const text = (await toView(rows)).map((e) => `${JSON.stringify(e)}\n`).join('');
      hash.update(text);
      await file.write(text);
      archived += rows.length;
      after = rows.at(-1)!.id;
    }
    await file.sync();
  } finally {
    await file.close();
  }
  const sha256 = hash.digest('hex');
  const relative = path.join(archiveFolder, name);
  await db.$transaction([
    db.auditPrune.create({
      data: { actor, throughId, before, count: archived, archive: relative, sha256 },
    }),
    db.auditEvent.deleteMany({ where: { id: { lte: throughId } } }),
  ]);
  return { archived, throughId, before: before.toISOString(), file: relative, sha256 };
}
