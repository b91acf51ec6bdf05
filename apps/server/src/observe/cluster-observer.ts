import type { ClusterState, HistoryEntry, KeelEvent } from '@keel/shared';
import type { FastifyBaseLogger } from 'fastify';
import type { EtcdWatchPool, KeyChange } from '../etcd/watch.js';
import { ClusterWatch } from './cluster-watch.js';
import { etcdBesideMembers, holdsV2Cluster } from '../etcd/v2.js';
import { patroniPrefix } from '../etcd/watch.js';
import { readEtcdHealthShared } from '../etcd/health.js';
import { etcdAccessOf } from '../clusters/security-store.js';
import { readHaproxyStats } from '../haproxy/stats.js';
import { patroniBase, type PatroniClient } from '../patroni/client.js';
import type { PatroniHistoryRow } from '../patroni/types.js';
import { probeEndpoint } from '../postgres/probe.js';
import { readReplication } from '../postgres/replication.js';
import { assembleState } from './assemble.js';
import { claimsAgree } from './leader-view.js';
import { eventsBetween } from './diff.js';
import { emptyFacts, type ClusterFacts } from './facts.js';
import { LagHistory } from './lag-history.js';
import { Poller } from './poller.js';
import type { ClusterTarget } from './target.js';
import type { ObserverTimings } from './timings.js';
import { errorMessage as message } from '../failure.js';

export interface ObserverDeps {
  patroni: PatroniClient;
  /** Called when Patroni lists a member the inventory does not know yet (a new or rebuilt node). */
  onNewMember?: (clusterId: string, member: ClusterTarget['members'][number]) => void;
  etcd: EtcdWatchPool;
  clock: () => Date;
  publish: (events: KeelEvent[]) => void;
  timings: ObserverTimings;
  log: FastifyBaseLogger;
}

function toHistory(rows: PatroniHistoryRow[]): HistoryEntry[] {
  return rows
    .map(([timeline, lsn, reason, at, newLeader]) => ({
      timeline,
      lsn,
      reason,
      at: at ? new Date(at).toISOString() : null,
      newLeader: newLeader ?? null,
    }))
    .reverse();
}

/**
 * Observes one cluster. Only reads. Each source has its own poller so a slow member or a dead HAProxy
 * never delays the others; the etcd watch pushes leader changes the moment they happen.
 */
export class ClusterObserver {
  private facts: ClusterFacts = emptyFacts();
  private current: ClusterState;
  private lastPublished = 0;
  private readonly pollers = new Map<string, Poller>();
  private watch: ClusterWatch | undefined;
  private stopped = false;
  private retired = false;
  private lastLagSample = 0;
  private lastReread = 0;
  private firstClusterRead: Promise<void>;
  private markFirstRead: () => void = () => undefined;
  readonly lag = new LagHistory();

  constructor(
    private target: ClusterTarget,
    private readonly deps: ObserverDeps,
  ) {
    this.current = assembleState(target, this.facts);
    this.firstClusterRead = new Promise((resolve) => (this.markFirstRead = resolve));
  }

