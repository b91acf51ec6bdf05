/**
 * Times through <input type="datetime-local">: it shows and returns the browser's local time without a
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
