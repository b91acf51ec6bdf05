import { describe, expect, it } from 'vitest';
import { formatBytes } from './format.js';
import { haproxyReaders, haproxyWriters, isReadProxy, isWriteProxy } from './haproxy.js';
import { defaultMaxLagBytes, failoverLagLimit, isLagging, lagWarningBytes } from './lag.js';
import { bestCandidate, healthyLeader } from './handover.js';
import { hasTag, isReplicating, isStreamingReplica } from './members.js';
import { memberReplication, patroniSlotName } from './replication.js';
import { clusterState as cluster, member } from '../testing.js';

describe('formatBytes', () => {
  it.each([
    [0, '0 B'],
    [999, '999 B'],
    [1_000, '1.0 kB'],
    [1_536, '1.5 kB'],
    [1_048_576, '1.0 MB'],
    [40_000_000, '40 MB'],
    [1_200_000_000, '1.2 GB'],
    [-40_000_000, '-40 MB'],
    [Number.NaN, '—'],
    [Number.POSITIVE_INFINITY, '—'],
  ])('%s reads %s', (bytes, expected) => {
    expect(formatBytes(bytes)).toBe(expected);
  });
});

describe('healthyLeader', () => {
  it('is the key holder when it answers as leader', () => {
    expect(healthyLeader(cluster())?.name).toBe('pg1');
  });
  it('is none when the key holder is unreachable, demoted, or there is no key', () => {
    const [pg1, ...rest] = cluster().members;
    expect(healthyLeader(cluster({ members: [{ ...pg1!, reachable: false }, ...rest] }))).toBeUndefined();
    expect(healthyLeader(cluster({ members: [{ ...pg1!, role: 'replica' }, ...rest] }))).toBeUndefined();
    expect(healthyLeader(cluster({ leader: null }))).toBeUndefined();
  });
});

describe('isStreamingReplica', () => {
  it('needs an answering replica that replicates (Patroni 4 streaming, Patroni 3 running)', () => {
    expect(isStreamingReplica(member('a'))).toBe(true);
    expect(isStreamingReplica(member('a', { state: 'running', role: 'sync_standby' }))).toBe(true);
    expect(isStreamingReplica(member('a', { role: 'quorum_standby' }))).toBe(true);
    expect(isStreamingReplica(member('a', { state: 'starting' }))).toBe(false);
    expect(isStreamingReplica(member('a', { reachable: false }))).toBe(false);
    expect(isStreamingReplica(member('a', { role: 'leader', state: 'running' }))).toBe(false);
    expect(isReplicating({ state: 'stopped' })).toBe(false);
  });
});

describe('hasTag', () => {
  it('counts true and "true", not "false" or absent', () => {
    expect(hasTag(member('a', { tags: { nofailover: true } }), 'nofailover')).toBe(true);
    expect(hasTag(member('a', { tags: { nofailover: 'True' } }), 'nofailover')).toBe(true);
    expect(hasTag(member('a', { tags: { nofailover: 'false' } }), 'nofailover')).toBe(false);
    expect(hasTag(member('a'), 'nofailover')).toBe(false);
  });
});

describe('bestCandidate', () => {
  const lagging = cluster({
    members: [
      member('pg1', { role: 'leader', state: 'running' }),
      member('pg2', { lagBytes: 2048 }),
      member('pg3', { lagBytes: 0 }),
    ],
  });
  it('picks the least lag, then a synchronous standby before any lag', () => {
    expect(bestCandidate(lagging)?.name).toBe('pg3');
    const sync = lagging.members.map((m) => (m.name === 'pg2' ? { ...m, role: 'sync_standby' as const } : m));
    expect(bestCandidate({ ...lagging, members: sync })?.name).toBe('pg2');
  });
  it('skips nofailover (boolean or string), members that do not stream, and unknown lag last', () => {
    const members = [
      member('pg1', { role: 'leader', state: 'running' }),
      member('pg2', { tags: { nofailover: 'true' } }),
      member('pg3', { state: 'starting' }),
      member('pg4', { lagBytes: null }),
      member('pg5', { lagBytes: 10 }),
    ];
    expect(bestCandidate(cluster({ members }))?.name).toBe('pg5');
    expect(bestCandidate(cluster({ members: members.slice(0, 4) }))?.name).toBe('pg4');
    expect(bestCandidate(cluster({ members: members.slice(0, 3) }))).toBeUndefined();
  });
});

