import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ScheduleRecord } from './repository.js';
import { Scheduler } from './scheduler.js';
import { checkCron } from './cron.js';

const hour = 3_600_000;

function fakeRepo(initial: ScheduleRecord) {
  let row = initial;
  return {
    row: () => row,
    list: async () => [row],
    find: async () => row,
    update: async (_id: string, data: Partial<ScheduleRecord>) => (row = { ...row, ...data }),
  };
}

const schedule = (over: Partial<ScheduleRecord> = {}): ScheduleRecord => ({
  id: 's1',
  clusterId: 'c1',
  kind: 'drill',
  params: { kind: 'planned-switchover' },
  cron: '0 * * * *',
  enabled: true,
  ownerId: 'u1',
  ownerName: 'alice',
  createdAt: new Date('2026-11-01T00:00:00Z'),
  lastRunAt: null,
  lastJobId: null,
  lastError: null,
  ...over,
});

describe('the scheduler', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2026-12-02T10:30:00Z'));
  });
  afterEach(() => vi.useRealTimers());

  it('runs a schedule missed while Keel was down once at start, not once per missed hour, then hourly', async () => {
    const repo = fakeRepo(schedule({ lastRunAt: new Date('2026-11-20T00:00:00Z') }));
    const submit = vi.fn(async () => 'job-1');
    const scheduler = new Scheduler({
      repo,
      submit,
      clock: () => new Date(),
      log: { warn: () => undefined },
    });
    await scheduler.start();
    await vi.advanceTimersByTimeAsync(10);
    expect(submit).toHaveBeenCalledTimes(1);
    expect(repo.row().lastJobId).toBe('job-1');
    await vi.advanceTimersByTimeAsync(hour);
    expect(submit).toHaveBeenCalledTimes(2);
    scheduler.stop();
  });

  it('records why a run did not start, and tries again at the next time', async () => {
    const repo = fakeRepo(schedule({ lastRunAt: new Date('2026-12-02T10:00:00Z') }));
    const submit = vi.fn(async (): Promise<string> => {
      throw new Error('Refused: cluster healthy: health is degraded');
    });
    const scheduler = new Scheduler({
      repo,
      submit,
      clock: () => new Date(),
      log: { warn: () => undefined },
    });
    await scheduler.start();
    await vi.advanceTimersByTimeAsync(10);
    expect(submit).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(hour / 2);
    expect(submit).toHaveBeenCalledTimes(1);
    expect(repo.row().lastError).toMatch(/health is degraded/);
    scheduler.stop();
  });

  it('does not run a disabled schedule', async () => {
    const repo = fakeRepo(schedule({ enabled: false }));
    const submit = vi.fn(async () => 'job');
    const scheduler = new Scheduler({
      repo,
      submit,
      clock: () => new Date(),
      log: { warn: () => undefined },
    });
    await scheduler.start();
    await vi.advanceTimersByTimeAsync(3 * hour);
    expect(submit).not.toHaveBeenCalled();
  });

  it('refuses a cron expression that is not one, or has a seconds field', () => {
    expect(() => checkCron('every day')).toThrow(/five fields/);
    expect(() => checkCron('* * * * * *')).toThrow(/five fields/);
    expect(() => checkCron('61 * * * *')).toThrow(/not a cron expression/);
    expect(() => checkCron('0 3 1 * *')).not.toThrow();
  });
});
