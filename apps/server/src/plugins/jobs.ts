import fp from 'fastify-plugin';
import { JobRepository } from '../jobs/repository.js';
import { JobRunner } from '../jobs/runner.js';
import { sleep } from '../jobs/sleep.js';
import type { JobEnv } from '../jobs/types.js';
import { jobDefinitions } from '../jobs/registry.js';
import { PatroniActions, PatroniClient, patroniTimeoutMs } from '../patroni/client.js';
import { probeEndpoint } from '../postgres/probe.js';
import { SettingsCatalog } from '../operations/settings-catalog.js';
import { HostKeyPinRepository } from '../ssh/host-key-pins.js';
import { sshLoginFrom } from '../ssh/login.js';
import type { SshEnv } from '../ssh/sessions.js';

declare module 'fastify' {
  interface FastifyInstance {
    jobs: { runner: JobRunner; repo: JobRepository; envFor: (clusterId: string) => JobEnv };
  }
}

/** The job runner; jobs that were running when Keel stopped are reconciled once observation has started. */
export default fp(
  async (app) => {
    const clock = (): Date => new Date();
    // Each cluster's TLS and Patroni REST login, from the observed targets (sealed at rest, opened there).
    const connections = (base: string) => app.observers.patroniConnection(base);
    const patroni = new PatroniClient(patroniTimeoutMs, connections);
    const actions = new PatroniActions(30_000, connections);
    const settings = new SettingsCatalog(
      (id) => app.observers.target(id),
      (id) => app.observers.state(id),
    );
    const ssh: SshEnv = {
      pins: new HostKeyPinRepository(app.db),
      login: (credentialId) => sshLoginFrom(app.security.credentials, credentialId),
    };
    const envFor = (clusterId: string): JobEnv => ({
      clock,
      sleep,
      patroni,
      actions,
      state: () => app.observers.state(clusterId),
      target: () => app.observers.target(clusterId),
      refreshView: async (reason) => void (await app.observers.refresh(clusterId, reason)),
      probe: async (endpoint) => {
        const login = app.observers.target(clusterId)?.login;
        if (!login)
          return {
            endpoint,
            ok: false,
            inRecovery: null,
            server: null,
            error: 'Keel has no database login for this cluster',
            latencyMs: null,
            checkedAt: clock().toISOString(),
          };
        return probeEndpoint(endpoint, login, clock);
      },
      pgSettings: () => settings.get(clusterId),
      ssh,
    });
    const repo = new JobRepository(app.db);
    const runner = new JobRunner({
      repo,
      definitions: jobDefinitions,
      envFor,
      publish: (events) => app.hub.publish(events),
      clock,
      log: app.log,
      audit: (job) =>
        app.security.audit.record({
          actorType: 'user',
          actor: job.requestedBy,
          action: `job.${job.kind}`,
          target: job.clusterId,
          params: job.params,
          outcome: job.status === 'succeeded' ? 'success' : 'failure',
          detail: `${job.status}: ${job.result ?? ''}`,
        }),
    });
    app.decorate('jobs', { runner, repo, envFor });
    // After observers start (onReady of the observation plugin), so reconciliation sees the cluster.
    app.addHook('onReady', async () => {
      void runner.recover().catch((error: unknown) => app.log.error({ err: error }, 'job recovery failed'));
    });
    app.addHook('preClose', () => runner.stop());
  },
  { name: 'jobs', dependencies: ['database', 'observation', 'auth'] },
);
