import { randomBytes } from 'node:crypto';
import { keelClient, type KeelClient as ApiClient } from '@keel/api-client';
import { EventFeed } from '../../apps/server/test/event-feed.js';

/** The first admin's password when the benchmark's own Keel creates it (KEEL_ADMIN_PASSWORD). */
export const benchAdminPassword = `bench-${randomBytes(18).toString('base64url')}`;

/**
 * Keel's REST API (the typed client generated from its OpenAPI document, `api`) and event feed as the
 * benchmark uses them. When the server requires sign-in, the client signs in as the admin and makes itself
 * an API token; a server without authentication gets no header.
 */
export class KeelClient {
  private constructor(
    readonly base: string,
    readonly headers: Record<string, string>,
    readonly api: ApiClient,
  ) {}

  static async connect(base: string, adminPassword = benchAdminPassword): Promise<KeelClient> {
    const anonymous = keelClient(base);
    const probe = await anonymous.GET('/api/v1/clusters');
    if (probe.response.status !== 401) return new KeelClient(base, {}, anonymous);

    const login = await anonymous.POST('/api/v1/auth/login', {
      body: { username: 'admin', password: adminPassword },
    });
    if (!login.data)
      throw new Error(`signing in to Keel as admin failed: ${login.response.status} ${login.error?.message}`);
    const cookie = login.response.headers
      .getSetCookie()
      .map((c) => c.split(';')[0])
      .join('; ');
    const created = await anonymous.POST('/api/v1/tokens', {
      body: { name: 'benchmark', role: 'admin' },
      headers: { cookie, 'x-csrf-token': login.data.csrfToken },
    });
    if (!created.data)
      throw new Error(`creating an API token failed: ${created.response.status} ${created.error?.message}`);
    const { token } = created.data;
    return new KeelClient(base, { authorization: `Bearer ${token}` }, keelClient(base, token));
  }

  /** GETs one after the other, each timed from sending the request to the last byte of the answer. */
  async timedGets(paths: string[]): Promise<{ times: number[]; bytes: number }> {
    const times: number[] = [];
    let bytes = 0;
    for (const path of paths) {
      const started = performance.now();
      const res = await fetch(`${this.base}${path}`, { headers: this.headers });
      const body = await res.arrayBuffer();
      times.push(performance.now() - started);
      if (!res.ok) throw new Error(`GET ${path}: ${res.status}`);
      bytes = body.byteLength;
    }
    return { times, bytes };
  }

  events(): Promise<EventFeed> {
    return EventFeed.open(`${this.base.replace(/^http/, 'ws')}/api/v1/events`, this.headers);
  }
}

/**
 * A Keel built in-process (buildApp) has no user yet: server.ts creates the first admin at start. Does the
 * same when the server has authentication; does nothing when it has none.
 */
export async function ensureAdmin(app: object, password = benchAdminPassword): Promise<void> {
  const { security } = app as { security?: { users?: { ensureAdmin?: (p: string) => Promise<unknown> } } };
  await security?.users?.ensureAdmin?.(password);
}
