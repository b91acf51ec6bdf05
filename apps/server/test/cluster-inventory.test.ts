import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ClusterRepository } from '../src/clusters/repository.js';
import { testApp } from './test-app.js';

type App = Awaited<ReturnType<typeof testApp>>;

describe('the inventory and the credentials it names', () => {
  let app: App;
  beforeAll(async () => {
    app = await testApp();
  });
  afterAll(async () => app.close());

  it("stores typed values, and a cluster's own login is removed only once no cluster uses it", async () => {
    const repo = new ClusterRepository(app.db);
    const credentials = app.security.credentials;
    const loginId = await credentials.createInline('database', 'inv probe login', 'probe', {
      password: 'inventory-secret-1',
      database: 'app',
    });
    const created = await repo.create({
      name: 'inv',
      scope: 'inv',
      namespace: '/service/',
      etcdEndpoints: ['http://10.0.0.1:2379', 'http://10.0.0.2:2379'],
      members: [{ name: 'pg1', apiUrl: 'http://10.0.0.1:8008', host: '10.0.0.1', port: 5432 }],
      haproxy: { readWrite: '10.0.0.9:5000', readOnly: null, statsUrl: null },
      statsCredentialId: null,
      databaseCredentialId: loginId,
    });
    expect(created.etcdEndpoints).toEqual(['http://10.0.0.1:2379', 'http://10.0.0.2:2379']);
    expect(await repo.find(created.id)).toEqual(created);

    // Sealed at rest: the row never holds the password in clear.
    const row = await app.db.credential.findUniqueOrThrow({ where: { id: loginId } });
    expect(row.secret).not.toContain('inventory-secret-1');
    expect(row.inline).toBe(true);
    expect(await credentials.login(loginId)).toEqual({
      username: 'probe',
      secret: { password: 'inventory-secret-1', database: 'app' },
    });

    await credentials.releaseInline(loginId);
    expect(await app.db.credential.findUnique({ where: { id: loginId } })).not.toBeNull();

    const moved = await repo.update(created.id, {
      etcdEndpoints: ['http://10.0.0.3:2379'],
      memberApiUrls: { pg1: 'http://10.0.0.1:8009' },
      databaseCredentialId: null,
    });
    expect(moved.etcdEndpoints).toEqual(['http://10.0.0.3:2379']);
    expect(moved.members[0]?.apiUrl).toBe('http://10.0.0.1:8009');
    expect(moved.databaseCredentialId).toBeNull();
    await credentials.releaseInline(loginId);
    expect(await app.db.credential.findUnique({ where: { id: loginId } })).toBeNull();
    await repo.delete(created.id);
  });
});
