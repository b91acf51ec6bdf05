import { bestCandidate } from '@keel/shared';
import { describe, expect, it } from 'vitest';
import { clusterDetail, member, staleView } from '../clusters/testData.js';
import { changesToRows, formatConfigValue, parseChanges, rowsToChanges } from './configChanges.js';
import { describeOperation, localChecks, memberActions } from './describe.js';
import { requestBody } from './operation.js';
import { localToIsoUtc, toLocalInput } from '../../lib/localTime.js';
import { formatUtc, scheduleError, suggestedTime } from './schedule.js';

const lab = clusterDetail({
  timeline: 4,
  members: [
    member('pg1', { role: 'leader', state: 'running' }),
    member('pg2', { lagBytes: 2048 }),
    member('pg3', { lagBytes: 0 }),
  ],
});
const noLeader = clusterDetail({
  leader: 'pg1',
  members: [member('pg1', { role: 'leader', reachable: false, state: 'unreachable' }), member('pg2')],
});

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

describe('localChecks', () => {
  it('refuses a failover while a healthy leader exists unless forced', () => {
    const plain = localChecks({ kind: 'failover', candidate: 'pg2', force: false }, lab);
    expect(plain.every((c) => c.ok)).toBe(false);
    expect(localChecks({ kind: 'failover', candidate: 'pg2', force: true }, lab).every((c) => c.ok)).toBe(
      true,
    );
    expect(
      localChecks({ kind: 'failover', candidate: 'pg2', force: false }, noLeader).every((c) => c.ok),
    ).toBe(true);
  });

  it('refuses to reinitialize the leader', () => {
    expect(localChecks({ kind: 'reinitialize', member: 'pg1' }, lab).find((c) => !c.ok)?.name).toBe(
      'Member is a replica',
    );
  });
});

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

describe('requestBody', () => {
  it('sends only what applies to the operation', () => {
    expect(
      requestBody({ kind: 'switchover' }, { candidate: 'pg2', scheduledAt: '2026-01-01T13:00:00.000Z' }),
    ).toEqual({
      candidate: 'pg2',
      scheduledAt: '2026-01-01T13:00:00.000Z',
    });
    expect(
      requestBody({ kind: 'restart', member: 'pg2' }, { switchoverFirst: true, pendingOnly: true }),
    ).toEqual({
      member: 'pg2',
      pendingOnly: true,
    });
    expect(requestBody({ kind: 'failover', candidate: 'pg2', force: true }, { confirm: 'lab' })).toEqual({
      candidate: 'pg2',
      force: true,
      confirm: 'lab',
    });
    expect(requestBody({ kind: 'pause' }, { scheduledAt: 'x' })).toEqual({});
  });
});

describe('schedule', () => {
  it('turns the local input into ISO UTC and back', () => {
    const iso = localToIsoUtc('2026-03-01T14:30');
    expect(iso).not.toBeNull();
    expect(toLocalInput(new Date(iso!))).toBe('2026-03-01T14:30');
    expect(localToIsoUtc('')).toBeNull();
    expect(formatUtc('2026-03-01T13:30:00.000Z')).toBe('2026-03-01 13:30 UTC');
  });

  it('wants a time in the future, and suggests a quarter hour', () => {
    const now = new Date(2026, 2, 1, 14, 7, 30);
    expect(toLocalInput(suggestedTime(now))).toBe('2026-03-01T14:30');
    expect(scheduleError(toLocalInput(new Date(2026, 2, 1, 14, 0)), now.getTime())).toBe(
      'Choose a time in the future.',
    );
    expect(scheduleError('2026-03-01T15:00', now.getTime())).toBeUndefined();
  });
});

describe('configuration changes', () => {
  it('reads a JSON object and says what is wrong with anything else', () => {
    expect(parseChanges('{"loop_wait": 10}')).toEqual({ ok: true, changes: { loop_wait: 10 } });
    expect(parseChanges('[1]')).toMatchObject({ ok: false });
    expect(parseChanges('{}')).toMatchObject({ ok: false });
    const broken = parseChanges('{loop_wait: 1}');
    expect(broken.ok ? '' : broken.error).toContain('Not valid JSON');
  });

  it('builds nested changes from dotted rows, JSON values typed and others as strings', () => {
    const parsed = rowsToChanges([
      { path: 'loop_wait', value: '10' },
      { path: 'postgresql.parameters.work_mem', value: '8MB' },
      { path: 'postgresql.parameters.max_connections', value: '200' },
      { path: 'synchronous_mode', value: 'null' },
      { path: '', value: '' },
    ]);
    expect(parsed).toEqual({
      ok: true,
      changes: {
        loop_wait: 10,
        postgresql: { parameters: { work_mem: '8MB', max_connections: 200 } },
        synchronous_mode: null,
      },
    });
    if (parsed.ok) expect(rowsToChanges(changesToRows(parsed.changes))).toEqual(parsed);
  });

  it('refuses rows that clash', () => {
    expect(
      rowsToChanges([
        { path: 'a.b', value: '1' },
        { path: 'a.b', value: '2' },
      ]),
    ).toMatchObject({ ok: false });
    expect(
      rowsToChanges([
        { path: 'a', value: '1' },
        { path: 'a.b', value: '2' },
      ]),
    ).toMatchObject({ ok: false });
    expect(rowsToChanges([{ path: 'a..b', value: '1' }])).toMatchObject({ ok: false });
    expect(rowsToChanges([])).toMatchObject({ ok: false });
  });

  it('shows values for people', () => {
    expect([null, 'on', 10, true].map(formatConfigValue)).toEqual(['not set in Patroni', 'on', '10', 'true']);
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
