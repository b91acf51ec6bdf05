// `pnpm --filter @keel/server register-lab`: puts the running lab cluster into Keel's inventory, once.
// The first README command runs it so a newcomer sees a live cluster at once.
import { requireLabStatus } from '@keel/lab';
import { buildApp } from '../src/build-app.js';
import { loadConfig } from '../src/config.js';
import { labHostAccess, labImportRequest, labSshCredential } from './lab-import.js';

const app = await buildApp(loadConfig(), { level: 'warn' });
try {
  const status = await requireLabStatus();
  const existing = (await app.clusters.list()).find((c) => c.scope === status.scope);
  const request = labImportRequest(status);
  // The lab's SSH login, so the dashboard's drills can reach the hosts; kept once, refreshed with the lab.
  const sshLogin = labSshCredential(status);
  const stored = (await app.security.credentials.list()).find((c) => c.name === sshLogin.name);
  const ssh = stored
    ? await app.security.credentials.update(stored.id, { privateKey: sshLogin.privateKey })
    : await app.security.credentials.create(sshLogin);
  const hostAccess = labHostAccess(ssh.id, status);
  if (existing) {
    // A lab made anew has new passwords: keep Keel's probe login and endpoints current.
    await app.clusters.update(existing.id, {
      haproxy: request.haproxy,
      database: request.database,
      hostAccess,
    });
    console.log(
      `keel: the lab cluster is already registered as "${existing.name}" (login and endpoints refreshed)`,
    );
  } else {
    const cluster = await app.clusters.import({ ...request, hostAccess });
    console.log(
      `keel: registered the lab cluster as "${cluster.name}" (leader ${cluster.leader ?? 'unknown'})`,
    );
  }
} finally {
  await app.close();
}
