import type { ClusterState, KeelEvent } from '@keel/shared';
import { ClusterObserver, type ObserverDeps } from './cluster-observer.js';
import { patroniConnectionOf } from '../clusters/security-store.js';
import { patroniBase, type PatroniConnection } from '../patroni/client.js';
import type { ClusterTarget } from './target.js';

/** One observer per cluster in the inventory; the live state of every cluster comes from here. */
export class ObserverRegistry {
  private readonly observers = new Map<string, ClusterObserver>();
  private closed = false;

  constructor(
    private readonly deps: Omit<ObserverDeps, 'publish'> & { publish: (events: KeelEvent[]) => void },
  ) {}

  async observe(target: ClusterTarget): Promise<void> {
    if (this.closed) return;
    const existing = this.observers.get(target.id);
    if (existing) {
      await existing.retarget(target);
      return;
    }
    const observer = new ClusterObserver(target, this.deps);
    this.observers.set(target.id, observer);
    observer.start();
  }

  async forget(id: string): Promise<void> {
    const observer = this.observers.get(id);
    if (!observer) return;
    this.observers.delete(id);
    await observer.retire();
    this.deps.publish([{ type: 'cluster.removed', at: this.deps.clock().toISOString(), clusterId: id }]);
  }

  /** The cluster's state once first observed (or after `timeoutMs`), for answers that should be live. */
  async firstObservation(id: string, timeoutMs = 3_000): Promise<ClusterState | undefined> {
    return this.observers.get(id)?.firstObservation(timeoutMs);
  }

  /** Re-reads every source of one cluster now (see ClusterObserver.refresh). */
  async refresh(id: string, reason: string): Promise<ClusterState | undefined> {
    return this.observers.get(id)?.refresh(reason);
  }

  target(id: string): ClusterTarget | undefined {
    return this.observers.get(id)?.targetInfo;
  }

  /**
   * The TLS and REST login of the cluster a Patroni REST API belongs to (by its members' URLs), for
   * PatroniClient and PatroniActions; none for an address no observed cluster lists.
   */
  patroniConnection(base: string): PatroniConnection | undefined {
    const wanted = patroniBase(base);
    for (const observer of this.observers.values()) {
      const target = observer.targetInfo;
      if (target.members.some((m) => m.apiUrl && patroniBase(m.apiUrl) === wanted))
        return patroniConnectionOf(target.security);
    }
    return undefined;
  }

  state(id: string): ClusterState | undefined {
    return this.observers.get(id)?.state;
  }

  lagHistory(id: string): Record<string, { at: string; lagBytes: number | null }[]> | undefined {
    return this.observers.get(id)?.lag.toJSON();
  }

  states(): ClusterState[] {
    return [...this.observers.values()].map((o) => o.state);
  }

  async stopAll(): Promise<void> {
    this.closed = true;
    await Promise.all([...this.observers.values()].map((o) => o.retire()));
    this.observers.clear();
  }
}
