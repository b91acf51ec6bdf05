import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { generatedTypes, generatedTypesPath, openapiDocument } from '../scripts/openapi-document.js';

const repo = path.resolve(import.meta.dirname, '../../..');
const run = promisify(execFile);

interface Operation {
  operationId?: string;
  security?: Record<string, string[]>[];
  responses?: Record<string, unknown>;
}
type Document = {
  paths: Record<string, Record<string, Operation>>;
  servers?: unknown[];
  components?: { securitySchemes?: Record<string, unknown> };
};

/** The OpenAPI document scripts generate clients from: complete, linted, and the typed client current. */
describe('the OpenAPI document', () => {
  let document: Document;
  let operations: { key: string; op: Operation }[];

  beforeAll(async () => {
    document = (await openapiDocument()) as unknown as Document;
    operations = Object.entries(document.paths).flatMap(([url, ops]) =>
      Object.entries(ops).map(([method, op]) => ({ key: `${method.toUpperCase()} ${url}`, op })),
    );
  });

  it('passes Redocly’s recommended rules, with only the exceptions written in redocly.yaml', async () => {
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'keel-openapi-')), 'openapi.json');
    writeFileSync(file, JSON.stringify(document));
    const redocly = path.join(repo, 'node_modules/.bin/redocly');
    const { stdout, stderr } = await run(
      redocly,
      ['lint', file, '--config', path.join(repo, 'redocly.yaml'), '--format', 'stylish'],
      { cwd: repo },
    ).catch((error: { stdout: string; stderr: string }) => {
      throw new Error(`redocly lint failed:\n${error.stdout}\n${error.stderr}`);
    });
    console.log(
      `${operations.length} operations; redocly: ${`${stdout}${stderr}`.trim().split('\n').at(-1)}`,
    );
    expect(`${stdout}${stderr}`).toMatch(/Your API description is valid/);
    expect(`${stdout}${stderr}`).not.toMatch(/warning/i);
  });

  it('names every operation once, and says how each is authenticated', () => {
    const ids = operations.map(({ op }) => op.operationId);
    expect(ids.every(Boolean)).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
    expect(Object.keys(document.components?.securitySchemes ?? {})).toEqual([
      'bearerToken',
      'sessionCookie',
      'csrfToken',
    ]);
    expect(document.servers?.length).toBeGreaterThan(0);
    const publicOps = operations.filter(({ op }) => op.security?.length === 0).map(({ key }) => key);
    expect(publicOps.sort()).toEqual(['GET /api/v1/health', 'POST /api/v1/auth/login']);
    for (const { key, op } of operations) {
      if (key.startsWith('GET ') || op.security?.length === 0) continue;
      // A change with the session cookie needs the CSRF header too.
      expect(op.security, key).toContainEqual({ sessionCookie: [], csrfToken: [] });
    }
  });

  it('gives every operation but the health check its error answers', () => {
    for (const { key, op } of operations) {
      if (key === 'GET /api/v1/health') continue;
      const codes = Object.keys(op.responses ?? {});
      expect(codes.filter((c) => c.startsWith('4')).length, key).toBeGreaterThan(0);
      expect(codes, key).toContain('500');
    }
  });

  it('matches the typed client in packages/api-client (run `pnpm gen:api` after changing a route)', async () => {
    expect(readFileSync(generatedTypesPath, 'utf8')).toBe(await generatedTypes(document as never));
  });
});
