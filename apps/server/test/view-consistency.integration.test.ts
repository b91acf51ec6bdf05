import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { failoverAdvisable, isReplicating, type ClusterDetail } from '@keel/shared';
import { rebuildMember, requireLabStatus } from '@keel/lab';
import { labImportRequest } from '../scripts/lab-import.js';
import { eventually, lab, labSsh } from './lab.js';
import { testApp } from './test-app.js';

type App = Awaited<ReturnType<typeof testApp>>;

/**
 * A real disagreement between Keel's sources: in maintenance mode a replica is promoted by hand, so it
 * says "primary" on its REST API while the DCS still names the leader. Keel must show that as critical,
 * naming who says what, never as healthy, and never steer the operator to a failover; and clear it once
 * Patroni, resumed, demotes the intruder.
 */
describe("Keel's view when its sources disagree", () => {
  let app: App;
  let cluster: ClusterDetail;

  const get = async (): Promise<ClusterDetail> => {
    const res = await app.inject({
      method: 'GET',
      url: `/api/v1/clusters/${cluster.id}`,
      headers: app.as.viewer,
    });
    return res.json<ClusterDetail>();
  };

  const setPause = async (pause: boolean): Promise<void> => {
    const status = await requireLabStatus();
    const res = await fetch(`${status.hosts.find((h) => h.patroniUrl)!.patroniUrl}/config`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ pause }),
    });
    expect(res.status).toBe(200);
  };

  beforeAll(async () => {
    await lab('up');
    app = await testApp();
    const res = await app.inject({
      method: 'POST',
      url: '/api/v1/clusters',
      headers: app.as.admin,
      payload: labImportRequest(await requireLabStatus()),
    });
    expect(res.statusCode, res.body).toBe(201);
    cluster = res.json<ClusterDetail>();
  });

  afterAll(async () => {
    await setPause(false).catch(() => undefined);
    await app?.close();
    await lab('up');
  });

  it('shows a promoted replica as a critical disagreement, offers no failover, and clears once Patroni demotes it', async () => {
    const before = await eventually('a healthy cluster', async () => {
      const c = await get();
      return c.health.level === 'healthy' ? c : undefined;
    });
    const leader = before.leader!;
    const intruder = before.members.find((m) => m.name !== leader)!.name;

    await setPause(true);
    await eventually('the pause seen', async () => ((await get()).paused ? true : undefined));
    await labSsh(
      intruder,
      "su postgres -s /bin/sh -c '/usr/lib/postgresql/15/bin/pg_ctl promote -D /var/lib/postgresql/15/keel-lab'",
    );

    const split = await eventually(
      'the disagreement shown as critical',
      async () => {
        const c = await get();
        return c.health.reasons.some((r) => r.code === 'SOURCES_DISAGREE') ? c : undefined;
      },
      { timeoutMs: 60_000 },
    );
    const reason = split.health.reasons.find((r) => r.code === 'SOURCES_DISAGREE')!;
    console.log(`disagreement shown: ${reason.message}`);
    expect(split.health.level).toBe('critical');
    expect(split.view.consistent).toBe(false);
    expect(reason.message).toMatch(/both run as primary \(split brain\)/);
    expect(reason.message).toContain(`${intruder}'s REST API says primary`);
    expect(reason.message).toContain(`${leader}'s REST API says primary`);
    expect(split.leader).toBe(leader); // the DCS still names it
    expect(failoverAdvisable(split)).toBe(false); // Patroni still has a healthy leader

    await setPause(false);
    // Patroni demotes the intruder once resumed. Its hand-made timeline would collide with the next
    // real promotion's, so, as after any split brain, it is rebuilt from the leader.
    await eventually(
      `${intruder} demoted`,
      async () => {
        const res = await fetch(`${split.members.find((m) => m.name === intruder)!.apiUrl}/patroni`);
        const node = (await res.json()) as { role?: string };
        return node.role === 'replica' ? true : undefined;
      },
      { timeoutMs: 60_000 },
    );
    await rebuildMember(split.members.find((m) => m.name === intruder)!.apiUrl);
    const healed = await eventually(
      'the disagreement cleared after Patroni demoted the intruder',
      async () => {
        const c = await get();
        const back = c.members.find((m) => m.name === intruder);
        return c.health.level === 'healthy' && c.view.consistent && back !== undefined && isReplicating(back)
          ? c
          : undefined;
      },
      { timeoutMs: 120_000 },
    );
    expect(healed.leader).toBe(leader);
    expect(healed.health.reasons.map((r) => r.code)).not.toContain('SOURCES_DISAGREE');
  }, 300_000);
});
