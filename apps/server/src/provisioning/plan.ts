import { randomBytes } from 'node:crypto';
import {
  PLAN_DEFAULTS,
  type ParameterValue,
  type PlanHost,
  type PlanProblem,
  type ProvisioningPlanRequest,
  type SynchronousReplication,
} from '@keel/shared';
import { KeelError } from '../errors.js';
import { colocatedDatabaseHost, etcdHostNames, validatePlan } from './plan-validate.js';
import { parseSubnet } from './subnet.js';

export interface PlannedHost {
  name: string;
  address: string;
  sshPort: number;
  sshCredentialId: string;
  hostKey: { trustOnFirstUse: boolean; acceptedFingerprint?: string };
}

/** A login the cluster is built with: its password sealed in the credentials store, named by id here. */
export interface PlannedLogin {
  username: string;
  credentialId: string;
  /** Keel made the password up (the request gave none). */
  generated: boolean;
}

/**
 * A checked plan with every default filled in, safe to store with a job: it holds no secret, only the
 * ids of the sealed logins.
 */
export interface ProvisioningPlan {
  scope: string;
  databaseHosts: PlannedHost[];
  loadBalancer: PlannedHost & { onDatabaseHost: string | null };
  etcdHosts: string[];
  postgresVersion: number;
  patroniMajor: 3 | 4;
  ports: Record<keyof typeof PLAN_DEFAULTS.ports, number>;
  timings: { ttl: number; loopWait: number; retryTimeout: number; maximumLagOnFailover: number };
  synchronous: SynchronousReplication;
  trustedSubnets: string[];
  maxConnections: number;
  parameterOverrides: Record<string, ParameterValue>;
  logins: { superuser: PlannedLogin; replication: PlannedLogin };
  warnings: PlanProblem[];
}

/** Seals a login's password (CredentialService.createInline) and answers the credential's id. */
export type SealLogin = (name: string, username: string, password: string) => Promise<string>;

/** 192 random bits in URL-safe base64: no character that YAML, a pgpass file or a shell would treat specially. */
export const generatePassword = (): string => randomBytes(24).toString('base64url');

const planned = (h: PlanHost): PlannedHost => ({
  name: h.name,
  address: h.address,
  sshPort: h.sshPort ?? PLAN_DEFAULTS.sshPort,
  sshCredentialId: h.sshCredentialId,
  hostKey: {
    trustOnFirstUse: h.hostKey?.trustOnFirstUse ?? false,
    ...(h.hostKey?.acceptedFingerprint ? { acceptedFingerprint: h.hostKey.acceptedFingerprint } : {}),
  },
});

/**
 * Checks the plan (all its problems in one refusal, 400) and fills in the defaults; logins that were not
 * given get generated passwords; both are sealed through `seal` before the plan is answered.
 */
export async function resolvePlan(
  request: ProvisioningPlanRequest,
  seal: SealLogin,
  password: () => string = generatePassword,
): Promise<ProvisioningPlan> {
  const problems = validatePlan(request);
  const errors = problems.filter((p) => p.severity === 'error');
  if (errors.length > 0)
    throw new KeelError(
      'VALIDATION_FAILED',
      `The plan cannot be built: ${errors.map((e) => `${e.path}: ${e.message}`).join('; ')}`,
    );

  const login = async (
    role: 'superuser' | 'replication',
    given: ProvisioningPlanRequest['superuser'],
  ): Promise<PlannedLogin> => {
    const username = given?.username ?? PLAN_DEFAULTS[role];
    const secret = given?.password ?? password();
    const credentialId = await seal(`${request.scope} ${role}`, username, secret);
    return { username, credentialId, generated: given?.password === undefined };
  };

  const onDb = colocatedDatabaseHost(request);
  return {
    scope: request.scope,
    databaseHosts: request.databaseHosts.map(planned),
    loadBalancer: { ...planned(onDb ?? request.loadBalancer.host), onDatabaseHost: onDb?.name ?? null },
    etcdHosts: etcdHostNames(request),
    postgresVersion: request.postgresVersion ?? PLAN_DEFAULTS.postgresVersion,
    patroniMajor: request.patroniMajor ?? PLAN_DEFAULTS.patroniMajor,
    ports: { ...PLAN_DEFAULTS.ports, ...request.ports },
    timings: { ...PLAN_DEFAULTS.timings, ...request.timings },
    synchronous: request.synchronous ?? PLAN_DEFAULTS.synchronous,
    // Validated above, so each parses; written in the form pg_hba gets.
    trustedSubnets: request.trustedSubnets.map((s) => (parseSubnet(s) as { cidr: string }).cidr),
    maxConnections: request.maxConnections ?? PLAN_DEFAULTS.maxConnections,
    parameterOverrides: { ...request.parameters },
    logins: {
      superuser: await login('superuser', request.superuser),
      replication: await login('replication', request.replication),
    },
    warnings: problems.filter((p) => p.severity === 'warning'),
  };
}
