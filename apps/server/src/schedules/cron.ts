import { Cron } from 'croner';
import { KeelError } from '../errors.js';

/** A cron expression as operators write it: five fields, UTC. Seconds fields are refused (no job runs that often). */
export function checkCron(cron: string): void {
  const fields = cron.trim().split(/\s+/);
  if (fields.length !== 5)
    throw new KeelError(
      'VALIDATION_FAILED',
      `body/cron needs five fields (minute hour day-of-month month day-of-week), e.g. "0 3 1 * *"; "${cron}" has ${fields.length}`,
    );
  try {
    new Cron(cron, { paused: true, timezone: 'UTC' });
  } catch (error) {
    throw new KeelError(
      'VALIDATION_FAILED',
      `body/cron "${cron}" is not a cron expression: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}

/** The first time the expression names after `after`, or null when it names none. */
export function nextRunAfter(cron: string, after: Date): Date | null {
  return new Cron(cron, { paused: true, timezone: 'UTC' }).nextRun(after);
}
