import Type, { type Static } from 'typebox';
import { CLUSTER_NAME_PATTERN } from './clusters.js';

/**
 * What an operator asks Keel to build: the plan of a new cluster. Everything absent gets a default
 * (`PLAN_DEFAULTS`); the server checks the whole plan (apps/server/src/provisioning/plan-validate.ts)
 * before anything runs on a host.
 */

/** A host name as people call it and as Patroni names the member: a DNS label. */
export const PLAN_HOST_NAME_PATTERN = '^[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?$';
/** A PostgreSQL role name Keel creates (no quoting needed anywhere it is written). */
export const PG_ROLE_PATTERN = '^[a-z_][a-z0-9_]{0,62}$';

export const PlanHostKey = Type.Object(
  {
    trustOnFirstUse: Type.Optional(
      Type.Boolean({ description: 'Accept and pin the key seen at the first connection. Default: false' }),
    ),
    acceptedFingerprint: Type.Optional(
      Type.String({
        pattern: '^SHA256:[A-Za-z0-9+/]{43}$',
        description: 'The host key fingerprint the operator accepted (SHA256:…, as ssh-keygen -lf prints it)',
      }),
    ),
  },
  { additionalProperties: false },
);
export type PlanHostKey = Static<typeof PlanHostKey>;

export const PlanHost = Type.Object(
  {
    name: Type.String({ pattern: PLAN_HOST_NAME_PATTERN, description: 'Member name, e.g. pg1' }),
    address: Type.String({
      minLength: 1,
      maxLength: 253,
      description: 'IP address or DNS name Keel connects to',
    }),
    sshPort: Type.Optional(Type.Integer({ minimum: 1, maximum: 65535, description: 'Default: 22' })),
    sshCredentialId: Type.String({ format: 'uuid', description: 'An SSH login from /credentials' }),
    hostKey: Type.Optional(PlanHostKey),
  },
  { additionalProperties: false },
);
export type PlanHost = Static<typeof PlanHost>;

const Port = (description: string) =>
  Type.Optional(Type.Integer({ minimum: 1, maximum: 65535, description }));

export const PlanPorts = Type.Object(
  {
    postgres: Port('Default: 5432'),
    patroni: Port("Patroni's REST API. Default: 8008"),
    etcdClient: Port('Default: 2379'),
    etcdPeer: Port('Default: 2380'),
    haproxyReadWrite: Port('To the primary. Default: 5000'),
    haproxyReadOnly: Port('To the replicas. Default: 5500'),
    haproxyStats: Port("HAProxy's stats page. Default: 7000"),
  },
  { additionalProperties: false },
);
export type PlanPorts = Static<typeof PlanPorts>;

export const PlanLogin = Type.Object(
  {
    username: Type.Optional(Type.String({ pattern: PG_ROLE_PATTERN })),
    password: Type.Optional(
      Type.String({ minLength: 12, maxLength: 1000, writeOnly: true, description: 'Generated when absent' }),
    ),
  },
  { additionalProperties: false },
);
export type PlanLogin = Static<typeof PlanLogin>;

export const PatroniTimings = Type.Object(
  {
    ttl: Type.Optional(
      Type.Integer({ minimum: 1, maximum: 3600, description: 'Leader key lifetime, s. Default: 30' }),
    ),
    loopWait: Type.Optional(Type.Integer({ minimum: 1, maximum: 600, description: 'Default: 10' })),
    retryTimeout: Type.Optional(Type.Integer({ minimum: 1, maximum: 600, description: 'Default: 10' })),
    maximumLagOnFailover: Type.Optional(
      Type.Integer({
        minimum: 0,
        description: 'Bytes a replica may lag and still be promoted. Default: 1 MiB',
      }),
    ),
  },
  { additionalProperties: false },
);
export type PatroniTimings = Static<typeof PatroniTimings>;

/** `on`: Patroni's synchronous_mode; `strict`: synchronous_mode_strict (no writes without a synchronous replica). */
export const SynchronousReplication = Type.Enum(['off', 'on', 'strict']);
export type SynchronousReplication = Static<typeof SynchronousReplication>;

