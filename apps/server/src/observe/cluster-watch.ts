import type { WatchStatus } from '@keel/shared';
import type { FastifyBaseLogger } from 'fastify';
import type { EtcdTarget, EtcdWatchPool, KeyChange, PrefixRead, PrefixWatch } from '../etcd/watch.js';
import { errorMessage as message } from '../failure.js';

export interface ClusterWatchDeps {
  etcd: EtcdWatchPool;
  clock: () => Date;
  log: FastifyBaseLogger;
  retryMs: number;
}

export interface ClusterWatchEvents {
  /** The keys as a fresh read found them, at the start of each watch (first or restarted). */
  onInitial(values: Record<string, string>): void;
  onChange(change: KeyChange): void;
  /** A fresh read made to check the watch (its leader key becomes the `etcd-read` claim). */
  onRead(read: PrefixRead | null, error: string | null): void;
  /** The watch's status changed (started, restarted, failed). */
  onStatus(): void;
}

/**
 * Keel's watch on one cluster's keys, and the proof that it still works. A gRPC watch can go quiet
 * without an error: reconnected to a rebuilt etcd it waits for a revision that will not come for
 * hours; cancelled for a compacted revision it delivers nothing more. So `check()` compares it with a
 * fresh read (etcd's cluster id, its revision, the newest change under the prefix, the leader key) and
 * restarts it from that read when they disagree, saying why.
 */
export class ClusterWatch {
  readonly status: WatchStatus = { status: 'off', lastEventAt: null, restarts: 0, lastRestart: null };
  private watch: PrefixWatch | undefined;
  private starting: Promise<void> | undefined;
  private retry: NodeJS.Timeout | undefined;
  private stopped = false;
  /** The highest revision any read or event has shown: etcd's revision never goes back on one cluster. */
  private highestRevision = 0n;
  /** A difference seen once may be an event still on its way; seen twice in a row, the watch missed it. */
  private suspect: string | null = null;
  private leader: string | null | undefined;

  constructor(
    private readonly etcd: EtcdTarget,
    private readonly prefix: string,
    private readonly deps: ClusterWatchDeps,
    private readonly events: ClusterWatchEvents,
  ) {}

  start(): void {
    this.stopped = false;
    this.setStatus(this.status.status === 'off' ? 'starting' : 'restarting');
    this.starting = this.open();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.retry);
    // A watch still starting must finish and be stopped, or its etcd connection outlives the observer.
    // Against an etcd that does not answer it may never finish: then closing the pool ends it.
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([this.starting, new Promise((resolve) => (timer = setTimeout(resolve, 3_000)))]);
    clearTimeout(timer);
    await this.watch?.stop();
    this.watch = undefined;
    this.status.status = 'off';
  }

  /** Checks the watch against a fresh read; restarts it when they disagree. Called periodically. */
  async check(): Promise<void> {
    if (this.stopped || !this.watch) return;
    const watch = this.watch;
    const cancelled = watch.cancelled();
    if (cancelled) return this.restart(`etcd cancelled the watch (${cancelled})`);
    let read: PrefixRead;
    try {
      read = await this.deps.etcd.readPrefix(this.etcd, this.prefix);
    } catch (error) {
      this.events.onRead(null, message(error));
      return;
    }
    if (this.watch !== watch) return; // restarted meanwhile
    this.events.onRead(read, null);
    const problem = this.disagreement(watch, read);
    this.highestRevision = max(this.highestRevision, read.revision);
    if (!problem) {
      this.suspect = null;
      return;
    }
    if (problem.certain || this.suspect !== null) return this.restart(problem.reason);
    this.suspect = problem.reason;
  }

  /** Restart from a fresh read, e.g. when an operator asks Keel to re-read everything. */
  async restart(reason: string): Promise<void> {
    if (this.stopped) return;
    this.deps.log.warn({ prefix: this.prefix, reason }, 'etcd watch restarted');
    this.status.restarts += 1;
    this.status.lastRestart = { at: this.deps.clock().toISOString(), reason };
    this.suspect = null;
    // A rebuilt or restored etcd counts its revisions from where it is now.
    this.highestRevision = 0n;
    const old = this.watch;
    this.watch = undefined;
    await old?.stop();
    if (this.stopped) return;
    clearTimeout(this.retry);
    this.start();
    await this.starting;
  }

  private disagreement(watch: PrefixWatch, read: PrefixRead): { reason: string; certain: boolean } | null {
    if (read.clusterId !== watch.initial.clusterId) {
      return {
        certain: true,
        reason: `etcd's cluster id changed from ${watch.initial.clusterId} to ${read.clusterId}: etcd was rebuilt or replaced`,
      };
    }
    if (read.revision < this.highestRevision) {
      return {
        certain: true,
        reason: `etcd's revision went back from ${this.highestRevision} to ${read.revision}: etcd was restored from an older snapshot`,
      };
    }
    if (read.maxModRevision >= watch.nextRevision()) {
      return {
        certain: false,
        reason: `the watch has not delivered changes up to revision ${read.maxModRevision} (it waits at ${watch.nextRevision()})`,
      };
    }
    const leader = read.values.leader ?? null;
    if (this.leader !== undefined && leader !== this.leader) {
      return {
        certain: false,
        reason: `the watch says the leader key is ${this.leader ?? 'absent'}, a fresh read says ${leader ?? 'absent'}`,
      };
    }
    return null;
  }

  private async open(): Promise<void> {
    try {
      const watch = await this.deps.etcd.watchPrefix(
        this.etcd,
        this.prefix,
        (change) => this.onChange(change),
        (error) => {
          this.deps.log.debug({ err: error, prefix: this.prefix }, 'etcd watch interrupted');
          if (this.status.status === 'watching') this.setStatus('reconnecting');
        },
        () => {
          if (this.status.status === 'reconnecting') this.setStatus('watching');
        },
      );
      if (this.stopped) return void (await watch.stop());
      this.watch = watch;
      this.highestRevision = max(this.highestRevision, watch.initial.revision);
      this.leader = watch.initial.values.leader ?? null;
      this.status.lastEventAt = this.deps.clock().toISOString();
      this.setStatus('watching');
      this.events.onInitial(watch.initial.values);
      this.events.onRead(watch.initial, null);
    } catch (error) {
      this.deps.log.warn({ err: error, prefix: this.prefix }, 'etcd watch could not start');
      this.events.onRead(null, message(error));
      this.setStatus('failed');
      if (!this.stopped) this.retry = setTimeout(() => this.start(), this.deps.retryMs);
    }
  }

  private onChange(change: KeyChange): void {
    this.status.lastEventAt = this.deps.clock().toISOString();
    if (change.key === 'leader') this.leader = change.kind === 'put' ? change.value : null;
    this.events.onChange(change);
  }

  private setStatus(status: WatchStatus['status']): void {
    this.status.status = status;
    this.events.onStatus();
  }
}

const max = (a: bigint, b: bigint): bigint => (a > b ? a : b);
