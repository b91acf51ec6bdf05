import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import openapiTS, { astToString } from 'openapi-typescript';
import { buildApp } from '../src/build-app.js';
import { loadConfig } from '../src/config.js';

/** The OpenAPI document as a running server publishes it (built on a throwaway data directory). */
export async function openapiDocument(): Promise<Record<string, unknown>> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'keel-openapi-'));
  const app = await buildApp(loadConfig({ KEEL_DATA_DIR: dataDir }), false);
  try {
    const res = await app.inject({ method: 'GET', url: '/api/v1/openapi.json' });
    if (res.statusCode !== 200) throw new Error(`GET /api/v1/openapi.json answered ${res.statusCode}`);
    return res.json<Record<string, unknown>>();
  } finally {
    await app.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

export const generatedTypesPath = path.resolve(
  import.meta.dirname,
  '../../../packages/api-client/src/openapi.generated.ts',
);

/** The client's types, generated from the document by openapi-typescript. */
export async function generatedTypes(document: Record<string, unknown>): Promise<string> {
  const header =
    "// Generated from the server's OpenAPI document by `pnpm gen:api`: do not edit.\n" +
    '// apps/server/test/openapi.test.ts fails when this file is out of date.\n';
  return header + astToString(await openapiTS(document as unknown as Parameters<typeof openapiTS>[0]));
}