describe('lag', () => {
  it("uses the cluster's maximum_lag_on_failover, else Patroni's 1 MiB", () => {
    expect(failoverLagLimit({ dynamicConfig: null })).toBe(defaultMaxLagBytes);
    expect(failoverLagLimit({ dynamicConfig: { maximum_lag_on_failover: 5_000 } })).toBe(5_000);
    expect(failoverLagLimit({ dynamicConfig: { maximum_lag_on_failover: '5000' } })).toBe(defaultMaxLagBytes);
    expect(failoverLagLimit({ dynamicConfig: { maximum_lag_on_failover: -1 } })).toBe(defaultMaxLagBytes);
  });
  it('warns past 16 MiB, not at it, and not when unknown', () => {
    expect(isLagging({ lagBytes: lagWarningBytes + 1 })).toBe(true);
    expect(isLagging({ lagBytes: lagWarningBytes })).toBe(false);
    expect(isLagging({ lagBytes: null })).toBe(false);
  });
});

describe('HAProxy listeners', () => {
  const backend = (proxy: string, server: string, up = true) => ({ proxy, server, up });
  it("reads Keel's template names and the usual synonyms", () => {
    for (const name of ['primary', 'postgres_master', 'pg_write', 'rw'])
      expect(isWriteProxy(name)).toBe(true);
    for (const name of ['replicas', 'pg_read', 'pg_ro']) expect(isReadProxy(name)).toBe(true);
    expect(isWriteProxy('stats')).toBe(false);
    expect(isReadProxy('stats')).toBe(false);
  });
  it('lists the servers UP behind each, each once', () => {
    const backends = [
      backend('primary', 'pg1'),
      backend('primary', 'pg2', false),
      backend('master', 'pg1'),
      backend('replicas', 'pg2'),
      backend('replicas', 'pg3'),
      backend('stats', 'pg3'),
    ];
    expect(haproxyWriters(backends)).toEqual(['pg1']);
    expect(haproxyReaders(backends)).toEqual(['pg2', 'pg3']);
  });
});

describe('patroniSlotName', () => {
  it('names slots as Patroni 4 does', () => {
    expect(patroniSlotName('pg2')).toBe('pg2');
    expect(patroniSlotName('Pg-1.east')).toBe('pg_1_east');
    expect(patroniSlotName('nöde 2')).toBe('nu0246deu00322');
    expect(patroniSlotName('x'.repeat(80))).toHaveLength(63);
  });
});

describe('memberReplication', () => {
  const standby = {
    applicationName: 'pg-2',
    clientAddr: '10.0.0.12',
    state: 'streaming',
    syncState: 'async',
    syncPriority: 0,
    sentLsn: '0/3000148',
    writeLsn: '0/3000148',
    flushLsn: '0/3000148',
    replayLsn: '0/3000100',
    replayLagBytes: 72,
  };
  const slot = {
    name: 'pg_2',
    type: 'physical',
    active: true,
    restartLsn: '0/3000148',
    confirmedFlushLsn: null,
    walStatus: 'reserved',
    retainedBytes: 0,
  };
  const replication = {
    server: '10.0.0.11:5432',
    currentLsn: '0/3000148',
    standbys: [standby],
    slots: [slot],
    error: null,
    checkedAt: null,
  };

  it("finds a member's pg_stat_replication row by application_name and its slot by Patroni's slot name", () => {
    expect(memberReplication(replication, 'pg-2')).toEqual({ standby, slot });
  });

  it('answers nothing for a member the leader does not stream to, or without a replication view', () => {
    expect(memberReplication(replication, 'pg3')).toEqual({ standby: null, slot: null });
    expect(memberReplication(null, 'pg-2')).toEqual({ standby: null, slot: null });
  });
});
