import { describe, expect, it } from 'vitest';
import { staleView } from '../clusters/testData.js';
import { memberActions } from './memberActions.js';
import { lab, noLeader } from './testClusters.js';

describe('memberActions', () => {
  const labels = (name: string, cluster = lab) =>
    memberActions(
      cluster,
      cluster.members.find((m) => m.name === name)!,
    ).map((a) => a.label);

  it('offers switchover to replicas, and failover only without a healthy leader', () => {
    expect(labels('pg2')).toEqual([
      'Switch over to this member…',
      'Restart…',
      'Reinitialize…',
      'Reload…',
      'Force failover to this member…',
    ]);
    expect(labels('pg1')).toEqual(['Restart…', 'Reload…']);
    expect(labels('pg2', noLeader)[0]).toBe('Fail over to this member…');
  });
});

describe("failover is never offered for a problem of Keel's own view", () => {
  const labels = (cluster: typeof lab) =>
    cluster.members.flatMap((m) => memberActions(cluster, m).map((a) => a.label));

  it('offers no "Fail over to this member" while a member\'s Patroni reports a running primary', () => {
    expect(labels(staleView)).not.toContain('Fail over to this member…');
    expect(labels(staleView)).not.toContain('Force failover to this member…');
  });

  it('offers no forced failover while the sources disagree, even with a healthy leader', () => {
    const split = { ...lab, view: { ...staleView.view } };
    expect(labels(lab)).toContain('Force failover to this member…');
    expect(labels(split)).not.toContain('Force failover to this member…');
  });

  it('offers it when Patroni itself reports no healthy leader', () => {
    expect(labels(noLeader)).toContain('Fail over to this member…');
  });
});
