import type { ImportClusterRequest } from '@keel/shared';
import type { requireLabStatus } from '@keel/lab';

/** How Keel imports the lab cluster: one Patroni URL, the lab's HAProxy and its superuser for the probe. */
export function labImportRequest(
  status: Awaited<ReturnType<typeof requireLabStatus>>,
  name = 'lab',
): ImportClusterRequest {
  const firstDb = status.hosts.find((h) => h.patroniUrl);
  if (!firstDb?.patroniUrl) throw new Error('the lab has no Patroni host: run `pnpm lab up`');
  const { readWrite, readOnly, statsUrl } = status.haproxy;
  return {
    name,
    patroniUrl: firstDb.patroniUrl,
    haproxy: {
      readWrite: `${readWrite.host}:${readWrite.port}`,
      readOnly: `${readOnly.host}:${readOnly.port}`,
      statsUrl,
    },
    database: {
      username: status.credentials.superuser.username,
      password: status.credentials.superuser.password,
      database: 'postgres',
    },
  };
}
