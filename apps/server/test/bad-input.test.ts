import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '@keel/shared';
import { testApp } from './test-app.js';

/**
 * Bad input on every route, generated from the OpenAPI document (so a route added later is covered without
 * a new test): each case must be answered with a 4xx whose message says what is wrong, never a 5xx; and
 * afterwards nothing has changed and every read route still answers.
 */

type Schema = {
  type?: string | string[];
  format?: string;
  enum?: unknown[];
  const?: unknown;
  minLength?: number;
  minimum?: number;
  minProperties?: number;
  properties?: Record<string, Schema>;
  required?: string[];
  anyOf?: Schema[];
  items?: Schema;
};
interface Operation {
  operationId: string;
  'x-keel-access': 'public' | 'signed-in' | Role;
  parameters?: { in: 'path' | 'query'; name: string; schema: Schema }[];
  requestBody?: { content: { 'application/json': { schema: Schema } } };
}
interface Case {
  name: string;
  method: string;
  url: string;
  headers: Record<string, string>;
  payload?: string;
  /** A word the message must contain (the field at fault), when there is one. */
  names?: string;
  /** Words the message must contain, beyond the field's name. */
  says?: string;
  status?: number[];
}

const typeOf = (s: Schema): string | undefined => (Array.isArray(s.type) ? s.type[0] : s.type);

/** A plausible value of a schema (the first branch of an anyOf), for building otherwise valid bodies. */
function sample(s: Schema): unknown {
  if (s.anyOf) return sample(s.anyOf[0]!);
  if (s.const !== undefined) return s.const;
  if (s.enum) return s.enum[0];
  switch (typeOf(s) ?? 'untyped') {
    case 'string':
      if (s.format === 'uuid') return randomUUID();
      if (s.format === 'uri') return 'http://127.0.0.1:9';
      if (s.format === 'date-time') return new Date().toISOString();
      return 'a'.repeat(Math.max(s.minLength ?? 0, 12));
    case 'integer':
    case 'number':
      return Math.max(s.minimum ?? 1, 1);
    case 'boolean':
      return true;
    case 'array':
      return [];
    case 'object': {
      const value = Object.fromEntries((s.required ?? []).map((k) => [k, sample(s.properties![k]!)]));
      if (Object.keys(value).length >= (s.minProperties ?? 0)) return value;
      // An object that must not be empty (a PATCH; a config change, which is a free-form map): one entry.
      const [first] = Object.entries(s.properties ?? {});
      return first ? { [first[0]]: sample(first[1]) } : { loop_wait: 10 };
    }
    default:
      return null;
  }
}

/** A value no schema of that type accepts. */
function wrongType(s: Schema): unknown {
  const t = typeOf(s.anyOf?.[0] ?? s);
  return t === 'string' ? 12345 : t === 'object' ? 'not an object' : t === 'array' ? 'not a list' : 'x';
}

const json = { 'content-type': 'application/json' };

function casesOf(method: string, url: string, op: Operation, auth: Record<string, string>): Case[] {
  const params = op.parameters ?? [];
  const pathParams = params.filter((p) => p.in === 'path');
  const withIds = (id: string) => pathParams.reduce((u, p) => u.replace(`{${p.name}}`, id), url);
  const target = withIds(randomUUID());
  const cases: Case[] = [];
  const add = (c: Omit<Case, 'method'>) => cases.push({ method, ...c });

  for (const p of pathParams) {
    add({
      name: `${p.name} not a UUID`,
      url: withIds('not-a-uuid'),
      headers: auth,
      names: p.name,
      says: 'must be a UUID',
      status: [400],
    });
  }
  if (pathParams.length > 0 && !op.requestBody) {
    add({ name: 'a UUID of nothing', url: target, headers: auth, status: [404] });
  }
  for (const q of params.filter((p) => p.in === 'query')) {
    const bad =
      typeOf(q.schema) === 'string' && !q.schema.format && !q.schema.enum ? undefined : 'not-valid%20at-all';
    if (bad)
      add({
        name: `query ${q.name} invalid`,
        url: `${target}?${q.name}=${bad}`,
        headers: auth,
        names: q.name,
        status: [400],
      });
    add({
      name: `query ${q.name} 1 MB long`,
      url: `${target}?${q.name}=${'x'.repeat(1 << 20)}`,
      headers: auth,
    });
  }
  add({
    name: 'an unknown query parameter is ignored, not a failure',
    url: `${target}?zzUnknown=1`,
    headers: auth,
  });

  const body = op.requestBody?.content['application/json'].schema;
  if (body) {
    const base = sample(body) as Record<string, unknown>;
    const props = (body.anyOf?.[0] ?? body).properties ?? {};
    const required = (body.anyOf?.[0] ?? body).required ?? [];
    const send = (name: string, payload: string, more: Partial<Case> = {}) =>
      add({ name, url: target, headers: { ...auth, ...json }, payload, ...more });
    send('no body', '');
    send('garbage JSON', '{"a":');
    send('a JSON array', '[1]');
    send('a JSON string', '"hello"');
    send('null', 'null');
    add({
      name: 'wrong content type',
      url: target,
      headers: { ...auth, 'content-type': 'text/plain' },
      payload: 'hello',
      says: 'Content-Type: application/json',
      status: [415],
    });
    send('an unknown field', JSON.stringify({ ...base, zzUnknownField: 1 }), {
      names: 'zzUnknownField',
      status: [400],
    });
    for (const field of required) {
      const { [field]: _, ...rest } = base;
      send(`${field} missing`, JSON.stringify(rest), { names: field, status: [400] });
    }
    for (const [field, schema] of Object.entries(props)) {
      send(`${field} of the wrong type`, JSON.stringify({ ...base, [field]: wrongType(schema) }), {
        names: field,
        status: [400],
      });
      if (typeOf(schema.anyOf?.[0] ?? schema) === 'string')
        send(`${field} 1 MB long`, JSON.stringify({ ...base, [field]: 'x'.repeat(1 << 20) }), {
          status: [400, 413],
        });
    }
  }
  return cases;
}

