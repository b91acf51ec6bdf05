import fp from 'fastify-plugin';
import { ClusterRepository } from '../clusters/repository.js';
import { ClusterService } from '../clusters/service.js';
import { EtcdWatchPool } from '../etcd/watch.js';
import { EventHub } from '../events/hub.js';
import { ActivityLog } from '../observe/activity-log.js';
import { ActivityRepository } from '../observe/activity-repository.js';
import { ObserverRegistry } from '../observe/registry.js';
import { defaultTimings, type ObserverTimings } from '../observe/timings.js';
import { PatroniClient, patroniTimeoutMs } from '../patroni/client.js';

declare module 'fastify' {
  interface FastifyInstance {
    hub: EventHub;
    observers: ObserverRegistry;
    clusters: ClusterService;
  }
}

/** Wires the inventory, the observers and the event hub; observation starts when the server is ready. */
export default fp<{ timings?: Partial<ObserverTimings> }>(
  async (app, opts) => {
    const hub = new EventHub((error) => app.log.warn({ err: error }, 'event listener failed'));
    const activity = new ActivityLog(new ActivityRepository(app.db), app.log);
    hub.subscribe(activity.listen);
    // The registry reports new members to the service, which is built after it; the Patroni client asks
    // it for each cluster's TLS and REST login (the registry holds the opened targets).
    const service: { current?: ClusterService } = {};
    const registry: { current?: ObserverRegistry } = {};
    const etcd = new EtcdWatchPool();
    const patroni = new PatroniClient(patroniTimeoutMs, (base) => registry.current?.patroniConnection(base));
    const observers = new ObserverRegistry({
      patroni,
      onNewMember: (clusterId, member) => {
        service.current?.recordMember(clusterId, member).catch((error: unknown) => {
          app.log.warn({ err: error, clusterId, member: member.name }, 'could not record a new member');
        });
      },
      etcd,
      clock: () => new Date(),
      publish: (events) => hub.publish(events),
      timings: { ...defaultTimings, ...opts.timings },
      log: app.log,
    });
    registry.current = observers;
    const clusters = new ClusterService(
      new ClusterRepository(app.db),
      observers,
      app.security.credentials,
      activity,
    );

    service.current = clusters;
    app.decorate('hub', hub);
    app.decorate('observers', observers);
    app.decorate('clusters', clusters);
    app.addHook('onReady', () => clusters.observeAll());
    app.addHook('onClose', async () => {
      await observers.stopAll();
      await etcd.close();
      await activity.flush();
    });
  },
  { name: 'observation', dependencies: ['config', 'database', 'secrets', 'auth'] },
);
