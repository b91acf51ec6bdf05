/**
 * Scheduling through <input type="datetime-local">: it shows and returns the browser's local time without a
 * zone ("2026-01-01T14:30"); the API wants an ISO instant in UTC.
 */

const pad = (n: number) => String(n).padStart(2, '0');

/** The instant a local "YYYY-MM-DDTHH:mm" stands for, as ISO UTC; null when it is not a time. */
export function localToIsoUtc(local: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/.test(local)) return null;
  const time = new Date(local);
  return Number.isNaN(time.getTime()) ? null : time.toISOString();
}

/** A Date as the input's value, in local time, to the minute. */
export function toLocalInput(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** A sensible first suggestion: the next quarter hour at least ten minutes away. */
export function suggestedTime(now: Date): Date {
  const next = new Date(now.getTime() + 10 * 60_000);
  next.setSeconds(0, 0);
  next.setMinutes(Math.ceil(next.getMinutes() / 15) * 15);
  return next;
}

/** Why the chosen time cannot be sent, or undefined when it can. */
export function scheduleError(local: string, now: number): string | undefined {
  const iso = localToIsoUtc(local);
  if (iso === null) return 'Choose a date and time.';
  if (Date.parse(iso) <= now + 30_000) return 'Choose a time in the future.';
  return undefined;
}

/** "2026-01-01 13:30 UTC", shown beside the local time so nobody guesses the zone. */
export function formatUtc(iso: string): string {
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;
}
