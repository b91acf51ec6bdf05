import type { ClusterState, EndpointProbe, JobKind, JobLogLine, Principal, Role } from '@keel/shared';
import type { ParameterCatalog } from '../postgres/settings.js';
import type { PatroniActions, PatroniClient } from '../patroni/client.js';
import type { ClusterTarget } from '../observe/target.js';
import type { SshEnv } from '../ssh/sessions.js';
import type { JobTarget } from './target.js';
import type { ProvisioningEnv } from '../provisioning/steps/params.js';

/** What a job may use. Everything outside Keel comes through here, so tests can pass fakes and a fake clock. */
export interface JobEnv {
  clock: () => Date;
  /** Waits; rejects when the job is cancelled. */
  sleep: (ms: number, signal?: AbortSignal) => Promise<void>;
  patroni: PatroniClient;
  actions: PatroniActions;
  /** The cluster as Keel observes it right now (etcd watch + Patroni polls). */
  state: () => ClusterState | undefined;
  target: () => ClusterTarget | undefined;
  /** A fresh `select pg_is_in_recovery()` through an endpoint, with the cluster's probe login. */
  probe: (endpoint: string) => Promise<EndpointProbe>;
  /** Makes Keel re-read every source of the cluster (its view lagged what a job found). */
  refreshView: (reason: string) => Promise<void>;
  /** The cluster's pg_settings (through its database login), or why they could not be read. */
  pgSettings: () => Promise<ParameterCatalog | string>;
  /** SSH to hosts (provisioning): pinned host keys and logins from the credentials store; see ssh/sessions.ts `withSsh`. */
  ssh: SshEnv;
  /** Sealed logins and the inventory, for provisioning (not yet wired in plugins/jobs.ts). */
  provisioning?: ProvisioningEnv;
}

export interface JobContext<P> {
  readonly jobId: string;
  readonly params: P;
  readonly env: JobEnv;
  readonly signal: AbortSignal;
  /** Facts recorded so far (leader and timeline before the change...), kept across a Keel restart. */
  readonly facts: Record<string, unknown>;
  remember(facts: Record<string, unknown>): Promise<void>;
  log(message: string, level?: JobLogLine['level']): Promise<void>;
  /** Runs one named step: logged, timed, its detail (the figure it found) kept; a throw fails the job. */
  step<T>(name: string, run: () => Promise<{ detail: string; value?: T }>): Promise<T | undefined>;
  /** Polls the observed state until `check` answers a detail string, or fails after `timeoutMs`. */
  waitFor(
    what: string,
    check: (state: ClusterState) => string | undefined,
    timeoutMs: number,
  ): Promise<string>;
  /** The live state, or a failure when Keel is not observing the cluster. */
  state(): ClusterState;
  /**
   * After a restart: ends the step `name` that Keel left running (or records it, if it never began)
   * with what reconcile found; a step that already ended is left as it is. A reconciled job never
   * keeps a step `running`.
   */
  settleStep(name: string, status: 'succeeded' | 'failed' | 'skipped', detail: string): Promise<void>;
  /** Ends every step still `running` with `detail` (what reconcile could say of it). */
  settleOpenSteps(status: 'succeeded' | 'failed', detail: string): Promise<void>;
}

export interface Reconciled {
  status: 'succeeded' | 'failed' | 'interrupted';
  reason: string;
}

/**
 * One kind of job. Operations, and later provisioning, backups and drills, are all definitions, listed in
 * registry.ts; what the dashboard also knows of a kind (label, description, request body, target kind)
 * is `jobKinds` in @keel/shared.
 */
export interface JobDefinition<P> {
  kind: JobKind;
  /** The least role that may request it. */
  access: Role;
  /** Whether the job changes its target (one such job at a time per target: see target.ts). */
  mutating: boolean;
  /**
   * For a kind whose target is not an existing cluster (hosts, a cluster that does not exist yet): the
   * target its params name. A job on an existing cluster is targeted by the cluster in its URL.
   */
  targetOf?(params: P): JobTarget;
  /**
   * `own`: the kind has a route of its own instead of the generic POST (the config change previews as
   * well as applies). Every other kind is routed from the registry.
   */
  route?: 'own';
  summary(params: P, state: ClusterState | undefined): string;
  /**
   * Quick checks at request time against the live state; throws a KeelError (422/409) that says why the
   * request is refused. Answers the params to store (e.g. the chosen candidate). `requester` is who asks,
   * for definitions whose needed role depends on the params (a config change that runs commands).
   */
  prepare(params: P, env: JobEnv, requester: Principal): Promise<P>;
  run(ctx: JobContext<P>): Promise<string>;
  /** Keel stopped while this job ran: decide from what Patroni and etcd say now. */
  reconcile(ctx: JobContext<P>): Promise<Reconciled>;
}

export class JobFailure extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'JobFailure';
  }
}
