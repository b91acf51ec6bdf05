import { describe, expect, it } from 'vitest';
import { failoverAdvisable } from '@keel/shared';
import { assembleState } from './assemble.js';
import { emptyFacts, type ClusterFacts } from './facts.js';
import type { ClusterTarget } from './target.js';
import { noClusterSecurity } from '../clusters/security-store.js';

const target: ClusterTarget = {
  id: '00000000-0000-4000-8000-000000000001',
  name: 'c',
  scope: 'c',
  namespace: '/service/',
  etcdEndpoints: ['http://e:2379'],
  members: ['pg1', 'pg2', 'pg3'].map((name) => ({
    name,
    apiUrl: `http://${name}:8008`,
    host: name,
    port: 5432,
  })),
  haproxy: { readWrite: null, readOnly: null, statsUrl: null, statsLogin: null },
  login: null,
  security: noClusterSecurity,
  hostAccess: null,
};

const t = (s: number): string => new Date(Date.UTC(2026, 0, 1, 0, 0, s)).toISOString();

/** Facts at second `now`: the watch said `watchLeader` at `watchAt`; Patroni says `patroniLeader` leads. */
function facts(opts: {
  now: number;
  watchLeader: string;
  watchAt: number;
  patroniLeader: string;
  clusterAt: number;
  down?: string[];
  disagreeSince?: number | null;
}): ClusterFacts {
  const f = emptyFacts();
  f.observedAt = t(opts.now);
  f.watch = { status: 'watching', lastEventAt: t(opts.watchAt), restarts: 0, lastRestart: null };
  f.etcdLeader = opts.watchLeader;
  f.etcdLeaderAt = t(opts.watchAt);
  f.cluster = {
    members: target.members.map((m) => ({
      name: m.name,
      role: m.name === opts.patroniLeader ? 'leader' : 'replica',
      state: m.name === opts.patroniLeader ? 'running' : 'streaming',
      host: m.host,
      api_url: `${m.apiUrl}/patroni`,
    })),
  };
  f.clusterReadAt = t(opts.clusterAt);
  for (const m of target.members) {
    const down = opts.down?.includes(m.name);
    f.nodes.set(m.name, {
      node: { role: m.name === opts.patroniLeader ? 'primary' : 'replica', state: 'running', timeline: 2 },
      error: down ? 'timed out' : null,
      lastSeen: t(opts.now),
    });
  }
  f.disagreeSince =
    opts.disagreeSince === undefined || opts.disagreeSince === null
      ? null
      : Date.parse(t(opts.disagreeSince));
  return f;
}

describe('who leads, from every source', () => {
  it('a watch that went quiet loses to a newer poll, and the disagreement turns critical after the grace', () => {
    const stale = { now: 100, watchLeader: 'pg1', watchAt: 0, patroniLeader: 'pg2', clusterAt: 99 };
    const early = assembleState(target, facts({ ...stale, disagreeSince: 95 }));
    expect(early.leader).toBe('pg2');
    expect(early.view.consistent).toBe(true); // within the grace: a switchover may be in flight
    expect(early.health.reasons.map((r) => r.code)).not.toContain('SOURCES_DISAGREE');

    const late = assembleState(target, facts({ ...stale, disagreeSince: 80 }));
    expect(late.leader).toBe('pg2');
    expect(late.view.consistent).toBe(false);
    expect(late.health.level).toBe('critical');
    const reason = late.health.reasons.find((r) => r.code === 'SOURCES_DISAGREE')!;
    expect(reason.message).toContain('etcd watch: leader key names pg1');
    expect(reason.message).toContain("pg2's REST API says primary");
    // Patroni itself has a healthy leader: a failover is not the answer to Keel's own fault.
    expect(failoverAdvisable(late)).toBe(false);
  });

  it('right after a leader change the watch is the newest news', () => {
    const state = assembleState(
      target,
      facts({ now: 50, watchLeader: 'pg3', watchAt: 50, patroniLeader: 'pg2', clusterAt: 49 }),
    );
    expect(state.leader).toBe('pg3');
  });

  it('a crashed leader whose key has not expired is an unreachable leader, not a disagreement', () => {
    const state = assembleState(
      target,
      facts({
        now: 100,
        watchLeader: 'pg1',
        watchAt: 10,
        patroniLeader: 'pg1',
        clusterAt: 99,
        down: ['pg1'],
        disagreeSince: null,
      }),
    );
    expect(state.view.claims.every((c) => c.leader === 'pg1')).toBe(true);
    expect(state.view.consistent).toBe(true);
    expect(state.health.reasons.map((r) => r.code)).toContain('MEMBER_UNREACHABLE');
    expect(failoverAdvisable(state)).toBe(true);
  });
});
