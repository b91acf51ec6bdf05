import type { ProvisioningPlanRequest } from '@keel/shared';
import { describe, expect, it } from 'vitest';
import { KeelError } from '../errors.js';
import { generatePassword, resolvePlan, type SealLogin } from './plan.js';

const key = '3f0c2b1e-7a55-4d8e-9a49-8c1d2e3f4a5b';
const request = (): ProvisioningPlanRequest => ({
  scope: 'sales',
  databaseHosts: ['11', '12', '13'].map((n, i) => ({
    name: `pg${i + 1}`,
    address: `10.0.0.${n}`,
    sshCredentialId: key,
  })),
  loadBalancer: { host: { name: 'pg1', address: '10.0.0.11', sshCredentialId: key } },
  trustedSubnets: ['10.0.0.0/24', 'FD00::/64'],
});

/** A sealing store in memory: what the plan would hand to CredentialService.createInline. */
function store() {
  const sealed = new Map<string, { name: string; username: string; password: string }>();
  const seal: SealLogin = async (name, username, password) => {
    const id = `cred-${sealed.size + 1}`;
    sealed.set(id, { name, username, password });
    return id;
  };
  return { sealed, seal };
}

describe('resolving a plan', () => {
  it('fills in the defaults and seals generated logins, keeping no secret in the plan', async () => {
    const { sealed, seal } = store();
    const plan = await resolvePlan(request(), seal);
    expect(plan.ports).toEqual({
      postgres: 5432,
      patroni: 8008,
      etcdClient: 2379,
      etcdPeer: 2380,
      haproxyReadWrite: 5000,
      haproxyReadOnly: 5500,
      haproxyStats: 7000,
    });
    expect(plan.timings).toEqual({ ttl: 30, loopWait: 10, retryTimeout: 10, maximumLagOnFailover: 1048576 });
    expect(plan).toMatchObject({
      postgresVersion: 17,
      patroniMajor: 4,
      synchronous: 'off',
      maxConnections: 100,
      etcdHosts: ['pg1', 'pg2', 'pg3'],
      trustedSubnets: ['10.0.0.0/24', 'FD00::/64'],
      loadBalancer: { name: 'pg1', onDatabaseHost: 'pg1', sshPort: 22 },
      warnings: [],
    });
    expect(plan.databaseHosts[0]?.hostKey).toEqual({ trustOnFirstUse: false });
    expect(plan.logins.superuser).toEqual({ username: 'postgres', credentialId: 'cred-1', generated: true });
    expect(plan.logins.replication).toEqual({
      username: 'replicator',
      credentialId: 'cred-2',
      generated: true,
    });
    const [superuser, replication] = [sealed.get('cred-1')!, sealed.get('cred-2')!];
    expect(superuser.name).toBe('sales superuser');
    expect(superuser.password).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect(replication.password).not.toBe(superuser.password);
    const stored = JSON.stringify(plan);
    expect(stored).not.toContain(superuser.password);
    expect(stored).not.toContain(replication.password);
  });

  it('uses the logins given, sealed all the same', async () => {
    const { sealed, seal } = store();
    const plan = await resolvePlan(
      { ...request(), superuser: { username: 'admin', password: 'a given password' } },
      seal,
    );
    expect(plan.logins.superuser).toEqual({ username: 'admin', credentialId: 'cred-1', generated: false });
    expect(sealed.get('cred-1')?.password).toBe('a given password');
    expect(JSON.stringify(plan)).not.toContain('a given password');
  });

  it('refuses a plan with errors, naming every one, and seals nothing', async () => {
    const { sealed, seal } = store();
    const bad = { ...request(), trustedSubnets: ['10.0.0.1/24'], timings: { ttl: 15 } };
    const refusal = await resolvePlan(bad, seal).catch((e: unknown) => e);
    expect(refusal).toBeInstanceOf(KeelError);
    expect((refusal as KeelError).code).toBe('VALIDATION_FAILED');
    expect((refusal as KeelError).message).toMatch(
      /^The plan cannot be built: body\/timings: loop_wait \+ 2 × retry_timeout must not exceed ttl: .*; body\/timings\/ttl: ttl 15 is below 20.*; body\/trustedSubnets\/0: "10.0.0.1\/24" has host bits set: did you mean 10.0.0.0\/24\?$/,
    );
    expect(sealed.size).toBe(0);
  });

  it('generates distinct passwords safe in YAML, pgpass and a shell', () => {
    const a = generatePassword();
    expect(a).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect(generatePassword()).not.toBe(a);
  });
});
