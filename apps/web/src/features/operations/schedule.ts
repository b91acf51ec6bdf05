/** When a scheduled operation may run, and how its time is shown; the input's conversions are `lib/localTime.ts`. */
import { localToIsoUtc } from '../../lib/localTime.js';

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
