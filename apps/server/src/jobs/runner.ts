import type { Job, JobKind, JobLogLine, KeelEvent, Principal } from '@keel/shared';
import type { FastifyBaseLogger } from 'fastify';
import { KeelError, notFound } from '../errors.js';
import { atLeast } from '../security/roles.js';
import { BusyLock } from './busy-lock.js';
import { createContext, describeState } from './context.js';
import { toJobView, type JobRecord, type JobRepository } from './repository.js';
import { clusterIdOf, describeLockKey, lockKeys, type JobTarget } from './target.js';
import type { JobDefinition, JobEnv } from './types.js';
import { errorMessage as message } from '../failure.js';

export interface RunnerDeps {
  repo: JobRepository;
  definitions: Map<JobKind, JobDefinition<unknown>>;
  /** The environment jobs of a cluster run in. */
  envFor: (clusterId: string) => JobEnv;
  publish: (events: KeelEvent[]) => void;
  clock: () => Date;
  log: FastifyBaseLogger;
  /** Every job's end goes to the audit log. */
  audit: (job: Job) => Promise<void>;
}

/** A scheduled job whose time passed longer ago than this while Keel was down is not run late. */
const lateStartToleranceMs = 60_000;

/**
 * Runs jobs: one mutating job at a time per target (a second request is refused, 409), scheduled ones at
 * their time, every step and log line persisted and published as it happens. After a restart, jobs that
 * were running are reconciled with what the cluster says, never re-run blindly.
 */
export class JobRunner {
  private readonly busy = new BusyLock();
  /** The lock keys each job (or request being prepared) holds. */
  private readonly holds = new Map<string, string[]>();
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private readonly running = new Map<string, AbortController>();
  private readonly finished = new Map<string, Promise<void>>();
  private shuttingDown = false;

  constructor(private readonly deps: RunnerDeps) {}

  /** `target` is what the job acts on; a bare id names an existing cluster. */
  async submit(
    kind: JobKind,
    target: JobTarget | string,
    rawParams: unknown,
    principal: Principal,
    scheduledAt?: string,
  ): Promise<Job> {
    const on: JobTarget = typeof target === 'string' ? { kind: 'cluster', clusterId: target } : target;
    const clusterId = clusterIdOf(on);
    const def = this.definition(kind);
    if (!atLeast(principal.role, def.access)) {
      throw new KeelError('FORBIDDEN', `A ${kind} needs the ${def.access} role; you are ${principal.role}`);
    }
    const when = scheduledAt ? new Date(scheduledAt) : null;
    if (when && when.getTime() <= this.deps.clock().getTime()) {
      throw new KeelError('VALIDATION_FAILED', 'body/scheduledAt must be in the future');
    }
    const keys = def.mutating ? lockKeys(on) : [];
    await this.lock(keys);
    try {
      const env = this.deps.envFor(clusterId ?? '');
      const params = await def.prepare(rawParams, env, principal);
      const record = await this.deps.repo.create({
        clusterId,
        kind,
        summary: def.summary(params, env.state()),
        params: params as object,
        requestedBy: principal.username,
        scheduledAt: when,
        createdAt: this.deps.clock(),
      });
      this.hold(record.id, keys);
      this.publishJob(record);
      this.arm(record);
      return toJobView(record);
    } catch (error) {
      this.busy.release(keys);
      throw error;
    }
  }

  async cancel(id: string, principal: Principal): Promise<Job> {
    const record = await this.deps.repo.find(id);
    if (!record) throw notFound('Job', id);
    if (record.status === 'queued') {
      clearTimeout(this.timers.get(id));
      this.timers.delete(id);
      return this.finish(record, 'cancelled', `cancelled by ${principal.username} before it started`);
    }
    if (record.status === 'running') {
      const controller = this.running.get(id);
      if (!controller)
        throw new KeelError('CONFLICT', 'This job is being reconciled and cannot be cancelled');
      controller.abort(new Error(`cancelled by ${principal.username}`));
      await this.finished.get(id);
      return toJobView((await this.deps.repo.find(id))!);
    }
    throw new KeelError('CONFLICT', `This job already ended (${record.status}); there is nothing to cancel`);
  }

