// `pnpm lab up`: idempotent. Healthy already -> returns at once, changing nothing.
// Partly up (crashed, frozen or cut-off hosts, stopped services) -> repairs. Returns only
// when healthy, or fails listing what is not.
import { mkdirSync } from 'node:fs';
import { bootHost } from './boot.js';
import { ensureCredentials, readCredentials, type LabCredentials } from './credentials.js';
import { sleep } from './exec.js';
import { checkHealth, type HealthReport } from './health.js';
import { progress } from './log.js';
import { ensureBridge } from './network.js';
import { labDir } from './paths.js';
import { preflight } from './preflight.js';
import { ensureClientKey } from './ssh.js';
import {
  patroniRuntime,
  readState,
  writeState,
  type LabState,
  type LabStyle,
  type PatroniMajor,
} from './state.js';
import { LAB_TIMEOUTS } from './timings.js';
import { ensureEtcdAuth } from './etcd-auth.js';
import { ensureLabCertificates } from './tls.js';
import { BRIDGE, DB_HOSTS, HOSTS, PORTS } from './topology.js';
import { patroniCluster } from './probes.js';
import { ReplicaRepair } from './replica-repair.js';

export interface UpOptions {
  bare: boolean;
  /** TLS and authentication on etcd, Patroni's REST API and PostgreSQL (state.ts `secure`). */
  secure: boolean;
  patroniMajor: PatroniMajor;
  style: LabStyle;
}

function checkCompatible(existing: LabState, options: UpOptions): void {
  if (existing.subnet && existing.subnet !== BRIDGE.cidr) {
    throw new Error(
      `the lab in ${labDir()} runs on ${existing.subnet}, not ${BRIDGE.cidr}: set KEEL_LAB_SUBNET=${existing.subnet} ` +
        'or run `pnpm lab down` first',
    );
  }
  if (existing.patroni.major !== options.patroniMajor) {
    throw new Error(
      `the lab runs Patroni ${existing.patroni.version}; to switch, run \`pnpm lab down\` first`,
    );
  }
  if ((existing.style ?? 'keel') !== options.style) {
    throw new Error(
      `the lab is up ${existing.style === 'guide' ? 'guide-style (--guide)' : "with Keel's own configuration"}; to switch, run \`pnpm lab down\` first`,
    );
  }
  if ((existing.secure ?? false) !== options.secure) {
    throw new Error(
      `the lab is up ${existing.secure ? 'secure (--secure)' : 'open (without --secure)'}; to switch, run \`pnpm lab down\` first`,
    );
  }
  if (options.bare && !existing.bare) {
    throw new Error('the lab is up with its services; for a bare lab run `pnpm lab down` first');
  }
}

async function waitHealthy(credentials: LabCredentials, repair?: ReplicaRepair): Promise<HealthReport> {
  const deadline = Date.now() + LAB_TIMEOUTS.healthyMs;
  let shown = '';
  for (;;) {
    const report = await checkHealth(credentials);
    if (report.healthy) return report;
    await repair?.check(await patroniCluster());
    const summary = report.problems.join('; ');
    if (summary !== shown) {
      progress(`waiting: ${summary}`);
      shown = summary;
    }
    if (Date.now() > deadline) {
      throw new Error(
        `the lab did not become healthy within ${LAB_TIMEOUTS.healthyMs / 1000}s:\n  - ${report.problems.join('\n  - ')}\n` +
          `logs: /var/log/{etcd,patroni,postgresql,haproxy} inside each host (ssh in, or ${labDir()}/hosts/*/upper/var-log)`,
      );
    }
    await sleep(1000);
  }
}

export async function up(options: UpOptions): Promise<void> {
  const existing = readState();
  if (existing) checkCompatible(existing, options);
  const state: LabState = existing
    ? { ...existing, bare: options.bare, subnet: BRIDGE.cidr }
    : {
        patroni: patroniRuntime(options.patroniMajor),
        bare: options.bare,
        subnet: BRIDGE.cidr,
        style: options.style,
        ...(options.secure ? { secure: true } : {}),
        createdAt: new Date().toISOString(),
      };
  preflight(state.bare ? undefined : state.patroni, { secure: state.secure === true });

  const credentials = readCredentials();
  if (existing && credentials && existing.bare === options.bare) {
    const report = await checkHealth(credentials, { bare: options.bare });
    if (report.healthy) {
      progress(
        options.bare
          ? 'already up (bare); nothing to do'
          : `already healthy (leader ${report.leader ?? '?'}); nothing to do`,
      );
      return;
    }
    progress(`repairing: ${report.problems.join('; ')}`);
  }

  mkdirSync(labDir(), { recursive: true, mode: 0o755 });
  const labCredentials = ensureCredentials({ secure: options.secure });
  await ensureClientKey();
  if (options.secure) await ensureLabCertificates();
  writeState(state);
  await ensureBridge();
  progress(
    `starting ${HOSTS.length} hosts${state.bare ? ' (bare: sshd only)' : ` with Patroni ${state.patroni.version}`}${state.style === 'guide' ? ", guide-style (Patroni's etcd: section on etcd's v2 API, HAProxy checking /master)" : ''}${state.secure ? ', secure (TLS and authentication)' : ''}`,
  );
  if (state.secure && !state.bare && labCredentials.secure) {
    // etcd first, alone: its users and `auth enable` must be there before Patroni signs in. On a
    // running lab this starts nothing new (the launcher only starts what is not running).
    await Promise.all(HOSTS.map((host) => bootHost(host, state, labCredentials, { etcdOnly: true })));
    await ensureEtcdAuth(DB_HOSTS[0]!.name, labCredentials.secure);
    progress('etcd: users root, patroni, keel; auth enabled');
  }
  await Promise.all(HOSTS.map((host) => bootHost(host, state, labCredentials)));
  if (state.bare) {
    progress('up (bare): every host answers ssh');
    return;
  }
  // The open lab only: rebuilding goes through Patroni's plain-HTTP REST API.
  const repair = state.secure
    ? undefined
    : new ReplicaRepair(state.patroni.major, (member) => {
        const host = DB_HOSTS.find((h) => h.name === member)!;
        return `http://${host.address}:${PORTS.patroni}`;
      });
  const report = await waitHealthy(labCredentials, repair);
  progress(`healthy: leader ${report.leader ?? '?'}, two streaming replicas, lb routes writes to the leader`);
}
