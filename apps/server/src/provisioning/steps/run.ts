import type { ProposedParameter } from '@keel/shared';
import type { JobContext } from '../../jobs/types.js';
import { JobFailure } from '../../jobs/types.js';
import { runPackageCommand } from '../../ssh/package-lock.js';
import { withSsh, type SshSessions } from '../../ssh/sessions.js';
import { proposeParameters } from '../plan-sizing.js';
import { describeFacts, factsCommand, foreignCluster, parseFacts } from './facts.js';
import { firewallPlan, type Opening } from './firewall.js';
import { layoutFor } from './layout.js';
import { KNOWN_BAD_PATRONI, packagePlan } from './packages.js';
import { carryPatroniTree, treeRuntime } from './patroni-tree.js';
import { filesFor } from './render.js';
import { ensureFile, serviceManagerFor, type PatroniRuntime, type ServiceName } from './services.js';
import type { ProvisionParams } from './params.js';
import { prepareDirectories, succeeds, validateFile } from './host-files.js';
import { httpOk, tcpOpen } from './reachability.js';
import { changed, hostsOf, unchanged, type Host } from './run-host.js';

const MS = { etcd: 90_000, leader: 180_000, replica: 300_000, haproxy: 60_000 };

/** The provisioning run: each step idempotent, each saying changed (and what) or unchanged. */
export async function provision(ctx: JobContext<ProvisionParams>): Promise<string> {
  const plan = ctx.params.plan;
  const env = ctx.env;
  const prov = env.provisioning;
  if (!prov)
    throw new JobFailure('This Keel has no provisioning environment (credentials store and inventory)');
  const poll = async (what: string, check: () => Promise<boolean>, timeoutMs: number): Promise<number> => {
    const started = Date.now();
    while (!(await check())) {
      if (Date.now() - started > timeoutMs)
        throw new JobFailure(`${what}: not within ${Math.round(timeoutMs / 1000)} s`);
      await env.sleep(1000, ctx.signal);
    }
    return Date.now() - started;
  };

  return withSsh(ctx, async (ssh: SshSessions) => {
    const hosts: Host[] = [];

    // 1. Facts: read-only, every host before anything changes anywhere.
    for (const { planned, roles } of hostsOf(plan)) {
      await ctx.step(`Gather facts on ${planned.name}`, async () => {
        const login = await env.ssh.login(planned.sshCredentialId);
        const shell = await ssh.shell({
          host: { name: planned.name, address: planned.address, port: planned.sshPort },
          login,
          policy: { ...planned.hostKey, decidedBy: ctx.params.requestedBy },
        });
        const probe = layoutFor('debian', plan.postgresVersion, plan.scope);
        const first = parseFacts(
          (
            await shell.run(
              factsCommand({
                dataDir: probe.dataDir,
                patroniConfig: probe.patroniConfig,
                patroniMarker: probe.patroniMarker,
              }),
              { quiet: true },
            )
          ).stdout,
        );
        if (first.osFamily === null)
          throw new JobFailure(
            `${planned.name}: ${first.osId || 'unknown OS'} ${first.osVersion} is neither Debian/Ubuntu nor the RHEL family`,
          );
        const layout = layoutFor(first.osFamily, plan.postgresVersion, plan.scope);
        // The RHEL layout keeps the data elsewhere: ask again about its own paths.
        const facts =
          first.osFamily === 'debian'
            ? first
            : parseFacts((await shell.run(factsCommand(layout), { quiet: true })).stdout);
        if (roles.includes('database')) {
          const foreign = foreignCluster(facts, plan.scope, layout.dataDir);
          if (foreign) throw new JobFailure(`${planned.name}: ${foreign}. Nothing was changed on any host.`);
        }
        const source = packagePlan(
          facts,
          roles.includes('database') ? 'database' : 'load-balancer',
          plan.postgresVersion,
        ).patroni;
        const patroni: PatroniRuntime =
          source.kind === 'keel-tree' ? treeRuntime(layout) : { bin: '/usr/bin/patroni', pythonPath: '' };
        hosts.push({
          planned,
          roles,
          shell,
          facts,
          layout,
          patroni,
          services: serviceManagerFor(facts, layout, patroni),
          changedFiles: new Set(),
        });
        if (facts.timeSync !== 'synchronized')
          await shell.note(
            `time sync: ${facts.timeSync} (etcd and Patroni need clocks kept in step)`,
            'warn',
          );
        return { detail: `unchanged (read only): ${describeFacts(facts)}` };
      });
    }
    await ctx.remember({
      hosts: Object.fromEntries(
        hosts.map((h) => [
          h.planned.name,
          { os: `${h.facts.osId} ${h.facts.osVersion}`, init: h.facts.init, firewall: h.facts.firewall },
        ]),
      ),
    });

    const dbHosts = hosts.filter((h) => h.roles.includes('database'));
    const sized = proposeParameters(
      dbHosts.map((h) => ({
        name: h.planned.name,
        memoryBytes: h.facts.memoryBytes,
        cpus: h.facts.cpus,
        dataDiskBytes: h.facts.dataDiskBytes,
        rotational: h.facts.rotational,
      })),
      plan.maxConnections,
      plan.parameterOverrides,
    );
    await ctx.log(
      `Parameters (${sized.basis}): ${Object.entries(sized.parameters)
        .map(([k, v]) => `${k}=${v.value} (${v.reason})`)
        .join('; ')}`,
    );

    // 2. Packages.
    const versions: Record<string, Record<string, string>> = {};
    for (const h of hosts) {
      await ctx.step(`Install packages on ${h.planned.name}`, async () => {
        const role = h.roles.includes('database') ? 'database' : 'load-balancer';
        const pkgs = packagePlan(h.facts, role, plan.postgresVersion);
        const did: string[] = [];
        for (const c of pkgs.commands)
          await runPackageCommand(
            h.shell,
            c,
            { waitMs: 300_000, intervalMs: 5000, sleep: (ms) => env.sleep(ms, ctx.signal) },
            { timeoutMs: 900_000 },
          );
        if (pkgs.missing.length > 0) did.push(`installed ${pkgs.missing.join(', ')}`);
        if (pkgs.patroni.kind === 'keel-tree') {
          const carried = await carryPatroniTree(h.shell, h.layout, h.facts.keelPatroni);
          if (carried) did.push(carried);
        }
        const now = parseFacts((await h.shell.run(factsCommand(h.layout), { quiet: true })).stdout);
        const patroniVersion =
          pkgs.patroni.kind === 'keel-tree'
            ? now.keelPatroni
            : pkgs.patroni.kind === 'package'
              ? now.packages.patroni
              : null;
        if (pkgs.patroni.kind === 'package' && patroniVersion && KNOWN_BAD_PATRONI.test(patroniVersion))
          throw new JobFailure(
            `${h.planned.name}: the packaged Patroni ${patroniVersion} loses acknowledged writes with etcd3; Keel does not run it`,
          );
        versions[h.planned.name] = {
          ...Object.fromEntries(pkgs.wanted.filter((p) => now.packages[p]).map((p) => [p, now.packages[p]!])),
          ...(patroniVersion
            ? {
                patroni: `${patroniVersion}${pkgs.patroni.kind === 'keel-tree' ? ` (Keel's tree in ${h.layout.patroniDir})` : ''}`,
              }
            : {}),
        };
        h.facts = now;
        const installed = Object.entries(versions[h.planned.name]!)
          .map(([p, v]) => `${p} ${v}`)
          .join(', ');
        return did.length > 0
          ? changed([...did, `now: ${installed}`])
          : unchanged(`already installed: ${installed}`);
      });
    }
    await ctx.remember({ versions });

    // 3. Configuration: rendered, validated on the host, uploaded atomically.
    const superuser = await prov.reveal(plan.logins.superuser.credentialId);
    const replication = await prov.reveal(plan.logins.replication.credentialId);
    for (const h of hosts) {
      await ctx.step(`Configure ${h.planned.name}`, async () => {
        const did: string[] = [];
        did.push(...(await h.services.install(h.shell)));
        did.push(...(await prepareDirectories(h)));
        const files = filesFor(
          { plan, layout: h.layout, superuser, replication, parameters: sized.parameters },
          h.planned.name,
        );
        for (const f of files) {
          await validateFile(h, f);
          if (await ensureFile(h.shell, f.path, f.content, { owner: f.owner, mode: f.mode })) {
            did.push(`${f.path} written`);
            h.changedFiles.add(f.service);
          }
        }
        return did.length > 0 ? changed(did) : unchanged(`${files.map((f) => f.path).join(', ')} as planned`);
      });
    }

    // 4. Firewall.
    const sources = [...new Set([...hosts.map((h) => `${h.planned.address}/32`), ...plan.trustedSubnets])];
    for (const h of hosts) {
      await ctx.step(`Firewall on ${h.planned.name}`, async () => {
        const ports = [
          ...(h.roles.includes('database')
            ? [plan.ports.postgres, plan.ports.patroni, plan.ports.etcdClient, plan.ports.etcdPeer]
            : []),
          ...(h.roles.includes('load-balancer')
            ? [plan.ports.haproxyReadWrite, plan.ports.haproxyReadOnly, plan.ports.haproxyStats]
            : []),
        ];
        const fw = firewallPlan(
          h.facts.firewall,
          ports.flatMap((port) => sources.map((source): Opening => ({ port, source }))),
        );
        if (fw.kind === 'none') return unchanged('no firewall');
        if (fw.notManaged) {
          await h.shell.note(fw.notManaged, 'warn');
          return unchanged(fw.notManaged);
        }
        const added: string[] = [];
        for (const rule of fw.rules) {
          if (rule.query && (await succeeds(h.shell, rule.query))) continue;
          const { stdout } = await h.shell.run(rule.add);
          if (!/Skipping|existing/i.test(stdout))
            added.push(`${rule.opening.port} from ${rule.opening.source}`);
        }
        if (added.length > 0) for (const c of fw.after) await h.shell.run(c);
        return added.length > 0
          ? changed([`${fw.kind}: opened ${added.join(', ')}`])
          : unchanged(`${fw.kind}: every port already open`);
      });
    }

    // 5. Services, in order: etcd everywhere, then the first Patroni (the leader), then the replicas, then HAProxy.
    const etcdHosts = hosts.filter((h) => plan.etcdHosts.includes(h.planned.name));
    await ctx.step('Start etcd', async () => {
      const did = await Promise.all(etcdHosts.map((h) => ensureRunning(h, 'etcd')));
      const ms = await poll(
        'etcd healthy on every member',
        async () =>
          (
            await Promise.all(
              etcdHosts.map((h) => httpOk(`http://${h.planned.address}:${plan.ports.etcdClient}/health`)),
            )
          ).every(Boolean),
        MS.etcd,
      );
      const what = did.filter((d): d is string => d !== null);
      return what.length > 0
        ? changed([...what, `healthy after ${ms} ms`])
        : unchanged(`etcd running and healthy on ${etcdHosts.map((h) => h.planned.name).join(', ')}`);
    });
    const patroniUrl = (h: Host, path: string) => `http://${h.planned.address}:${plan.ports.patroni}${path}`;
    // An existing leader stays the leader; on a new cluster the first database host bootstraps it.
    const leaders = await Promise.all(dbHosts.map((h) => httpOk(patroniUrl(h, '/primary'))));
    const leader = dbHosts[Math.max(0, leaders.indexOf(true))]!;
    await ctx.step(`Start Patroni on ${leader.planned.name} (leader)`, async () => {
      const did = await ensureRunning(leader, 'patroni');
      const ms = await poll(
        `${leader.planned.name} primary`,
        () => httpOk(patroniUrl(leader, '/primary')),
        MS.leader,
      );
      return did
        ? changed([did, `primary after ${ms} ms`])
        : unchanged(`${leader.planned.name} is the primary`);
    });
    for (const h of dbHosts.filter((d) => d !== leader)) {
      await ctx.step(`Start Patroni on ${h.planned.name} (replica)`, async () => {
        const did = await ensureRunning(h, 'patroni');
        const ms = await poll(
          `${h.planned.name} streaming replica`,
          () => httpOk(patroniUrl(h, '/replica')),
          MS.replica,
        );
        return did
          ? changed([did, `replica after ${ms} ms`])
          : unchanged(`${h.planned.name} is a running replica`);
      });
    }
    const lb = hosts.find((h) => h.roles.includes('load-balancer'))!;
    await ctx.step(`Start HAProxy on ${lb.planned.name}`, async () => {
      const did = await ensureRunning(lb, 'haproxy');
      const ms = await poll(
        `HAProxy listening on :${plan.ports.haproxyReadWrite} and :${plan.ports.haproxyReadOnly}`,
        async () =>
          (await tcpOpen(lb.planned.address, plan.ports.haproxyReadWrite)) &&
          (await tcpOpen(lb.planned.address, plan.ports.haproxyReadOnly)),
        MS.haproxy,
      );
      return did
        ? changed([did, `listening after ${ms} ms`])
        : unchanged(`HAProxy running on ${lb.planned.name}`);
    });

    // 6. The inventory: Keel watches the new cluster from here on.
    const clusterId = await ctx.step('Import into the inventory', async () => {
      const known = await prov.findCluster(plan.scope);
      if (known) return { ...unchanged(`"${plan.scope}" is in the inventory`), value: known };
      const id = await prov.importCluster({
        name: plan.scope,
        patroniUrl: patroniUrl(leader, ''),
        haproxy: {
          readWrite: `${lb.planned.address}:${plan.ports.haproxyReadWrite}`,
          readOnly: `${lb.planned.address}:${plan.ports.haproxyReadOnly}`,
          statsUrl: `http://${lb.planned.address}:${plan.ports.haproxyStats}/`,
        },
        databaseCredentialId: plan.logins.superuser.credentialId,
      });
      return { ...changed([`imported as "${plan.scope}"`]), value: id };
    });
    await ctx.step('Wait until healthy', async () => {
      const ms = await poll(
        'Keel observes the cluster healthy',
        async () => prov.healthy(clusterId!),
        MS.replica,
      );
      return unchanged(`healthy (after ${ms} ms)`);
    });
    await prov.recordHosts(clusterId!, versions);
    return `${plan.scope}: ${dbHosts.length} database hosts and HAProxy on ${lb.planned.name}, healthy`;
  });

  /** Starts the service unless it runs; restarts it when this run changed its configuration. */
  async function ensureRunning(h: Host, service: ServiceName): Promise<string | null> {
    if (await h.services.start(h.shell, service)) return `${service} started on ${h.planned.name}`;
    if (!h.changedFiles.has(service)) return null;
    await h.services.restart(h.shell, service);
    return `${service} restarted on ${h.planned.name} (its configuration changed)`;
  }
}

export type { ProposedParameter };
