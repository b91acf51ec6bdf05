import { describe, expect, it } from 'vitest';
import { assembleState } from './assemble.js';
import { emptyFacts } from './facts.js';
import type { ClusterTarget } from './target.js';
import { noClusterSecurity } from '../clusters/security-store.js';

// The first look at a cluster may come before any Patroni has answered (an etcd event or a probe
// arrives first); it was once kept in the activity as "Critical: Patroni unreachable on every member".
const target: ClusterTarget = {
  id: '00000000-0000-4000-8000-000000000002',
  name: 'c',
  scope: 'c',
  namespace: '/service/',
  etcdEndpoints: ['http://e:2379'],
  members: ['pg1', 'pg2'].map((name) => ({ name, apiUrl: `http://${name}:8008`, host: name, port: 5432 })),
  haproxy: { readWrite: null, readOnly: null, statsUrl: null, statsLogin: null },
  login: null,
  security: noClusterSecurity,
  hostAccess: null,
};

const observed = () => {
  const f = emptyFacts();
  f.observedAt = '2026-12-02T08:00:00.000Z';
  return f;
};

describe('health before and after Patroni first answers', () => {
  it('is unknown, waiting for Patroni, while no member has been asked', () => {
    const health = assembleState(target, observed()).health;
    expect(health.level).toBe('unknown');
    expect(health.reasons.map((r) => r.message)).toEqual([
      "not observed yet: waiting for Patroni's first answer",
    ]);
  });

  it('is critical once every member was asked and failed', () => {
    const f = observed();
    for (const m of target.members)
      f.nodes.set(m.name, { node: null, error: 'connect ECONNREFUSED', lastSeen: null });
    const health = assembleState(target, f).health;
    expect(health.level).toBe('critical');
    expect(health.reasons.map((r) => r.code)).toContain('PATRONI_UNREACHABLE');
  });

  it('is critical when /cluster failed on every member before any member was asked', () => {
    const f = observed();
    f.clusterError = 'connect ECONNREFUSED';
    expect(assembleState(target, f).health.reasons.map((r) => r.code)).toContain('PATRONI_UNREACHABLE');
  });

  it('does not call Patroni unreachable while one member has answered and another is not asked yet', () => {
    const f = observed();
    f.nodes.set('pg1', { node: null, error: 'timeout', lastSeen: null });
    const codes = assembleState(target, f).health.reasons.map((r) => r.code);
    expect(codes).not.toContain('PATRONI_UNREACHABLE');
  });
});
