import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import type { HostShell } from '../../ssh/host-shell.js';
import { allOf, command } from '../../ssh/quote.js';
import type { HostLayout } from './layout.js';
import type { PatroniRuntime } from './services.js';

/**
 * Debian 13's Patroni 4.0.7 (architecture-independent), unpacked on the control host (`dpkg -x` of the
 * pinned .debs: scripts/install-lab-patroni.sh). Keel carries it to hosts that have no safe Patroni
 * package (Debian 12), so hosts without internet access get it too.
 */
export const PATRONI_TREE = {
  version: '4.0.7',
  source: () => process.env.KEEL_PATRONI_TREE ?? '/opt/keel-lab/patroni-4.0.7',
};

export function treeRuntime(layout: HostLayout): PatroniRuntime {
  return {
    bin: `${layout.patroniDir}/usr/bin/patroni`,
    pythonPath: `${layout.patroniDir}/usr/lib/python3/dist-packages`,
  };
}

/** Unpacks the tree on the host under layout.patroniDir unless its marker names this version already. */
export async function carryPatroniTree(
  shell: HostShell,
  layout: HostLayout,
  installed: string | null,
): Promise<string | null> {
  if (installed === PATRONI_TREE.version) return null;
  const source = PATRONI_TREE.source();
  if (!existsSync(`${source}/usr/bin/patroni`))
    throw new Error(
      `Keel carries Patroni ${PATRONI_TREE.version} to Debian 12 hosts from ${source}, which has no usr/bin/patroni: run scripts/install-lab-patroni.sh on the Keel host (or set KEEL_PATRONI_TREE)`,
    );
  const archive = execFileSync('tar', ['-C', source, '-czf', '-', 'usr'], { maxBuffer: 64 * 1024 * 1024 });
  const upload = `${layout.patroniDir}.tar.gz`;
  await shell.run(
    command('install', '-d', '-m', '0755', layout.patroniDir.slice(0, layout.patroniDir.lastIndexOf('/'))),
  );
  await shell.upload(upload, archive, { owner: 'root', mode: 0o644 });
  await shell.run(
    allOf(
      command('rm', '-rf', layout.patroniDir),
      command('install', '-d', '-m', '0755', layout.patroniDir),
      command('tar', '-C', layout.patroniDir, '-xzf', upload),
      command('rm', '-f', upload),
      command('sh', '-c', 'echo "$1" > "$2"', 'keel-marker', PATRONI_TREE.version, layout.patroniMarker),
    ),
  );
  return `Patroni ${PATRONI_TREE.version} unpacked into ${layout.patroniDir}`;
}
