import { describe, expect, it } from 'vitest';
import { clusterState, member } from '@keel/shared/testing';
import {
  drillBound,
  drillReport,
  drillWarnings,
  firstWriteAfterOutage,
  longestGapMs,
  lsnBytes,
} from './report.js';
import { DrillTimeline } from './timeline.js';
import type { AckedWrite } from './probe-workload.js';

const write = (seq: number, ackedMs: number, lsn: string | null = null): AckedWrite => ({
  seq,
  sentMs: ackedMs - 5,
  ackedMs,
  lsn,
});

describe('drill figures', () => {
  it('measures downtime as the longest gap between acknowledgements', () => {
    expect(longestGapMs([0, 100, 200, 2_700, 2_800])).toBe(2_500);
    expect(longestGapMs([5])).toBe(0);
  });

  it('finds the first write after the outage that followed the fault, not one before it', () => {
    const writes = [write(1, 0), write(2, 100), write(3, 1_100), write(4, 9_000), write(5, 9_100)];
    expect(firstWriteAfterOutage(writes, 1_000)?.seq).toBe(4);
    expect(firstWriteAfterOutage(writes, 20_000)).toBeNull();
  });

  it('reads WAL locations as bytes', () => {
    expect(lsnBytes('0/3000148')).toBe(0x3000148n);
    expect(lsnBytes('1/0')).toBe(1n << 32n);
  });

  it('bounds an unplanned failover by ttl + loop_wait + the routing allowance, a planned one by loop_wait', () => {
    expect(drillBound('host-lost', { ttl: 20, loopWait: 2 }).ms).toBe(24_000);
    expect(drillBound('planned-switchover', { ttl: 20, loopWait: 2 }).ms).toBe(4_000);
    expect(drillBound('frozen', { ttl: null, loopWait: 2 }).ms).toBeNull();
    expect(drillBound('host-lost', { ttl: 30, loopWait: 10 }).explanation).toMatch(
      /ttl 30 s .* loop_wait 10 s/,
    );
  });

  it("warns of Patroni 3.0's known loss after a partition and of asynchronous replication", () => {
    expect(drillWarnings('network-isolated', '3.0.2', 'on').join()).toMatch(
      /Patroni 3.0.2 .* lose acknowledged writes/,
    );
    expect(drillWarnings('planned-switchover', '4.0.7', null)).toEqual([]);
    expect(drillWarnings('host-lost', '4.0.7', 'off').join()).toMatch(/asynchronous/);
  });

  it('splits the downtime by the timeline and counts the WAL behind lost writes', () => {
    const t = new DrillTimeline(1_000, 'pg1');
    t.mark('fault-injected', 1_000, 'host lost');
    t.mark('leader-lost', 21_000, 'gone');
    t.mark('new-leader', 22_000, 'pg2');
    t.mark('promoted', 22_500, 'pg2 leads');
    t.mark('first-write', 23_000, 'write 9');
    t.mark('fault-undone', 23_100, 'restored');
    t.mark('rejoined', 40_000, 'pg1 streams');
    const report = drillReport({
      kind: 'host-lost',
      oldLeader: 'pg1',
      newLeader: 'pg2',
      faultAt: 1_000,
      writes: [write(1, 0), write(2, 900, '0/5000100'), write(9, 23_000)],
      reads: [0, 500, 22_600],
      lost: [write(2, 900, '0/5000100')],
      switchLsnBytes: 0x5000000,
      events: t.events(),
      dynamicConfig: { ttl: 20, loop_wait: 2, retry_timeout: 4, synchronous_mode: false },
      patroniVersion: '4.0.7',
    });
    expect(report.writeDowntimeMs).toBe(22_100);
    expect(report.readDowntimeMs).toBe(22_100);
    expect(report.split).toEqual({
      detectMs: 20_000,
      electMs: 1_000,
      promoteMs: 500,
      routeMs: 500,
      rejoinMs: 16_900,
    });
    expect(report.writes).toEqual({ acknowledged: 3, lost: 1, lostSeqs: [2], lostWalBytes: 0x100 });
    expect(report.bound).toMatchObject({ ms: 24_000, within: true });
    expect(report.timings.synchronousMode).toBe('false');
  });
});

describe('drill timeline from observed states', () => {
  it('keeps each moment once, at the first state that shows it', () => {
    const t = new DrillTimeline(0, 'pg1');
    const old = (role: 'leader' | 'replica', state: string) => member('pg1', { role, state });
    t.observe(clusterState({ leader: 'pg1', members: [old('leader', 'running')] }), 100);
    expect(t.events()).toEqual([]);
    t.observe(clusterState({ leader: null, members: [old('leader', 'running')] }), 200);
    t.observe(
      clusterState({
        leader: 'pg2',
        members: [old('leader', 'running'), member('pg2', { role: 'leader', state: 'running' })],
        haproxy: {
          backends: [{ proxy: 'primary', server: 'pg2', status: 'UP', up: true }],
          readWrite: null,
          readOnly: null,
          error: null,
        },
      }),
      300,
    );
    t.observe(
      clusterState({
        leader: 'pg2',
        members: [old('replica', 'streaming'), member('pg2', { role: 'leader' })],
      }),
      900,
    );
    expect(t.events().map((e) => [e.name, e.offsetMs])).toEqual([
      ['leader-lost', 200],
      ['new-leader', 300],
      ['promoted', 300],
      ['routed', 300],
      ['rejoined', 900],
    ]);
  });

  it("takes the leader key's moments from the etcd watch, at the watch event's time", () => {
    const t = new DrillTimeline(0, 'pg1');
    const watched = (leader: string | null, at: number) =>
      clusterState({
        leader: 'pg1',
        members: [member('pg1', { role: 'leader' })],
        view: {
          consistent: true,
          claims: [{ source: 'etcd-watch', leader, detail: 'watch', at: new Date(at).toISOString() }],
          watch: { status: 'watching', lastEventAt: null, restarts: 0, lastRestart: null },
        },
      });
    t.observe(watched(null, 20_000), 21_500);
    t.observe(watched('pg2', 22_000), 23_000);
    expect(t.events().map((e) => [e.name, e.offsetMs])).toEqual([
      ['leader-lost', 20_000],
      ['new-leader', 22_000],
    ]);
  });
});
