import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp } from './test-app.js';

type App = Awaited<ReturnType<typeof testApp>>;

// A cluster's security settings are `T | null` (null removes one): a wrong T was once explained as
// "... ; security.caBundle must be a null", which tells the operator nothing.
describe('a nullable field given a wrong value', () => {
  let app: App;
  beforeAll(async () => {
    app = await testApp();
  });
  afterAll(async () => app.close());

  const importWith = (security: object) =>
    app.inject({
      method: 'POST',
      url: '/api/v1/clusters',
      headers: app.as.admin,
      payload: { name: 'x', patroniUrl: 'https://10.0.0.1:8008', security },
    });

  it('says what is wrong with the value, not that it should be null', async () => {
    const res = await importWith({ caBundle: 'not a certificate' });
    expect(res.statusCode).toBe(400);
    const message = res.json<{ message: string }>().message;
    expect(message).toMatch(/security\.caBundle .*-----BEGIN CERTIFICATE-----/);
    expect(message).not.toMatch(/must be a null/);
  });

  it('names the missing part of a login', async () => {
    const res = await importWith({ patroniLogin: { username: 'u' } });
    expect(res.statusCode).toBe(400);
    expect(res.json<{ message: string }>().message).toBe('password is required in security.patroniLogin');
  });
});
