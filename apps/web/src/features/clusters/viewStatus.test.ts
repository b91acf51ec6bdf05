import { describe, expect, it } from 'vitest';
import { clusterDetail, staleView } from './testData.js';
import { describeWatch, viewProblem } from './viewStatus.js';

describe('viewProblem', () => {
  it('says nothing while the sources agree', () => {
    expect(viewProblem(clusterDetail())).toBeNull();
  });

  it('names who says what and marks the odd source out', () => {
    const problem = viewProblem(staleView);
    expect(problem?.headline).toMatch(/inconsistent/);
    expect(problem?.claims.map((c) => [c.source, c.leader, c.odd])).toEqual([
      ["Keel's etcd watch", 'pg1', true],
      ['etcd, read just now', 'pg2', false],
      ["Patroni's /cluster", 'pg2', false],
      ["A member's own Patroni", 'pg2', false],
      ['The SQL probe through HAProxy', 'pg2', false],
    ]);
  });

  it('says what Keel does about it, and that no failover is offered while Patroni reports a leader', () => {
    const doing = viewProblem(staleView)?.doing ?? [];
    expect(doing[0]).toMatch(/re-reading every source/);
    expect(doing[1]).toMatch(
      /restarting its etcd watch.*restarted 2 times, last because etcd's revision went back/,
    );
    expect(doing[2]).toMatch(/pg2’s own Patroni reports a running primary, so no failover is offered/);
  });

  it('says a failover may be needed only when no member reports itself a running primary', () => {
    const leaderless = {
      ...staleView,
      members: staleView.members.map((m) => ({ ...m, role: 'replica' as const, state: 'streaming' })),
    };
    expect(viewProblem(leaderless)?.doing[2]).toMatch(/a failover may be needed/);
  });
});

describe('describeWatch', () => {
  it('reads each watch status in words, with its restarts', () => {
    expect(describeWatch(clusterDetail().view.watch)).toMatchObject({ label: 'watching', tone: 'ok' });
    expect(describeWatch({ ...staleView.view.watch, status: 'reconnecting' })).toMatchObject({
      label: 'reconnecting',
      tone: 'warn',
    });
    expect(describeWatch({ ...staleView.view.watch, status: 'failed' }).tone).toBe('critical');
    expect(describeWatch({ ...staleView.view.watch, restarts: 1 }).sentence).toMatch(/restarted once/);
  });
});
