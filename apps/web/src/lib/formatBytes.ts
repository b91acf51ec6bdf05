const UNITS = ['B', 'kB', 'MB', 'GB', 'TB'] as const;

/**
 * Bytes for people: 0 B, 512 kB, 40 MB, 1.2 GB. Decimal units, as Patroni's lag settings and the server's
 * health messages use them, so "lagging 40 MB" in a reason and 40 MB in the table are the same number.
 */
export function formatBytes(bytes: number): string {
  if (!Number.isFinite(bytes)) return '—';
  let value = bytes;
  let unit = 0;
  while (Math.abs(value) >= 1000 && unit < UNITS.length - 1) {
    value /= 1000;
    unit += 1;
  }
  const digits = unit === 0 || Math.abs(value) >= 10 ? 0 : 1;
  return `${value.toFixed(digits)} ${UNITS[unit]}`;
}
