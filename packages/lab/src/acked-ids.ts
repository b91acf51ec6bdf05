import pg from 'pg';

/** One acknowledged write of a test writer: its id and when the client had the answer. */
export interface AckedId {
  id: number;
  at: number;
}

/** The longest time between two acknowledged writes, in ms (`acked` in the order they were answered). */
export function longestAckGapMs(acked: readonly AckedId[]): number {
  let gap = 0;
  for (let i = 1; i < acked.length; i++) gap = Math.max(gap, acked[i]!.at - acked[i - 1]!.at);
  return gap;
}

/** Acknowledged ids that `table` does not have, read through `via` (e.g. the new leader). */
export async function missingIds(
  via: pg.ClientConfig,
  table: string,
  acked: readonly AckedId[],
): Promise<number[]> {
  const client = new pg.Client({ ...via, connectionTimeoutMillis: 5_000 });
  client.on('error', () => undefined);
  await client.connect();
  try {
    const rows = await client.query<{ id: number }>(`select id from ${table}`);
    const present = new Set(rows.rows.map((r) => r.id));
    return acked.map((a) => a.id).filter((id) => !present.has(id));
  } finally {
    await client.end();
  }
}
