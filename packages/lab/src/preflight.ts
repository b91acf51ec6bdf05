// What the lab needs from the machine; scripts/install-system.sh installs all of it.
import { existsSync } from 'node:fs';
import type { PatroniRuntime } from './state.js';

export function preflight(patroni: PatroniRuntime | undefined, { secure = false } = {}): void {
  if (process.getuid?.() !== 0) throw new Error('the lab needs root (namespaces, mounts, links)');
  const needed = [
    '/usr/sbin/sshd',
    '/usr/bin/etcd',
    '/usr/sbin/haproxy',
    '/usr/lib/postgresql/15/bin/postgres',
    '/usr/bin/python3',
    '/usr/bin/unshare',
    '/usr/bin/nsenter',
    ...(patroni ? [patroni.bin] : []),
    // The secure lab: the CA and certificates, and Patroni's https etcd client (urllib3 needs idna).
    ...(secure ? ['/usr/bin/openssl', '/usr/lib/python3/dist-packages/idna/__init__.py'] : []),
  ];
  const missing = needed.filter((path) => !existsSync(path));
  if (missing.length > 0) {
    throw new Error(
      `missing on this machine: ${missing.join(', ')}\nrun: sudo bash scripts/install-system.sh`,
    );
  }
}
