import { describe, expect, it } from 'vitest';
import {
  haproxyRoutes,
  maxReplicaLag,
  memberStateTone,
  portOf,
  replicationSource,
  shownRole,
  sortReasons,
} from './model.js';
import { clusterState, member } from './testData.js';

describe('memberStateTone', () => {
  it.each([
    [{ state: 'streaming', reachable: true }, 'ok'],
    [{ state: 'running', reachable: true }, 'ok'],
    [{ state: 'starting', reachable: true }, 'warn'],
    [{ state: 'creating replica', reachable: true }, 'warn'],
    [{ state: 'stopped', reachable: true }, 'critical'],
    [{ state: 'running', reachable: false }, 'critical'],
  ] as const)('%o reads %s', (m, tone) => {
    expect(memberStateTone(m)).toBe(tone);
  });
});

describe('haproxyRoutes', () => {
  it('routes writes to the servers UP in the primary listener and reads to those UP in replicas', () => {
    const routes = haproxyRoutes([
      { proxy: 'primary', server: 'pg1', status: 'UP', up: true },
      { proxy: 'primary', server: 'pg2', status: 'DOWN', up: false },
      { proxy: 'replicas', server: 'pg1', status: 'DOWN', up: false },
      { proxy: 'replicas', server: 'pg2', status: 'UP', up: true },
      { proxy: 'stats', server: 'FRONTEND', status: 'OPEN', up: true },
    ]);
    expect([...routes.readWrite]).toEqual(['pg1']);
    expect([...routes.readOnly]).toEqual(['pg2']);
  });
});

describe('sortReasons', () => {
  it('puts the most severe first', () => {
    const reasons = sortReasons([
      { level: 'info', code: 'A', message: 'a' },
      { level: 'critical', code: 'B', message: 'b' },
      { level: 'warning', code: 'C', message: 'c' },
    ]);
    expect(reasons.map((r) => r.code)).toEqual(['B', 'C', 'A']);
  });
});

describe('replicationSource', () => {
  const state = clusterState({
    members: [
      member('pg1', { role: 'leader' }),
      member('pg2'),
      member('pg3', { tags: { replicatefrom: 'pg2' } }),
      member('pg4', { tags: { replicatefrom: 'nobody' } }),
    ],
  });
  it('is the leader, a cascading source, or nothing for the leader', () => {
    expect(state.members.map((m) => replicationSource(m, state))).toEqual([null, 'pg1', 'pg2', 'pg1']);
  });
  it('is nothing without a leader', () => {
    expect(replicationSource(member('pg2'), { ...state, leader: null })).toBeNull();
  });
});

describe('shownRole', () => {
  it('trusts the leader key, and no stale role of an unreachable member', () => {
    expect(shownRole(member('pg3', { role: 'replica' }), 'pg3')).toBe('leader');
    expect(shownRole(member('pg1', { role: 'leader', reachable: false }), 'pg3')).toBe('unknown');
    expect(shownRole(member('pg2', { role: 'sync_standby' }), 'pg3')).toBe('sync_standby');
  });

  it('has an unreachable old leader replicate from the new one', () => {
    const state = clusterState({
      leader: 'pg3',
      members: [member('pg1', { role: 'leader', reachable: false }), member('pg3', { role: 'leader' })],
    });
    expect(replicationSource(state.members[0]!, state)).toBe('pg3');
  });
});

describe('maxReplicaLag', () => {
  it('is the largest known replica lag, ignoring the leader and unreachable members', () => {
    const state = clusterState({
      members: [
        member('pg1', { role: 'leader', lagBytes: 0 }),
        member('pg2', { lagBytes: 300 }),
        member('pg3', { lagBytes: 9000, reachable: false }),
      ],
    });
    expect(maxReplicaLag(state)).toBe(300);
    expect(maxReplicaLag({ leader: 'pg1', members: [member('pg1')] })).toBeNull();
  });
});

describe('portOf', () => {
  it('takes the port of host:port', () => {
    expect(portOf('10.231.0.10:5000')).toBe('5000');
    expect(portOf(null)).toBeNull();
  });
});
