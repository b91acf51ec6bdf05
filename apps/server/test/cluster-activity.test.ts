import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ActivityEvent, ClusterActivity } from '@keel/shared';
import { buildApp } from '../src/build-app.js';
import { loadConfig } from '../src/config.js';
import { ACTIVITY_KEPT } from '../src/observe/activity-log.js';

type App = Awaited<ReturnType<typeof buildApp>>;

const at = (second: number) => new Date(Date.UTC(2026, 11, 2, 4, 0, second)).toISOString();

/** A failover's story as the observer publishes it (one observation: leader, then roles, then health). */
function failover(clusterId: string, second: number): ActivityEvent[] {
  const when = at(second);
  return [
    { type: 'cluster.leader', at: when, clusterId, from: 'pg1', to: 'pg2' },
    { type: 'member.role', at: when, clusterId, member: 'pg1', from: 'leader', to: 'replica' },
    { type: 'member.role', at: when, clusterId, member: 'pg2', from: 'replica', to: 'leader' },
    {
      type: 'cluster.health',
      at: when,
      clusterId,
      from: 'healthy',
      to: 'degraded',
      reasons: ['replica pg1 is not streaming'],
    },
  ];
}

/** Keel on one data directory, started again as often as a test likes (the same SQLite file each time). */
describe('a cluster\'s "Live activity" is kept by the server', () => {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'keel-activity-'));
  const start = () => buildApp(loadConfig({ KEEL_DATA_DIR: dataDir }), false);
  let app: App;
  let viewer: Record<string, string>;
  let clusterId: string;
  let otherId: string;

  const newCluster = async (name: string) =>
    (
      await app.db.cluster.create({
        data: { name, scope: name, etcdEndpoints: '[]', members: { create: [] } },
      })
    ).id;

  const activity = async (id: string, query = '') => {
    const res = await app.inject({
      method: 'GET',
      url: `/api/v1/clusters/${id}/activity${query}`,
      headers: viewer,
    });
    return { status: res.statusCode, body: res.json<ClusterActivity & { message?: string }>() };
  };

  beforeAll(async () => {
    app = await start();
    const user = await app.security.users.create({
      username: 'viewer',
      password: 'correct horse battery staple',
      role: 'viewer',
      mustChangePassword: false,
    });
    const { token } = await app.security.tokens.create(
      { id: user.id, role: 'viewer' },
      { name: 't', role: 'viewer' },
    );
    viewer = { authorization: `Bearer ${token}` };
    // Straight into the inventory: these clusters are not observed, so only the events below are theirs.
    clusterId = await newCluster('activity-a');
    otherId = await newCluster('activity-b');
  });
  afterAll(async () => {
    await app.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('answers the activity events the feed published, newest first, and nothing else', async () => {
    const events = failover(clusterId, 1);
    app.hub.publish([
      {
        type: 'cluster.status',
        at: at(1),
        clusterId,
        changed: ['leader'],
        state: {} as never, // not activity: never stored, so its shape does not matter here
      },
      ...events,
      ...failover(otherId, 2),
    ]);
    const { status, body } = await activity(clusterId);
    expect(status).toBe(200);
    expect(body.events).toEqual([...events].reverse());
  });

  it('answers at most `limit` entries, the newest', async () => {
    const { body } = await activity(clusterId, '?limit=2');
    expect(body.events.map((e) => e.type)).toEqual(['cluster.health', 'member.role']);
  });

  it('keeps the events across a restart of Keel', async () => {
    await app.close();
    app = await start();
    // The restarted Keel observes these clusters now, and its first look is news too (health unknown
    // to critical: they have no members); what was kept before the restart follows, unchanged.
    const { body } = await activity(clusterId);
    expect(body.events.slice(-4)).toEqual([...failover(clusterId, 1)].reverse());
  });

  it(`keeps only the newest ${ACTIVITY_KEPT} entries of a cluster`, async () => {
    const many = Array.from({ length: 60 }, (_, i) => failover(clusterId, 10 + i)).flat();
    app.hub.publish(many);
    const { body } = await activity(clusterId, `?limit=${ACTIVITY_KEPT}`);
    expect(body.events).toHaveLength(ACTIVITY_KEPT);
    expect(body.events[0]).toEqual(many.at(-1));
    expect(body.events.at(-1)).toEqual(many.at(-ACTIVITY_KEPT));
    expect(await app.db.activityEntry.count({ where: { clusterId } })).toBe(ACTIVITY_KEPT);
    // The other cluster's entries are its own: untouched by this one's pruning.
    const other = (await activity(otherId)).body.events.filter((e) => e.at === at(2));
    expect(other).toEqual([...failover(otherId, 2)].reverse());
  });

  it("forgets a removed cluster's activity", async () => {
    app.hub.publish([{ type: 'cluster.removed', at: at(59), clusterId: otherId }]);
    await app.db.cluster.delete({ where: { id: otherId } });
    expect(await app.db.activityEntry.count({ where: { clusterId: otherId } })).toBe(0);
  });

  it('answers 404 for a cluster Keel does not know', async () => {
    const { status, body } = await activity('00000000-0000-4000-8000-000000000000');
    expect(status).toBe(404);
    expect(body.message).toMatch(/Cluster/);
  });
});