  /** At start: reconcile jobs that were running when Keel stopped, and re-arm scheduled ones. */
  async recover(): Promise<void> {
    for (const record of await this.deps.repo.withStatus('running')) {
      this.holdAgain(record);
      await this.reconcile(record);
    }
    for (const record of await this.deps.repo.withStatus('queued')) {
      this.holdAgain(record);
      const late =
        record.scheduledAt &&
        this.deps.clock().getTime() - record.scheduledAt.getTime() > lateStartToleranceMs;
      if (late || !record.scheduledAt) {
        await this.finish(
          record,
          'interrupted',
          'Keel was not running at the scheduled time; nothing was done',
        );
      } else {
        this.arm(record);
      }
    }
  }

  /** Graceful stop: running jobs stay `running` in the database, to be reconciled at the next start. */
  async stop(): Promise<void> {
    this.shuttingDown = true;
    for (const timer of this.timers.values()) clearTimeout(timer);
    for (const controller of this.running.values()) controller.abort(new Error('Keel is shutting down'));
    await Promise.allSettled(this.finished.values());
  }

  private definition(kind: JobKind): JobDefinition<unknown> {
    const def = this.deps.definitions.get(kind);
    if (!def) throw new KeelError('VALIDATION_FAILED', `Unknown job kind ${kind}`);
    return def;
  }

  /** Taken synchronously before any await, so two requests at once cannot both get through. */
  private async lock(keys: string[]): Promise<void> {
    const clash = this.busy.take(keys);
    if (!clash) return;
    const active = clash.jobId ? await this.deps.repo.find(clash.jobId) : null;
    const what = active
      ? `job ${active.id} (${active.summary}, ${active.status})`
      : 'another request being prepared';
    throw new KeelError(
      'CONFLICT',
      `${describeLockKey(clash.key)} is busy with ${what}; wait for it to end or cancel it`,
    );
  }

  private hold(jobId: string, keys: string[]): void {
    this.busy.assign(keys, jobId);
    this.holds.set(jobId, keys);
  }

  /** After a restart: a job left queued or running holds its target again, as at its request. */
  private holdAgain(record: JobRecord): void {
    const def = this.deps.definitions.get(record.kind as JobKind);
    if (!def?.mutating) return;
    const target: JobTarget | undefined = record.clusterId
      ? { kind: 'cluster', clusterId: record.clusterId }
      : def.targetOf?.(record.params);
    if (!target) return;
    const keys = lockKeys(target);
    this.busy.take(keys);
    this.hold(record.id, keys);
  }

  private arm(record: JobRecord): void {
    const delay = record.scheduledAt
      ? Math.max(0, record.scheduledAt.getTime() - this.deps.clock().getTime())
      : 0;
    // Node timers hold 24.8 days at most, and may fire a millisecond early: re-arm until the time has come,
    // so a job never starts before its scheduled time.
    const step = Math.min(delay, 2 ** 31 - 1);
    this.timers.set(
      record.id,
      setTimeout(() => {
        this.timers.delete(record.id);
        const early = record.scheduledAt && this.deps.clock().getTime() < record.scheduledAt.getTime();
        if (early) return this.arm(record);
        void this.execute(record);
      }, step),
    );
  }

  private execute(record: JobRecord): Promise<void> {
    const controller = new AbortController();
    this.running.set(record.id, controller);
    const done = this.run(record, controller).finally(() => {
      this.running.delete(record.id);
      this.finished.delete(record.id);
    });
    this.finished.set(record.id, done);
    return done;
  }

