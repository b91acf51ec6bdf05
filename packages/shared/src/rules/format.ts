const units = ['B', 'kB', 'MB', 'GB', 'TB'] as const;

/**
 * Bytes for people: 0 B, 512 kB, 40 MB, 1.2 GB. Decimal units, as Patroni's lag settings are in bytes, so
 * "lagging 40 MB" in a health reason and 40 MB in the dashboard's table are the same number. A value that
 * is not a number (NaN, Infinity) reads "—" rather than "NaN B".
 */
export function formatBytes(bytes: number): string {
  if (!Number.isFinite(bytes)) return '—';
  let value = bytes;
  let unit = 0;
  while (Math.abs(value) >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit += 1;
  }
  const digits = unit === 0 || Math.abs(value) >= 10 ? 0 : 1;
  return `${value.toFixed(digits)} ${units[unit]}`;
}
