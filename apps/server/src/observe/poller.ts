/**
 * Runs `task` every `intervalMs`, never two at once: the next run is scheduled when the previous one
 * ends, so a slow target is asked less often instead of piling up requests. `kick()` runs it now.
 */
export class Poller {
  private timer: NodeJS.Timeout | undefined;
  private running = false;
  private again = false;
  private stopped = true;
  /** Callers of runNow() waiting for a run that starts after their call. */
  private waiting: (() => void)[] = [];

  constructor(
    private readonly intervalMs: number,
    private readonly task: () => Promise<void>,
    private readonly onError: (error: unknown) => void,
  ) {}

  start(): void {
    this.stopped = false;
    this.kick();
  }

  stop(): void {
    this.stopped = true;
    clearTimeout(this.timer);
    for (const resolve of this.waiting.splice(0)) resolve();
  }

  /** Like kick(), and resolves once a run that started after this call has ended. */
  runNow(): Promise<void> {
    if (this.stopped) return Promise.resolve();
    return new Promise((resolve) => {
      if (this.running) this.again = true;
      this.waiting.push(resolve);
      if (!this.running) this.kick();
    });
  }

  /** Run as soon as possible; if a run is in progress, run once more right after it. */
  kick(): void {
    if (this.stopped) return;
    if (this.running) {
      this.again = true;
      return;
    }
    clearTimeout(this.timer);
    this.running = true;
    const waiting = this.waiting;
    this.waiting = [];
    this.task()
      .catch(this.onError)
      .finally(() => {
        this.running = false;
        for (const resolve of waiting) resolve();
        if (this.stopped) return;
        if (this.again) {
          this.again = false;
          this.kick();
        } else {
          this.timer = setTimeout(() => this.kick(), this.intervalMs);
        }
      });
  }
}
