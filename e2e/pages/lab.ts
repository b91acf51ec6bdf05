import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { expect, type APIRequestContext } from '@playwright/test';
import { requireLabStatus } from '@keel/lab';
import { labImportRequest } from '../../apps/server/scripts/lab-import.js';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

/** Runs `pnpm lab <args>` from the repository root, printing its progress into the test's output. */
export function lab(...args: string[]): void {
  execFileSync('pnpm', ['lab', ...args], { cwd: repoRoot, stdio: 'inherit' });
}

/** The request that imports the running lab, as `register-lab` sends it (credentials read fresh). */
export async function labRequest(name = 'lab') {
  return labImportRequest(await requireLabStatus(), name);
}

interface ClusterRef {
  id: string;
  name: string;
}

async function listClusters(request: APIRequestContext): Promise<(ClusterRef & { scope: string })[]> {
  const response = await request.get('/api/v1/clusters');
  expect(response.status()).toBe(200);
  return ((await response.json()) as { clusters: (ClusterRef & { scope: string })[] }).clusters;
}

/** The lab cluster in the server under test, imported through the API when it is not there yet. */
export async function ensureLabCluster(request: APIRequestContext): Promise<ClusterRef> {
  const status = await requireLabStatus();
  const existing = (await listClusters(request)).find((c) => c.scope === status.scope);
  if (existing) return existing;
  const response = await request.post('/api/v1/clusters', { data: labImportRequest(status) });
  expect(response.status(), await response.text()).toBe(201);
  return (await response.json()) as ClusterRef;
}

/** Leaves the server under test with no cluster at all. */
export async function removeAllClusters(request: APIRequestContext): Promise<void> {
  for (const cluster of await listClusters(request)) {
    const response = await request.delete(`/api/v1/clusters/${cluster.id}`);
    expect(response.status()).toBe(204);
  }
}
