import { describe, expect, it } from 'vitest';
import type { ClusterState, JobLogLine, JobStep, MemberState } from '@keel/shared';
import { clusterState, member as sharedMember } from '@keel/shared/testing';
import { createContext } from '../context.js';
import type { JobEnv } from '../types.js';
import type { PatroniActions, PatroniClient } from '../../patroni/client.js';
import { switchover } from './switchover.js';
import { noClusterSecurity } from '../../clusters/security-store.js';

// The shared lab-shaped fixtures, on timeline 3 and with the roles each call gives.
const member = (name: string, role: MemberState['role'], over: Partial<MemberState> = {}): MemberState =>
  sharedMember(name, {
    role,
    state: role === 'leader' ? 'running' : 'streaming',
    timeline: 3,
    lastSeen: null,
    ...over,
  });

const cluster = (leader: string, timeline: number, members: MemberState[]): ClusterState =>
  clusterState({ leader, timeline, members, dynamicConfig: {}, observedAt: '2026-01-01T00:00:00Z' });

/** A scripted cluster and a fake clock: the switchover's logic runs without a lab, in no real time. */
function fakeEnv({ keelLags = false } = {}) {
  let now = Date.parse('2026-01-01T00:00:00Z');
  const calls: string[] = [];
  const refreshed: string[] = [];
  /** What Patroni says; Keel's view follows it unless `keelLags` (a watch that went quiet). */
  let truth = cluster('pg1', 3, [
    member('pg1', 'leader'),
    member('pg2', 'replica'),
    member('pg3', 'replica', { lagBytes: 50_000_000 }),
  ]);
  let state = truth;
  const env: JobEnv = {
    clock: () => new Date(now),
    sleep: async (ms) => {
      now += ms;
      // Patroni's side of the story, as time passes after the request:
      if (calls.length > 0 && now - Date.parse('2026-01-01T00:00:00Z') > 2_000) {
        truth = cluster('pg2', 4, [
          member('pg1', 'replica', { timeline: 4 }),
          member('pg2', 'leader', { timeline: 4 }),
          member('pg3', 'replica', { timeline: 4 }),
        ]);
        if (!keelLags || refreshed.length > 0) state = truth;
      }
    },
    // Each member's own /patroni, as the scripted cluster has it.
    patroni: {
      node: async (base: string) => {
        const m = truth.members.find((x) => x.apiUrl === base)!;
        return { role: m.role === 'leader' ? 'primary' : m.role, state: m.state, timeline: m.timeline };
      },
    } as unknown as PatroniClient,
    actions: {
      switchover: async (base: string, body: { leader: string; candidate?: string }) => {
        calls.push(`${base} ${body.leader}->${body.candidate}`);
        return { status: 200, body: 'Successfully switched over' };
      },
    } as unknown as PatroniActions,
    state: () => state,
    target: () => ({
      id: state.id,
      name: state.name,
      scope: state.scope,
      namespace: '/service/',
      etcdEndpoints: [],
      members: state.members.map((m) => ({ name: m.name, apiUrl: m.apiUrl, host: m.host, port: m.port })),
      haproxy: { readWrite: null, readOnly: null, statsUrl: null, statsLogin: null },
      login: null,
      security: noClusterSecurity,
      hostAccess: null,
    }),
    refreshView: async (reason: string) => void refreshed.push(reason),
    pgSettings: async () => 'not used by a switchover',
    ssh: {} as JobEnv['ssh'], // not used by a switchover
    probe: async () => ({
      endpoint: 'x',
      ok: true,
      inRecovery: false,
      server: null,
      error: null,
      latencyMs: 1,
      checkedAt: null,
    }),
  };
  return { env, calls, refreshed };
}

const requester = {
  id: '00000000-0000-4000-8000-000000000001',
  username: 'op',
  role: 'operator' as const,
  via: 'token' as const,
  mustChangePassword: false,
};

describe('switchover', () => {
  it('picks the best candidate and refuses a lagging one, before anything is done', async () => {
    const { env, calls } = fakeEnv();
    expect(
      await switchover.prepare({ candidate: undefined as unknown as string }, env, requester),
    ).toMatchObject({
      candidate: 'pg2',
    });
    await expect(switchover.prepare({ candidate: 'pg3' }, env, requester)).rejects.toThrow(
      /candidate lag under 1.0 MB: lag 50 MB/,
    );
    await expect(switchover.prepare({ candidate: 'pg7' }, env, requester)).rejects.toThrow(/no member "pg7"/);
    expect(calls).toEqual([]);
  });

  it('in synchronous mode, refuses a candidate that is not the synchronous standby (as Patroni would)', async () => {
    const { env } = fakeEnv();
    const state = { ...env.state()!, dynamicConfig: { synchronous_mode: true } };
    await expect(
      switchover.prepare({ candidate: 'pg2' }, { ...env, state: () => state }, requester),
    ).rejects.toThrow(/candidate is a synchronous standby: synchronous_mode is on and pg2 is a replica/);
  });

  it('asks the leader, waits for the new leader, and checks the aftermath step by step', async () => {
    const { env, calls } = fakeEnv();
    const steps: JobStep[][] = [];
    const log: JobLogLine[] = [];
    const ctx = createContext('job-1', { candidate: 'pg2' }, {}, env, new AbortController().signal, {
      saveSteps: async (s) => void steps.push(s),
      saveFacts: async () => undefined,
      appendLog: async (l) => void log.push(l),
    });
    const result = await switchover.run(ctx);
    expect(calls).toEqual(['http://pg1:8008 pg1->pg2']);
    expect(result).toMatch(/pg1 → pg2/);
    expect(result).toMatch(/timeline 3 → 4/);
    expect(steps.at(-1)!.every((s) => s.status === 'succeeded')).toBe(true);
    expect(ctx.facts).toMatchObject({ fromLeader: 'pg1', timelineBefore: 3 });
  });

  it('judges by what Patroni says: a lagging view of Keel does not fail the job, it is re-read and named', async () => {
    const { env, refreshed } = fakeEnv({ keelLags: true });
    const log: JobLogLine[] = [];
    let steps: JobStep[] = [];
    const ctx = createContext('job-2', { candidate: 'pg2' }, {}, env, new AbortController().signal, {
      saveSteps: async (s) => void (steps = s),
      saveFacts: async () => undefined,
      appendLog: async (l) => void log.push(l),
    });
    const result = await switchover.run(ctx);
    expect(steps.every((s) => s.status === 'succeeded')).toBe(true);
    expect(steps.find((s) => s.name === 'New leader elected')?.detail).toMatch(/pg2 reports itself primary/);
    expect(refreshed).toHaveLength(1);
    expect(result).toMatch(/Keel's view lagged \(it showed pg1\) until its sources were re-read/);
    expect(log.some((l) => l.level === 'warn' && /Keel's own view lags the cluster/.test(l.message))).toBe(
      true,
    );
  });
});