  private async run(record: JobRecord, controller: AbortController): Promise<void> {
    const def = this.definition(record.kind as JobKind);
    const started = await this.deps.repo.update(record.id, {
      status: 'running',
      startedAt: this.deps.clock(),
    });
    this.publishJob(started);
    const env = this.deps.envFor(record.clusterId ?? '');
    const ctx = createContext(record.id, record.params, {}, env, controller.signal, this.sink(record));
    try {
      const result = await def.run(ctx);
      await this.finish(started, 'succeeded', result);
    } catch (error) {
      if (this.shuttingDown) return; // left running; reconciled at the next start
      const state = env.state();
      const left = state ? ` State left: ${describeState(state)}.` : '';
      if (controller.signal.aborted) {
        await this.finish(
          started,
          'cancelled',
          `${message(controller.signal.reason)} during the job: ${message(error)}.${left}`,
        );
      } else {
        this.deps.log.warn({ err: error, job: record.id }, 'job failed');
        await this.finish(started, 'failed', `${message(error)}.${left}`);
      }
    }
  }

  private async reconcile(record: JobRecord): Promise<void> {
    const def = this.definition(record.kind as JobKind);
    const env = this.deps.envFor(record.clusterId ?? '');
    const ctx = createContext(
      record.id,
      record.params,
      record.facts,
      env,
      new AbortController().signal,
      this.sink(record),
      record.steps,
    );
    await ctx.log('Keel restarted while this job ran; reconciling with what the cluster says');
    try {
      const { status, reason } = await def.reconcile(ctx);
      // Whatever a definition did not settle itself still ends: a reconciled job keeps no step running.
      await ctx.settleOpenSteps(
        status === 'succeeded' ? 'succeeded' : 'failed',
        status === 'succeeded'
          ? `found after Keel restarted: ${reason}`
          : `cut off when Keel stopped; ${reason}`,
      );
      await this.finish(record, status, `Keel restarted during this job; ${reason}`);
    } catch (error) {
      await ctx
        .settleOpenSteps('failed', `cannot be known yet: ${message(error)}`)
        .catch((e: unknown) => this.deps.log.error({ err: e, job: record.id }, 'could not settle steps'));
      await this.finish(
        record,
        'interrupted',
        `Keel restarted during this job and could not tell how it ended: ${message(error)}`,
      );
    }
  }

  private async finish(
    record: JobRecord,
    status: 'succeeded' | 'failed' | 'interrupted' | 'cancelled',
    result: string,
  ): Promise<Job> {
    const updated = await this.deps.repo.update(record.id, { status, result, finishedAt: this.deps.clock() });
    await this.appendLog(record, {
      at: this.deps.clock().toISOString(),
      level: status === 'succeeded' ? 'info' : 'warn',
      step: null,
      message: `${status}: ${result}`,
    });
    this.busy.release(this.holds.get(record.id) ?? []);
    this.holds.delete(record.id);
    this.publishJob(updated);
    await this.deps
      .audit(toJobView(updated))
      .catch((error: unknown) => this.deps.log.error({ err: error }, 'could not audit a job'));
    return toJobView(updated);
  }

  private sink(record: JobRecord) {
    return {
      saveSteps: async (steps: Job['steps']) =>
        this.publishJob(await this.deps.repo.update(record.id, { steps })),
      saveFacts: async (facts: Record<string, unknown>) =>
        void (await this.deps.repo.update(record.id, { facts })),
      appendLog: (line: JobLogLine) => this.appendLog(record, line),
    };
  }

  private async appendLog(record: JobRecord, line: JobLogLine): Promise<void> {
    await this.deps.repo.appendLog(record.id, line);
    this.deps.publish([
      { type: 'job.log', at: line.at, jobId: record.id, clusterId: record.clusterId, line },
    ]);
  }

  private publishJob(record: JobRecord): void {
    this.deps.publish([{ type: 'job.updated', at: this.deps.clock().toISOString(), job: toJobView(record) }]);
  }
}
