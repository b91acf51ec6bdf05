import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
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

async function listClusters(api: KeelApi) {
  return (await api.ok(api.client.GET('/api/v1/clusters'), 200)).clusters;
}

/** The lab cluster in the server under test, imported through the API when it is not there yet. */
export async function ensureLabCluster(api: KeelApi) {
  const status = await requireLabStatus();
  const existing = (await listClusters(api)).find((c) => c.scope === status.scope);
  if (existing) return existing;
  return api.ok(api.client.POST('/api/v1/clusters', { body: labImportRequest(status) }), 201);
}

/** Leaves the server under test with no cluster at all. */
export async function removeAllClusters(api: KeelApi): Promise<void> {
  for (const cluster of await listClusters(api)) {
    await api.ok(api.client.DELETE('/api/v1/clusters/{id}', { params: { path: { id: cluster.id } } }), 204);
  }
}
