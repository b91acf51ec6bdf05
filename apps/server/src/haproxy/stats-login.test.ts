import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { splitStatsUrl } from '../clusters/stats-login.js';
import { auditParams } from '../security/audit-params.js';
import { readHaproxyStats } from './stats.js';

const csv = '# pxname,svname,status\nprimary,pg1,UP\nprimary,BACKEND,UP\n';

/** Issue 9 item 8: a stats login is split from its URL, sent as a header, and never repeated. */
describe('HAProxy stats behind a login', () => {
  let server: Server;
  let base: string;
  beforeAll(async () => {
    server = createServer((req, res) => {
      const ok =
        req.headers.authorization === `Basic ${Buffer.from('keel:stats-pass-9f8e').toString('base64')}`;
      res.writeHead(ok ? 200 : 401, { 'content-type': 'text/plain' }).end(ok ? csv : 'no');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const address = server.address() as { port: number };
    base = `http://127.0.0.1:${address.port}/stats`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('splits user:password@ out of the URL', () => {
    expect(splitStatsUrl('http://keel:stats%40pass@lb:7000/stats')).toEqual({
      url: 'http://lb:7000/stats',
      login: { username: 'keel', password: 'stats@pass' },
    });
    expect(splitStatsUrl('http://lb:7000/')).toEqual({ url: 'http://lb:7000/', login: null });
  });

  it('reads the page with the login as a header, and names only the bare URL when refused', async () => {
    const backends = await readHaproxyStats(base, { username: 'keel', password: 'stats-pass-9f8e' });
    expect(backends).toEqual([{ proxy: 'primary', server: 'pg1', status: 'UP', up: true }]);
    const refused = await readHaproxyStats(base, { username: 'keel', password: 'wrong-2c3d' }).then(
      () => 'no error',
      (e: unknown) => (e instanceof Error ? e.message : 'not an Error'),
    );
    expect(refused).toMatch(/answered 401/);
    expect(refused).not.toContain('wrong-2c3d');
  });

  it('redacts a password inside any URL in the audit log', () => {
    expect(auditParams({ haproxy: { statsUrl: 'http://keel:stats-pass-9f8e@lb:7000/' } })).toEqual({
      haproxy: { statsUrl: 'http://keel:[redacted]@lb:7000/' },
    });
  });
});
