import { execFile, execFileSync } from 'node:child_process';
import {
  chmodSync,
  chownSync,
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readUnit, signIn, startAsUnit, stop, type UnitStart, waitUntilServing } from './installed-keel.js';

const run = promisify(execFile);
const repo = path.resolve(import.meta.dirname, '../../..');
const adminPassword = 'production install test password';

/** A port nobody listens on now. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

function filesUnder(dir: string, skip: (name: string) => boolean): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (skip(entry.name)) return [];
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(full, skip) : [full];
  });
}

/**
 * scripts/install-production.sh into a temporary prefix (with its config and data directory there too),
 * then Keel started as keel.service starts it (its user, environment file and working directory, read
 * from the installed unit; setpriv instead of systemd) and used over HTTP. Needs root (it creates the keel
 * user, as the real install does); not the lab.
 */
describe('production install', () => {
  const root = mkdtempSync('/tmp/keel-install-');
  const prefix = path.join(root, 'app');
  const config = path.join(root, 'etc/keel.env');
  const dataDir = path.join(root, 'data');
  const unitDir = path.join(root, 'systemd');
  const install = (...extra: string[]) =>
    execFileSync(
      'bash',
      [
        'scripts/install-production.sh',
        '--prefix',
        prefix,
        '--config',
        config,
        '--data-dir',
        dataDir,
        '--unit-dir',
        unitDir,
        ...extra,
      ],
      { cwd: repo, encoding: 'utf8', timeout: 240_000 },
    );
  let unit: UnitStart;
  let keel: ReturnType<typeof startAsUnit>;
  let base: string;
  let keelUid: number;

  beforeAll(async () => {
    chmodSync(root, 0o755); // the keel user must reach the prefix, as it reaches /opt/keel/app
    const started = Date.now();
    install();
    console.log(`install (build included): ${((Date.now() - started) / 1000).toFixed(1)} s`);
    unit = readUnit(path.join(unitDir, 'keel.service'));
    keelUid = Number(execFileSync('id', ['-u', unit.user], { encoding: 'utf8' }).trim());

    // What an operator does before the first start: a port, and the first admin's password in a file.
    const port = await freePort();
    const passwordFile = path.join(root, 'etc/admin-password');
    writeFileSync(passwordFile, `${adminPassword}\n`, { mode: 0o640 });
    chownSync(passwordFile, 0, statSync(config).gid);
    const env = readFileSync(config, 'utf8').replace(/^KEEL_PORT=.*$/m, `KEEL_PORT=${port}`);
    writeFileSync(config, `${env}KEEL_ADMIN_PASSWORD_FILE=${passwordFile}\n`);
    base = `http://127.0.0.1:${port}`;
    keel = startAsUnit(unit, dataDir);
    await waitUntilServing(base, keel);
  }, 360_000);

  afterAll(async () => {
    if (keel) await stop(keel.child);
    rmSync(root, { recursive: true, force: true });
  });

  it('installs the compiled server with runtime dependencies only, and a unit that runs it', () => {
    expect(unit.execStart.slice(-2)).toEqual([path.join(prefix, 'apps/server/dist/cli.js'), 'serve']);
    expect(unit).toMatchObject({ user: 'keel', workingDirectory: dataDir, environmentFile: config });
    const own = filesUnder(prefix, (name) => name === 'node_modules');
    expect(own.filter((file) => file.endsWith('.ts') && !file.endsWith('.d.ts'))).toEqual([]);
    const store = readdirSync(path.join(prefix, 'apps/server/node_modules/.pnpm'));
    for (const devOnly of ['tsx@', 'vite@', 'vitest@', 'esbuild@', 'eslint@', '@keel+'])
      expect(store.filter((name) => name.startsWith(devOnly))).toEqual([]);
    expect(readFileSync(config, 'utf8')).toMatch(new RegExp(`^KEEL_DATA_DIR=${dataDir}$`, 'm'));
    expect(statSync(config).mode & 0o777).toBe(0o640);
  });

  it('serves the dashboard and signs the admin in over HTTP', async () => {
    const page = await fetch(`${base}/clusters`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<div id="root">');

    const admin = await signIn(base, 'admin', adminPassword);
    expect(admin.status).toBe(200);
    expect(admin.body.user?.username).toBe('admin');
    expect(admin.setCookie).not.toMatch(/Secure/i); // plain HTTP, no trusted proxy
    const session = await admin.request('/api/v1/auth/session');
    expect(session.status).toBe(200);
    expect(await session.json()).toMatchObject({ user: { username: 'admin', mustChangePassword: false } });
  });

  it('keeps its data in the data directory, owned by the keel user and private', () => {
    for (const file of ['keel.db', 'secret.key']) {
      const stat = statSync(path.join(dataDir, file));
      expect(stat.uid).toBe(keelUid);
      expect(stat.mode & 0o777).toBe(0o600);
    }
    expect(
      filesUnder(prefix, (name) => name === 'node_modules').filter((f) => /keel\.db|secret\.key/.test(f)),
    ).toEqual([]);
  });

  it('backs up while the server writes; the backup restored into a fresh data directory starts with the data', async () => {
    const admin = await signIn(base, 'admin', adminPassword);
    const created: string[] = [];
    let writing = true;
    const writer = (async () => {
      for (let n = 1; writing; n++) {
        const username = `writer-${n}`;
        const response = await admin.request('/api/v1/users', {
          method: 'POST',
          body: { username, password: 'a long enough password', role: 'viewer' },
        });
        expect(response.status).toBe(201);
        created.push(username);
      }
    })();
    while (created.length < 3) await new Promise((resolve) => setTimeout(resolve, 50));
    const before = created.length;
    // The installed CLI, as the service's user, as docs/production.md says to run it.
    const backupFile = path.join(dataDir, 'backups/snapshot.db');
    const backup = await run(
      'setpriv',
      [
        `--reuid=${unit.user}`,
        `--regid=${unit.group}`,
        '--init-groups',
        '--',
        path.join(prefix, 'bin/keel'),
        'backup',
        backupFile,
      ],
      { cwd: dataDir },
    );
    const after = created.length;
    writing = false;
    await writer;
    expect(backup.stderr).toMatch(/THIS BACKUP DOES NOT CONTAIN THE SECRET KEY/);
    const users = Number(/(\d+) users/.exec(backup.stdout)?.[1]);
    // One consistent moment: every user created before the backup began, none after it ended (+ admin).
    expect(users).toBeGreaterThanOrEqual(before + 1);
    expect(users).toBeLessThanOrEqual(after + 1);
    console.log(
      `backup while writing: ${before} users made before it began, ${after} when it ended, ${users - 1} in it`,
    );

    // The restore steps of docs/production.md, into a fresh data directory.
    const restored = path.join(root, 'restored');
    mkdirSync(restored, { mode: 0o700 });
    copyFileSync(backupFile, path.join(restored, 'keel.db'));
    copyFileSync(path.join(dataDir, 'secret.key'), path.join(restored, 'secret.key'));
    for (const file of [restored, path.join(restored, 'keel.db'), path.join(restored, 'secret.key')]) {
      chownSync(file, keelUid, keelUid);
      if (file !== restored) chmodSync(file, 0o600);
    }
    const port = await freePort();
    const second = startAsUnit({ ...unit, workingDirectory: restored }, restored, {
      KEEL_DATA_DIR: restored,
      KEEL_PORT: String(port),
    });
    try {
      await waitUntilServing(`http://127.0.0.1:${port}`, second);
      const again = await signIn(`http://127.0.0.1:${port}`, 'admin', adminPassword);
      expect(again.status).toBe(200);
      const list = (await (await again.request('/api/v1/users')).json()) as { users: { username: string }[] };
      const names = list.users.map((u) => u.username);
      expect(names).toHaveLength(users);
      expect(names).toEqual(expect.arrayContaining(created.slice(0, before)));
    } finally {
      expect(await stop(second.child)).toBe(0);
    }
  });

  it('an upgrade (installing again) keeps the environment file and the data', async () => {
    expect(await stop(keel.child)).toBe(0);
    const envBefore = readFileSync(config, 'utf8');
    const output = install('--no-build');
    expect(output).toMatch(/exists: kept as it is/);
    expect(readFileSync(config, 'utf8')).toBe(envBefore);
    keel = startAsUnit(unit, dataDir);
    await waitUntilServing(base, keel);
    expect((await signIn(base, 'admin', adminPassword)).status).toBe(200);
  });
});
