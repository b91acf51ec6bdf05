import { describe, expect, it } from 'vitest';
import { requestBody } from './operation.js';

describe('requestBody', () => {
  it('sends only what applies to the operation', () => {
    expect(
      requestBody({ kind: 'switchover' }, { candidate: 'pg2', scheduledAt: '2026-01-01T13:00:00.000Z' }),
    ).toEqual({
      candidate: 'pg2',
      scheduledAt: '2026-01-01T13:00:00.000Z',
    });
    expect(
      requestBody({ kind: 'restart', member: 'pg2' }, { switchoverFirst: true, pendingOnly: true }),
    ).toEqual({
      member: 'pg2',
      pendingOnly: true,
    });
    expect(requestBody({ kind: 'failover', candidate: 'pg2', force: true }, { confirm: 'lab' })).toEqual({
      candidate: 'pg2',
      force: true,
      confirm: 'lab',
    });
    expect(requestBody({ kind: 'pause' }, { scheduledAt: 'x' })).toEqual({});
  });
});
