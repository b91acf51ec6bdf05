import type { TSchema } from 'typebox';
import {
  ConfigPatchRequest,
  DrillRequest,
  EmptyRequest,
  FailoverRequest,
  ReinitializeRequest,
  ReloadRequest,
  RestartRequest,
  SwitchoverRequest,
  type JobKind,
} from './jobs.js';

/**
 * What a job acts on, and so what "one changing job at a time" is keyed by: an existing cluster (every
 * operation), a set of hosts (preparing machines), or a cluster that does not exist yet (provisioning).
 */
export type JobTargetKind = 'cluster' | 'hosts' | 'new-cluster';

/** What both sides know of a job kind: the dashboard shows it, the server routes and documents it. */
export interface JobKindInfo {
  /** A word for lists and titles. */
  label: string;
  /** What it does, in a sentence: the OpenAPI summary and the dashboard's description. */
  description: string;
  /** The request's body. */
  request: TSchema;
  target: JobTargetKind;
}

/** Every job kind. The server's registry (apps/server/src/jobs/registry.ts) has one definition for each. */
export const jobKinds: Record<JobKind, JobKindInfo> = {
  switchover: {
    label: 'Switchover',
    description: 'Planned switchover to a candidate (or the best replica), now or at scheduledAt',
    request: SwitchoverRequest,
    target: 'cluster',
  },
  failover: {
    label: 'Failover',
    description: 'Failover to a candidate when there is no healthy leader (or forced, with confirm)',
    request: FailoverRequest,
    target: 'cluster',
  },
  restart: {
    label: 'Restart',
    description: 'Restart one member, or the whole cluster rolling',
    request: RestartRequest,
    target: 'cluster',
  },
  reinitialize: {
    label: 'Reinitialize',
    description: 'Rebuild a replica from the leader',
    request: ReinitializeRequest,
    target: 'cluster',
  },
  reload: {
    label: 'Reload',
    description: 'Reload configuration on one member or all',
    request: ReloadRequest,
    target: 'cluster',
  },
  pause: {
    label: 'Pause',
    description: 'Maintenance mode on: Patroni stops failing over',
    request: EmptyRequest,
    target: 'cluster',
  },
  resume: {
    label: 'Resume',
    description: 'Maintenance mode off',
    request: EmptyRequest,
    target: 'cluster',
  },
  config: {
    label: 'Configuration',
    description:
      "Change Patroni's dynamic configuration: validated (PostgreSQL parameters against the server's pg_settings), shown as a diff, applied as a job (dryRun: diff only). Settings that run commands, load code or change access need the admin role",
    request: ConfigPatchRequest,
    target: 'cluster',
  },
  drill: {
    label: 'Failover drill',
    description:
      'Break the leader on purpose (planned switchover; Patroni stopped, PostgreSQL killed, host lost, isolated or frozen, over SSH), measure write/read downtime and lost acknowledged writes as a client saw them, report',
    request: DrillRequest,
    target: 'cluster',
  },
};
