const HIGH = 2 ** 32;

/** A WAL position as PostgreSQL prints it: 0/3000060 (high and low 32 bits in hex). */
export function formatLsn(lsn: number): string {
  if (!Number.isSafeInteger(lsn) || lsn < 0) return String(lsn);
  const high = Math.floor(lsn / HIGH);
  const low = lsn % HIGH;
  return `${high.toString(16).toUpperCase()}/${low.toString(16).toUpperCase()}`;
}