const below: Record<Operation['x-keel-access'], Role[]> = {
  public: [],
  'signed-in': [],
  viewer: [],
  operator: ['viewer'],
  admin: ['viewer', 'operator'],
};

describe('bad input on every route, generated from the OpenAPI document', () => {
  let app: Awaited<ReturnType<typeof testApp>>;
  let operations: { method: string; url: string; op: Operation }[];
  const reads = [
    '/api/v1/users',
    '/api/v1/tokens',
    '/api/v1/credentials',
    '/api/v1/clusters',
    '/api/v1/jobs',
    '/api/v1/audit?limit=1000',
  ];
  const snapshot = async () =>
    Promise.all(
      reads.map(async (url) => {
        const res = await app.inject({ method: 'GET', url, headers: app.as.admin });
        // A token's lastUsedAt moves with every request it makes (refused ones too): that is no change.
        const body = res.body.replace(/"lastUsedAt":("[^"]*"|null)/g, '"lastUsedAt":"-"');
        return { url, status: res.statusCode, body: url.startsWith('/api/v1/audit') ? null : body };
      }),
    );

  beforeAll(async () => {
    app = await testApp();
    const doc = (await app.inject({ method: 'GET', url: '/api/v1/openapi.json' })).json<{
      paths: Record<string, Record<string, Operation>>;
    }>();
    operations = Object.entries(doc.paths).flatMap(([url, ops]) =>
      Object.entries(ops).map(([method, op]) => ({ method: method.toUpperCase(), url, op })),
    );
  });
  afterAll(() => app?.close());

  it(
    'answers each with a 4xx that says what is wrong, and changes nothing',
    { timeout: 300_000 },
    async () => {
      const before = await snapshot();
      const failures: string[] = [];
      let count = 0;
      for (const { method, url, op } of operations) {
        const cases = casesOf(method, url, op, app.as.admin);
        if (op['x-keel-access'] !== 'public') {
          const target = url.replace(/\{[^}]+\}/g, randomUUID());
          cases.push({ name: 'not signed in', method, url: target, headers: {}, status: [401] });
          for (const role of below[op['x-keel-access']])
            cases.push({
              name: `as ${role}`,
              method,
              url: target,
              headers: { ...app.as[role], ...json },
              payload: '{}',
              status: [403],
            });
        }
        for (const c of cases) {
          count++;
          const res = await app.inject({
            method: c.method as 'GET',
            url: c.url,
            headers: c.headers,
            payload: c.payload,
          });
          const label = `${op.operationId} (${method} ${url}), ${c.name}: ${res.statusCode}`;
          if (c.name.startsWith('an unknown query parameter')) {
            if (res.statusCode >= 500) failures.push(`${label} ${res.body.slice(0, 200)}`);
            continue;
          }
          const message = res.statusCode < 500 ? (res.json<{ message?: string }>().message ?? '') : '';
          if (res.statusCode < 400 || res.statusCode >= 500)
            failures.push(`${label} ${res.body.slice(0, 200)}`);
          else if (c.status && !c.status.includes(res.statusCode))
            failures.push(`${label}, expected ${c.status.join('/')}: ${message}`);
          else if (message.trim().length < 8) failures.push(`${label}: no message a person can read`);
          else if (c.names && !message.includes(c.names))
            failures.push(`${label}: "${message}" does not name ${c.names}`);
          else if (c.says && !message.includes(c.says))
            failures.push(`${label}: "${message}" does not say "${c.says}"`);
        }
      }
      console.log(
        `${count} bad requests over ${operations.length} operations, ${failures.length} wrong answers`,
      );
      expect(failures).toEqual([]);

      // Nothing changed, and every read still answers (one bad body once broke the audit log for everyone).
      expect(await snapshot()).toEqual(before);
      for (const { method, url } of operations.filter((o) => o.method === 'GET' && !o.url.includes('{'))) {
        const res = await app.inject({ method, url, headers: app.as.admin });
        expect(res.statusCode, `${method} ${url} after the bad requests`).toBeLessThan(300);
      }
    },
  );
});
