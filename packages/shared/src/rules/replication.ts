import type { ReplicationSlot, ReplicationStandby, ReplicationView } from '../clusters.js';

/**
 * The physical slot Patroni keeps for a member (`use_slots`), as Patroni 4's slot_name_from_member_name
 * makes it: lowercased, `-` and `.` become `_`, any other character outside a-z, 0-9 and _ becomes `u`
 * and its code point in four digits, cut to 63 characters.
 */
export function patroniSlotName(member: string): string {
  return member
    .toLowerCase()
    .replace(/[^a-z0-9_]/gu, (c) =>
      c === '-' || c === '.' ? '_' : `u${String(c.codePointAt(0)).padStart(4, '0')}`,
    )
    .slice(0, 63);
}

/** What the leader reports about one member: its `pg_stat_replication` row and its slot, when there are. */
export function memberReplication(
  replication: ReplicationView | null,
  member: string,
): { standby: ReplicationStandby | null; slot: ReplicationSlot | null } {
  const slotName = patroniSlotName(member);
  return {
    standby: replication?.standbys.find((s) => s.applicationName === member) ?? null,
    slot: replication?.slots.find((s) => s.name === slotName) ?? null,
  };
}