  /** Resolves once the first round of observation has been made, or after `timeoutMs`. */
  async firstObservation(timeoutMs: number): Promise<ClusterState> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<void>((resolve) => (timer = setTimeout(resolve, timeoutMs)));
    await Promise.race([this.firstClusterRead, timeout]);
    clearTimeout(timer);
    return this.current;
  }

  get state(): ClusterState {
    return this.current;
  }

  /** The inventory facts this observer works from (endpoints, probe login). */
  get targetInfo(): ClusterTarget {
    return this.target;
  }

  start(): void {
    const t = this.deps.timings;
    for (const m of this.target.members) this.ensureMemberPoller(m.name, m.apiUrl);
    this.addPoller('cluster', t.patroniMs, () => this.readCluster());
    this.addPoller('slow', t.slowMs, () => this.readHistoryAndConfig());
    if (this.target.etcdEndpoints.length > 0) this.addPoller('etcd', t.etcdHealthMs, () => this.readEtcd());
    else this.addPoller('dcs-search', t.slowMs, () => this.searchDcs());
    if (this.target.haproxy.statsUrl) this.addPoller('haproxy', t.haproxyMs, () => this.readHaproxy());
    if (this.target.haproxy.readWrite || this.target.haproxy.readOnly) {
      this.addPoller('probe', t.probeMs, () => this.probe());
    }
    this.startWatch();
  }

  /** Stops for good: a retarget still in flight will not start it again. */
  async retire(): Promise<void> {
    this.retired = true;
    await this.stop();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    for (const p of this.pollers.values()) p.stop();
    await this.watch?.stop();
    this.watch = undefined;
  }

  /**
   * Re-reads every source now and restarts the etcd watch from a fresh read: for an operator who asks,
   * and for a job that found the cluster other than Keel's view said. Answers the state after it.
   */
  async refresh(reason: string): Promise<ClusterState> {
    await Promise.allSettled([
      this.watch?.restart(reason),
      ...[...this.pollers.values()].map((p) => p.runNow()),
    ]);
    return this.current;
  }

  /** New inventory facts (name, endpoints, login) without losing what was observed. */
  async retarget(target: ClusterTarget): Promise<void> {
    await this.stop();
    if (this.retired) return;
    this.pollers.clear();
    this.stopped = false;
    this.target = target;
    this.start();
  }

  private addPoller(key: string, intervalMs: number, task: () => Promise<void>): void {
    const poller = new Poller(intervalMs, task, (error) =>
      this.deps.log.warn({ err: error, cluster: this.target.name }, `observer ${key} failed`),
    );
    this.pollers.set(key, poller);
    poller.start();
  }

  private ensureMemberPoller(name: string, apiUrl: string): void {
    if (this.stopped || this.pollers.has(`member:${name}`) || !apiUrl) return;
    this.addPoller(`member:${name}`, this.deps.timings.patroniMs, () => this.readMember(name, apiUrl));
  }

  private now(): string {
    return this.deps.clock().toISOString();
  }

  private async readMember(name: string, apiUrl: string): Promise<void> {
    const prev = this.facts.nodes.get(name);
    try {
      const node = await this.deps.patroni.node(apiUrl);
      this.facts.nodes.set(name, { node, error: null, lastSeen: this.now() });
    } catch (error) {
      this.facts.nodes.set(name, {
        node: prev?.node ?? null,
        error: message(error),
        lastSeen: prev?.lastSeen ?? null,
      });
    }
    this.update();
  }

  /** /cluster from the leader if it answers, else from any member that does: it is the DCS's view. */
  private async readCluster(): Promise<void> {
    const candidates = [...this.current.members]
      .sort(
        (a, b) =>
          Number(b.name === this.current.leader) - Number(a.name === this.current.leader) ||
          Number(b.reachable) - Number(a.reachable),
      )
      .map((m) => m.apiUrl)
      .filter(Boolean);
    if (candidates.length === 0) candidates.push(...this.target.members.map((m) => m.apiUrl));
    let lastError = 'no member to ask';
    for (const url of candidates) {
      try {
        const sentAt = this.now();
        this.facts.cluster = await this.deps.patroni.cluster(patroniBase(url));
        this.facts.clusterReadAt = sentAt;
        this.facts.clusterError = null;
        this.noticeNewMembers();
        // Give each member's own answer a moment, so the first state is not half-known.
        await this.readMembersOnce();
        this.recordLag(this.update());
        if (this.facts.dynamicConfig === null) this.pollers.get('slow')?.kick();
        this.markFirstRead();
        return;
      } catch (error) {
        lastError = message(error);
      }
    }
    this.facts.clusterError = lastError;
    this.update();
    this.markFirstRead();
  }

  /** One lag sample per poll interval at most, however often etcd changes make us read /cluster. */
  private recordLag(state: ClusterState): void {
    const now = this.deps.clock();
    if (now.getTime() - this.lastLagSample < this.deps.timings.patroniMs * 0.75) return;
    this.lastLagSample = now.getTime();
    this.lag.record(state.members, now);
  }

  private noticeNewMembers(): void {
    for (const m of this.facts.cluster?.members ?? []) {
      const apiUrl = m.api_url ? patroniBase(m.api_url) : '';
      this.ensureMemberPoller(m.name, apiUrl);
      if (!this.target.members.some((known) => known.name === m.name) && apiUrl) {
        const member = { name: m.name, apiUrl, host: m.host ?? '', port: m.port ?? 5432 };
        this.target = { ...this.target, members: [...this.target.members, member] };
        this.deps.onNewMember?.(this.target.id, member);
      }
    }
  }

  /** Until every member has answered (or failed) once, ask the ones not yet asked. */
  private async readMembersOnce(): Promise<void> {
    const unasked = this.target.members.filter((m) => !this.facts.nodes.has(m.name) && m.apiUrl);
    await Promise.all(unasked.map((m) => this.readMember(m.name, m.apiUrl)));
  }

  private async readHistoryAndConfig(): Promise<void> {
    const leader = this.current.members.find((m) => m.name === this.current.leader && m.reachable);
    const source = leader ?? this.current.members.find((m) => m.reachable);
    if (!source) return;
    const [history, config] = await Promise.allSettled([
      this.deps.patroni.history(source.apiUrl),
      this.deps.patroni.config(source.apiUrl),
    ]);
    if (history.status === 'fulfilled') this.facts.history = toHistory(history.value);
    if (config.status === 'fulfilled') this.facts.dynamicConfig = config.value;
    this.update();
  }

  private async readEtcd(): Promise<void> {
    const previous = new Map(this.facts.etcd.map((e) => [e.endpoint, e.lastSeen]));
    const members = await readEtcdHealthShared(
      this.target.etcdEndpoints,
      this.deps.clock,
      etcdAccessOf(this.target.security),
    );
    this.facts.etcd = members.map((m) => ({
      ...m,
      lastSeen: m.lastSeen ?? previous.get(m.endpoint) ?? null,
    }));
    this.update();
  }

  /** No etcd in the inventory: look beside the members, so the page can say why there is none. */
  private async searchDcs(): Promise<void> {
    const tried = etcdBesideMembers(this.current.members.map((m) => m.host));
    const found = await Promise.all(
      tried.map(async (ep) =>
        (await holdsV2Cluster(ep, this.target.namespace, this.target.scope)) ? ep : null,
      ),
    );
    this.facts.dcsSearch = { tried, v2Endpoint: found.find((ep) => ep !== null) ?? null };
    this.update();
  }

  private async readHaproxy(): Promise<void> {
    try {
      this.facts.haproxyBackends = await readHaproxyStats(
        this.target.haproxy.statsUrl ?? '',
        this.target.haproxy.statsLogin,
      );
      this.facts.haproxyError = null;
    } catch (error) {
      this.facts.haproxyError = message(error);
    }
    this.update();
  }

  private async probe(): Promise<void> {
    const { login, haproxy } = this.target;
    if (!login) return;
    const clock = this.deps.clock;
    // Replication is read from the primary itself, over its own connection: the probe stays one cheap query.
    const [rw, ro, replication] = await Promise.all([
      haproxy.readWrite ? probeEndpoint(haproxy.readWrite, login, clock) : null,
      haproxy.readOnly ? probeEndpoint(haproxy.readOnly, login, clock) : null,
      haproxy.readWrite ? readReplication(haproxy.readWrite, login, clock) : null,
    ]);
    this.facts.readWrite = rw;
    this.facts.readOnly = ro;
    this.facts.replication = replication;
    this.update();
  }

  /** Watches the cluster's keys in etcd; a change to `leader` is applied at once, others trigger reads. */
  private startWatch(): void {
    if (this.target.etcdEndpoints.length === 0) return;
    const prefix = patroniPrefix(this.target.namespace, this.target.scope);
    const watch = new ClusterWatch(
      { endpoints: this.target.etcdEndpoints, access: etcdAccessOf(this.target.security) },
      prefix,
      {
        etcd: this.deps.etcd,
        clock: this.deps.clock,
        log: this.deps.log,
        retryMs: this.deps.timings.watchRetryMs,
      },
      {
        onInitial: (values) => {
          this.facts.etcdError = null;
          this.facts.etcdLeader = values.leader ?? null;
          this.facts.etcdLeaderAt = this.now();
          this.update();
          this.pollers.get('cluster')?.kick();
        },
        onChange: (change) => this.onKeyChange(change),
        onRead: (read, error) => {
          this.facts.etcdRead = read ? { leader: read.values.leader ?? null, at: this.now() } : null;
          if (read && this.facts.etcdLeader === (read.values.leader ?? null)) {
            // A fresh read that agrees proves the watch's claim is still current.
            this.facts.etcdLeaderAt = this.now();
          }
          if (error) this.facts.etcdError = error;
          this.update();
        },
        onStatus: () => {
          this.facts.watch = { ...watch.status };
          this.update();
        },
      },
    );
    this.watch = watch;
    watch.start();
    this.addPoller('watch-check', this.deps.timings.watchCheckMs, () => watch.check());
  }

  private onKeyChange(change: KeyChange): void {
    this.facts.etcdError = null;
    if (this.watch) this.facts.watch = { ...this.watch.status };
    if (change.key === 'leader') {
      const changed = this.facts.etcdLeader !== (change.kind === 'put' ? change.value : null);
      this.facts.etcdLeader = change.kind === 'put' ? change.value : null;
      this.facts.etcdLeaderAt = this.now();
      this.update();
      // Every member's own role follows a leader change: ask them now, not at the next tick.
      if (changed) for (const [key, p] of this.pollers) if (key.startsWith('member:')) p.kick();
      // A new leader means a new timeline: /history gains a row once it has promoted.
      if (changed)
        for (const ms of [1_000, 3_000, 6_000])
          setTimeout(() => this.pollers.get('slow')?.kick(), ms).unref();
    }
    if (change.key === 'history' || change.key === 'config') this.pollers.get('slow')?.kick();
    // Roles, states and lag follow from Patroni; ask now rather than at the next tick.
    this.pollers.get('cluster')?.kick();
  }

  /** An inconsistent view is re-read from every source, at most once a minute (a split brain stays one). */
  private rereadWhenInconsistent(at: Date): void {
    if (at.getTime() - this.lastReread < 60_000) return;
    this.lastReread = at.getTime();
    this.deps.log.warn({ cluster: this.target.name }, 'sources disagree about the leader: re-reading them');
    void this.refresh('sources disagreed about the leader past the grace');
  }

  /** Recomputes the state from the facts and publishes what changed. */
  private update(): ClusterState {
    const at = this.deps.clock();
    this.facts.observedAt = at.toISOString();
    let next = assembleState(this.target, this.facts);
    if (trackDisagreement(this.facts, next, at)) next = assembleState(this.target, this.facts);
    if (!next.view.consistent) this.rereadWhenInconsistent(at);
    const events = eventsBetween(this.current, next, at.toISOString());
    const refreshDue = at.getTime() - this.lastPublished >= this.deps.timings.refreshEventMs;
    this.current = next;
    if (events.length === 0 && refreshDue) {
      events.push({
        type: 'cluster.status',
        at: at.toISOString(),
        clusterId: next.id,
        changed: [],
        state: next,
      });
    }
    if (events.length > 0) {
      this.lastPublished = at.getTime();
      this.deps.publish(events);
    }
    return next;
  }
}

/** Starts or ends the disagreement clock; answers whether it changed (the state must then be assembled again). */
function trackDisagreement(facts: ClusterFacts, state: ClusterState, at: Date): boolean {
  const agree = claimsAgree(state.view.claims);
  if (agree && facts.disagreeSince !== null) {
    facts.disagreeSince = null;
    return true;
  }
  if (!agree && facts.disagreeSince === null) {
    facts.disagreeSince = at.getTime();
    return true;
  }
  return false;
}
