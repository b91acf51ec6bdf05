import { bestCandidate } from '@keel/shared';
import { describe, expect, it } from 'vitest';
import { describeOperation } from './describeOperation.js';
import { lab, noLeader } from './testClusters.js';

describe('bestCandidate', () => {
  it('picks the streaming replica with the least lag, a sync standby first', () => {
    expect(bestCandidate(lab)?.name).toBe('pg3');
    const sync = {
      ...lab,
      members: lab.members.map((m) => (m.name === 'pg2' ? { ...m, role: 'sync_standby' as const } : m)),
    };
    expect(bestCandidate(sync)?.name).toBe('pg2');
  });
});

describe('describeOperation', () => {
  it('says who hands over to whom, and what writes through HAProxy notice', () => {
    const text = describeOperation({ kind: 'switchover', candidate: 'pg2' }, lab, {});
    expect(text.title).toBe('Switch over lab to pg2?');
    expect(text.effects[0]).toContain('Patroni on pg1 hands the leader role to pg2');
    expect(text.effects[0]).toContain('timeline 5');
    expect(text.effects[1]).toContain('Writes through HAProxy :5000 pause for a few seconds');
    expect(describeOperation({ kind: 'switchover' }, lab, { scheduledAt: 'x' }).confirmLabel).toBe(
      'Schedule switchover',
    );
  });

  it('asks for the cluster name before a forced failover, and a member name before a reinitialize', () => {
    expect(
      describeOperation({ kind: 'failover', candidate: 'pg2', force: true }, lab, {}).typeToConfirm,
    ).toBe('lab');
    expect(
      describeOperation({ kind: 'failover', candidate: 'pg2', force: false }, noLeader, {}).typeToConfirm,
    ).toBeUndefined();
    expect(describeOperation({ kind: 'reinitialize', member: 'pg2' }, lab, {}).typeToConfirm).toBe('pg2');
  });

  it('tells a rolling restart with a switchover first from one that restarts the leader in place', () => {
    const inPlace = describeOperation({ kind: 'restart' }, lab, {});
    expect(inPlace.effects[0]).toContain('first the replicas pg2 and pg3');
    expect(inPlace.effects[1]).toContain('restarts the leader pg1 in place');
    expect(describeOperation({ kind: 'restart' }, lab, { switchoverFirst: true }).effects[1]).toContain(
      'switches the leader role from pg1',
    );
  });
});

describe('the failover dialog before a candidate is chosen', () => {
  it('has no sentence with a missing name', () => {
    const text = describeOperation({ kind: 'failover', candidate: '', force: false }, noLeader, {});
    expect(text.title).toBe('Fail over lab?');
    for (const sentence of [text.title, ...text.effects]) {
      expect(sentence).not.toMatch(/ to \?|to {2}|sent to are|\(\)/);
    }
    expect(text.effects.join(' ')).toMatch(/the chosen member/);
  });
});
