const clockFormat = new Intl.DateTimeFormat(undefined, { timeStyle: 'medium' });
const dateTimeFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'medium' });

/** "now", "3 s ago", "4 min ago", "2 h ago", "5 d ago". A time in the future (clock skew) reads "now". */
export function formatAgo(then: string | number | Date, now: number): string {
  const at = then instanceof Date ? then.getTime() : typeof then === 'number' ? then : Date.parse(then);
  if (!Number.isFinite(at)) return '—';
  const seconds = Math.floor((now - at) / 1000);
  if (seconds < 1) return 'now';
  if (seconds < 60) return `${seconds} s ago`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return `${minutes} min ago`;
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return `${hours} h ago`;
  return `${Math.floor(hours / 24)} d ago`;
}

/** Wall-clock time of day, for events seen while watching. */
export function formatClock(at: string | number): string {
  const time = typeof at === 'number' ? at : Date.parse(at);
  return Number.isFinite(time) ? clockFormat.format(time) : '—';
}

/** Full date and time, for tooltips and history. */
export function formatDateTime(at: string | number): string {
  const time = typeof at === 'number' ? at : Date.parse(at);
  return Number.isFinite(time) ? dateTimeFormat.format(time) : '—';
}
