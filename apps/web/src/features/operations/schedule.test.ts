import { describe, expect, it } from 'vitest';
import { toLocalInput } from '../../lib/localTime.js';
import { formatUtc, scheduleError, suggestedTime } from './schedule.js';

describe('schedule', () => {
  it('shows the time in UTC beside the local one', () => {
    expect(formatUtc('2026-03-01T13:30:00.000Z')).toBe('2026-03-01 13:30 UTC');
  });

  it('wants a time in the future, and suggests a quarter hour', () => {
    const now = new Date(2026, 2, 1, 14, 7, 30);
    expect(toLocalInput(suggestedTime(now))).toBe('2026-03-01T14:30');
    expect(scheduleError(toLocalInput(new Date(2026, 2, 1, 14, 0)), now.getTime())).toBe(
      'Choose a time in the future.',
    );
    expect(scheduleError('2026-03-01T15:00', now.getTime())).toBeUndefined();
  });
});
