import { JobKind, jobKinds } from '@keel/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp } from '../../test/test-app.js';
import { jobDefinitions, jobRegistry } from './registry.js';

describe('the job registry', () => {
  let app: Awaited<ReturnType<typeof testApp>>;
  beforeAll(async () => {
    app = await testApp();
  });
  afterAll(async () => app.close());

  it('has one definition for every job kind, with what both sides know of it', () => {
    expect([...jobRegistry.keys()].sort()).toEqual([...JobKind.enum].sort());
    for (const [kind, entry] of jobRegistry) {
      expect(entry.definition.kind).toBe(kind);
      expect(entry.description).toBe(jobKinds[kind].description);
      expect(jobDefinitions.get(kind)).toBe(entry.definition);
    }
  });

  it('routes every kind, with its request schema and description in the OpenAPI document', async () => {
    const doc = (await app.inject({ url: '/api/v1/openapi.json' })).json<{
      paths: Record<string, Record<string, { summary: string; requestBody?: unknown }>>;
    }>();
    for (const entry of jobRegistry.values()) {
      const path = `/api/v1/clusters/{id}/${entry.kind}`;
      const method = entry.definition.route === 'own' ? 'patch' : 'post';
      expect(doc.paths[path]?.[method]?.summary, path).toBe(entry.description);
      expect(doc.paths[path]?.[method]?.requestBody, path).toBeDefined();
    }
  });
});
