import { describe, expect, it } from 'vitest';
import type { MemberState } from '@keel/shared';
import { clusterState, member } from '@keel/shared/testing';
import { drillPreflight } from './preflight.js';

const leader = member('pg1', { role: 'leader', state: 'running', lagBytes: 0 });
const replica = (over: Partial<MemberState> = {}): MemberState =>
  member('pg2', { role: 'replica', state: 'streaming', lagBytes: 0, ...over });
const failed = (members: MemberState[], over = {}) =>
  drillPreflight(clusterState({ leader: 'pg1', members, ...over }))
    .filter((c) => !c.ok)
    .map((c) => c.name);

describe('drill preflight', () => {
  it('refuses a paused cluster, a replica that does not stream, and one that lags past 1 MB', () => {
    expect(failed([leader, replica()], { paused: true })).toContain('Not paused');
    expect(failed([leader, replica({ state: 'stopped' })])).toContain('Replicas streaming');
    expect(failed([leader, replica({ lagBytes: 5_000_000 })])).toContain('Replica lag');
    expect(failed([leader])).toContain('Replicas streaming');
    expect(failed([leader, replica()], { health: { level: 'critical', reasons: [] } })).toEqual([
      'Cluster healthy',
    ]);
    expect(failed([leader, replica()])).toEqual([]);
  });
});
