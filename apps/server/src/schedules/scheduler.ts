import type { ScheduleRecord, ScheduleRepository } from './repository.js';
import { dueAt } from './repository.js';

/** setTimeout cannot wait longer than about 24.8 days: a longer wait is taken in steps. */
const longestTimerMs = 2 ** 31 - 1;

export interface SchedulerDeps {
  repo: Pick<ScheduleRepository, 'list' | 'find' | 'update'>;
  /** Starts the schedule's job; answers its id, or throws why it was not started (refused, busy...). */
  submit: (schedule: ScheduleRecord) => Promise<string>;
  clock: () => Date;
  log: { warn: (obj: object, msg: string) => void };
}

/**
 * Runs each enabled schedule at its times. A time missed while Keel was down runs once at start (the
 * next time after the last run is already past), never once for each missed time: each run records
 * itself as the last, so the next is computed from now.
 */
export class Scheduler {
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private stopped = false;

  constructor(private readonly deps: SchedulerDeps) {}

  async start(): Promise<void> {
    for (const schedule of await this.deps.repo.list()) this.arm(schedule);
  }

  /** A schedule was created or changed: its timer follows. */
  async changed(id: string): Promise<void> {
    this.forget(id);
    const schedule = await this.deps.repo.find(id);
    if (schedule) this.arm(schedule);
  }

  forget(id: string): void {
    clearTimeout(this.timers.get(id));
    this.timers.delete(id);
  }

  stop(): void {
    this.stopped = true;
    for (const id of [...this.timers.keys()]) this.forget(id);
  }

  private arm(schedule: ScheduleRecord): void {
    if (this.stopped) return;
    const due = dueAt(schedule);
    if (!due) return;
    const wait = Math.max(0, due.getTime() - this.deps.clock().getTime());
    const timer = setTimeout(
      () =>
        void (wait > longestTimerMs ? this.changed(schedule.id) : this.fire(schedule.id)).catch(
          (error: unknown) =>
            this.deps.log.warn({ schedule: schedule.id, err: error }, 'schedule timer failed'),
        ),
      Math.min(wait, longestTimerMs),
    );
    timer.unref();
    this.timers.set(schedule.id, timer);
  }

  private async fire(id: string): Promise<void> {
    this.timers.delete(id);
    const schedule = await this.deps.repo.find(id);
    if (!schedule?.enabled || this.stopped) return;
    const now = this.deps.clock();
    try {
      const jobId = await this.deps.submit(schedule);
      await this.deps.repo.update(id, { lastRunAt: now, lastJobId: jobId, lastError: null });
    } catch (error) {
      const why = error instanceof Error ? error.message : String(error);
      this.deps.log.warn({ schedule: id }, `scheduled ${schedule.kind} did not start: ${why}`);
      await this.deps.repo.update(id, { lastRunAt: now, lastError: why });
    }
    await this.changed(id);
  }
}
