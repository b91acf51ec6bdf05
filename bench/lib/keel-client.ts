import { randomBytes } from 'node:crypto';
import { EventFeed } from '../../apps/server/test/event-feed.js';

/** The first admin's password when the benchmark's own Keel creates it (KEEL_ADMIN_PASSWORD). */
export const benchAdminPassword = `bench-${randomBytes(18).toString('base64url')}`;

/**
 * Keel's REST API and event feed as the benchmark uses them. When the server requires sign-in, the client
 * signs in as the admin and makes itself an API token; a server without authentication gets no header.
 */
export class KeelClient {
  private constructor(
    readonly base: string,
    readonly headers: Record<string, string>,
  ) {}

  static async connect(base: string, adminPassword = benchAdminPassword): Promise<KeelClient> {
    const probe = await fetch(`${base}/api/v1/clusters`);
    await probe.body?.cancel();
    if (probe.status !== 401) return new KeelClient(base, {});

    const login = await fetch(`${base}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'admin', password: adminPassword }),
    });
    if (!login.ok)
      throw new Error(`signing in to Keel as admin failed: ${login.status} ${await login.text()}`);
    const { csrfToken } = (await login.json()) as { csrfToken: string };
    const cookie = login.headers
      .getSetCookie()
      .map((c) => c.split(';')[0])
      .join('; ');
    const created = await fetch(`${base}/api/v1/tokens`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie, 'x-csrf-token': csrfToken },
      body: JSON.stringify({ name: 'benchmark', role: 'admin' }),
    });
    if (created.status !== 201)
      throw new Error(`creating an API token failed: ${created.status} ${await created.text()}`);
    const { token } = (await created.json()) as { token: string };
    return new KeelClient(base, { authorization: `Bearer ${token}` });
  }

  /** GET or POST a JSON API path (e.g. `/api/v1/clusters`); throws unless the status is `expect`. */
  async json<T>(path: string, { body, expect = 200 }: { body?: unknown; expect?: number } = {}): Promise<T> {
    const res = await fetch(`${this.base}${path}`, {
      method: body === undefined ? 'GET' : 'POST',
      headers: { ...this.headers, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (res.status !== expect) throw new Error(`${path}: ${res.status} ${await res.text()}`);
    return (await res.json()) as T;
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
