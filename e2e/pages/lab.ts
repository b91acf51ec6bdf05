import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { expect } from '@playwright/test';
import { requireLabStatus } from '@keel/lab';
import { labImportRequest } from '../../apps/server/scripts/lab-import.js';
import type { KeelApi } from './api.js';

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
  scope: string;
}

async function listClusters(api: KeelApi): Promise<ClusterRef[]> {
  return (await api.json<{ clusters: ClusterRef[] }>(api.get('/api/v1/clusters'), 200)).clusters;
}

/** The lab cluster in the server under test, imported through the API when it is not there yet. */
export async function ensureLabCluster(api: KeelApi): Promise<ClusterRef> {
  const status = await requireLabStatus();
  const existing = (await listClusters(api)).find((c) => c.scope === status.scope);
  if (existing) return existing;
  return api.json<ClusterRef>(api.post('/api/v1/clusters', labImportRequest(status)), 201);
}

/** Leaves the server under test with no cluster at all. */
export async function removeAllClusters(api: KeelApi): Promise<void> {
  for (const cluster of await listClusters(api)) {
    const response = await api.delete(`/api/v1/clusters/${cluster.id}`);
    expect(response.status()).toBe(204);
  }
}