export const ParameterValue = Type.Union([Type.String({ maxLength: 1000 }), Type.Number()]);
export type ParameterValue = Static<typeof ParameterValue>;

export const ProvisioningPlanRequest = Type.Object(
  {
    scope: Type.String({
      minLength: 1,
      maxLength: 64,
      pattern: CLUSTER_NAME_PATTERN,
      description: 'Cluster name (Patroni scope)',
    }),
    databaseHosts: Type.Array(PlanHost, { minItems: 1, maxItems: 9 }),
    loadBalancer: Type.Object(
      {
        host: PlanHost,
      },
      {
        additionalProperties: false,
        description: 'The HAProxy host; name a database host (same name and address) to put HAProxy there',
      },
    ),
    etcdHosts: Type.Optional(
      Type.Array(Type.String({ pattern: PLAN_HOST_NAME_PATTERN }), {
        minItems: 1,
        maxItems: 9,
        description: 'Names of the hosts that run etcd. Default: the database hosts',
      }),
    ),
    postgresVersion: Type.Optional(Type.Integer({ minimum: 13, maximum: 18, description: 'Default: 17' })),
    patroniMajor: Type.Optional(
      Type.Union([Type.Literal(3), Type.Literal(4)], { description: 'Default: 4' }),
    ),
    ports: Type.Optional(PlanPorts),
    superuser: Type.Optional(PlanLogin),
    replication: Type.Optional(PlanLogin),
    timings: Type.Optional(PatroniTimings),
    synchronous: Type.Optional(SynchronousReplication),
    trustedSubnets: Type.Array(Type.String({ maxLength: 64 }), {
      minItems: 1,
      maxItems: 64,
      description: 'CIDR ranges clients connect from (pg_hba, scram-sha-256)',
    }),
    allowAnyClient: Type.Optional(
      Type.Boolean({ description: 'Let 0.0.0.0/0 or ::/0 stand in trustedSubnets (shown as a warning)' }),
    ),
    maxConnections: Type.Optional(Type.Integer({ minimum: 10, maximum: 10000, description: 'Default: 100' })),
    parameters: Type.Optional(
      Type.Record(Type.String({ pattern: '^[a-z][a-z0-9_.]*$' }), ParameterValue, {
        description: 'PostgreSQL parameters that override the proposed ones',
      }),
    ),
  },
  { additionalProperties: false, title: 'ProvisioningPlanRequest' },
);
export type ProvisioningPlanRequest = Static<typeof ProvisioningPlanRequest>;

/** What the plan takes when the request says nothing. */
export const PLAN_DEFAULTS = {
  sshPort: 22,
  postgresVersion: 17,
  patroniMajor: 4 as 3 | 4,
  ports: {
    postgres: 5432,
    patroni: 8008,
    etcdClient: 2379,
    etcdPeer: 2380,
    haproxyReadWrite: 5000,
    haproxyReadOnly: 5500,
    haproxyStats: 7000,
  },
  superuser: 'postgres',
  replication: 'replicator',
  timings: { ttl: 30, loopWait: 10, retryTimeout: 10, maximumLagOnFailover: 1_048_576 },
  synchronous: 'off' as SynchronousReplication,
  maxConnections: 100,
} as const;

/** One finding about a plan: `error`s stop it; `warning`s are shown and let it go on. */
export const PlanProblem = Type.Object({
  severity: Type.Enum(['error', 'warning']),
  /** Where in the request, as the bad-input messages name it: `body/databaseHosts/1/address`. */
  path: Type.String(),
  message: Type.String(),
});
export type PlanProblem = Static<typeof PlanProblem>;

/** A proposed PostgreSQL setting and why (or that the plan set it). */
export const ProposedParameter = Type.Object({
  value: Type.String(),
  source: Type.Enum(['sized', 'default', 'override']),
  reason: Type.String(),
});
export type ProposedParameter = Static<typeof ProposedParameter>;
