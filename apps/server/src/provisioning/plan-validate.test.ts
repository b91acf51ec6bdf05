import type { PlanHost, ProvisioningPlanRequest } from '@keel/shared';
import { describe, expect, it } from 'vitest';
import { validatePlan } from './plan-validate.js';

const key = '3f0c2b1e-7a55-4d8e-9a49-8c1d2e3f4a5b';
const host = (name: string, address: string, extra: Partial<PlanHost> = {}): PlanHost => ({
  name,
  address,
  sshCredentialId: key,
  ...extra,
});
const good = (): ProvisioningPlanRequest => ({
  scope: 'sales',
  databaseHosts: [host('pg1', '10.0.0.11'), host('pg2', '10.0.0.12'), host('pg3', '10.0.0.13')],
  loadBalancer: { host: host('lb', '10.0.0.10') },
  trustedSubnets: ['10.0.0.0/24'],
});
const errors = (plan: ProvisioningPlanRequest) =>
  validatePlan(plan)
    .filter((p) => p.severity === 'error')
    .map((p) => `${p.path}: ${p.message}`);
const warnings = (plan: ProvisioningPlanRequest) =>
  validatePlan(plan)
    .filter((p) => p.severity === 'warning')
    .map((p) => `${p.path}: ${p.message}`);

describe('plan validation', () => {
  it('finds nothing wrong with three database hosts, a load balancer and a subnet', () => {
    expect(validatePlan(good())).toEqual([]);
  });

  it('refuses a host listed twice, by name or by address', () => {
    const plan = good();
    plan.databaseHosts[1] = host('PG1', '10.0.0.12');
    plan.databaseHosts[2] = host('pg3', '10.0.0.11');
    expect(errors(plan)).toEqual([
      'body/databaseHosts/1/name: PG1 is listed twice (also databaseHosts/0): give each host its own name',
      'body/databaseHosts/2/address: 10.0.0.11 is the address of pg1 too: two database hosts cannot be one machine',
    ]);
  });

  it('puts the load balancer on a database host named with the same address, and refuses a mismatch', () => {
    const plan = good();
    plan.loadBalancer.host = host('pg1', '10.0.0.11');
    expect(errors(plan)).toEqual([]);
    plan.loadBalancer.host = host('pg1', '10.0.0.99');
    expect(errors(plan)[0]).toMatch(
      /^body\/loadBalancer\/host\/address: The load balancer is named pg1 like the database host pg1, but is reached at 10.0.0.99:22, not 10.0.0.11:22/,
    );
    plan.loadBalancer.host = host('lb', '10.0.0.12');
    expect(errors(plan)).toEqual([
      "body/loadBalancer/host/name: The load balancer's address 10.0.0.12 is pg2's: name it pg2 to put HAProxy on that host",
    ]);
  });

  it('refuses an even number of etcd members and warns of a single one', () => {
    const plan = good();
    plan.databaseHosts.push(host('pg4', '10.0.0.14'));
    expect(errors(plan)).toEqual([
      'body/databaseHosts: 4 etcd members: an even number tolerates no more failures than one member fewer (a majority of 4 is 3); use 3 or 5',
    ]);
    plan.etcdHosts = ['pg1', 'pg2', 'lb'];
    expect(errors(plan)).toEqual([]);
    plan.etcdHosts = ['pg1', 'pg9'];
    expect(errors(plan)).toEqual([
      "body/etcdHosts/1: pg9 is not one of the plan's hosts (pg1, pg2, pg3, pg4, lb)",
      'body/etcdHosts: 2 etcd members: an even number tolerates no more failures than one member fewer (a majority of 2 is 2); use 1 or 3',
    ]);
    const single = good();
    single.databaseHosts = [host('pg1', '10.0.0.11')];
    expect(warnings(single)).toEqual([
      'body/databaseHosts: One etcd member: when its host is down, Patroni cannot keep or elect a leader; use 3',
    ]);
  });

  it('refuses two services on one port of one host, also when HAProxy shares a database host', () => {
    const plan = good();
    plan.ports = { patroni: 5432 };
    expect(errors(plan)).toEqual([
      'body/ports/patroni: postgres and patroni would both listen on port 5432 on pg1: give one another port',
    ]);
    const shared = good();
    shared.loadBalancer.host = host('pg1', '10.0.0.11');
    shared.ports = { haproxyReadWrite: 2379 };
    expect(errors(shared)).toEqual([
      'body/ports/haproxyReadWrite: etcdClient and haproxyReadWrite would both listen on port 2379 on pg1: give one another port',
    ]);
    // Apart on separate hosts, the same number is fine.
    const apart = good();
    apart.ports = { haproxyReadWrite: 5432 };
    expect(errors(apart)).toEqual([]);
    const ssh = good();
    ssh.databaseHosts[0] = host('pg1', '10.0.0.11', { sshPort: 8008 });
    expect(errors(ssh)).toEqual([
      'body/ports/patroni: ssh and patroni would both listen on port 8008 on pg1: give one another port',
    ]);
  });

  it('refuses impossible Patroni timings', () => {
    const plan = good();
    plan.timings = { ttl: 30, loopWait: 10, retryTimeout: 11 };
    expect(errors(plan)).toEqual([
      'body/timings: loop_wait + 2 × retry_timeout must not exceed ttl: 10 + 2 × 11 = 32 > 30. A leader that retries etcd that long loses its key while it still runs as primary; raise ttl or lower the others',
    ]);
    plan.timings = { ttl: 10, loopWait: 2, retryTimeout: 4 };
    expect(errors(plan)).toEqual([
      'body/timings/ttl: ttl 10 is below 20: Patroni 4 raises it to 20 by itself, so the cluster would not run with the timings shown; use 20 or more',
    ]);
    plan.patroniMajor = 3;
    expect(errors(plan)).toEqual([]);
  });

  it('judges synchronous replication by the replicas there are', () => {
    const one = good();
    one.databaseHosts = [host('pg1', '10.0.0.11')];
    one.synchronous = 'strict';
    expect(errors(one)).toEqual([
      'body/synchronous: Strict synchronous replication with no replica stops every write: add a database host or use on/off',
    ]);
    const two = good();
    two.databaseHosts = [host('pg1', '10.0.0.11'), host('pg2', '10.0.0.12')];
    two.etcdHosts = ['pg1', 'pg2', 'lb'];
    two.synchronous = 'strict';
    expect(errors(two)).toEqual([]);
    expect(warnings(two)[0]).toMatch(/^body\/synchronous: Strict with one replica: writes stop/);
  });

  it('refuses bad subnets, saying what was probably meant', () => {
    const plan = good();
    plan.trustedSubnets = [
      '10.0.0.5/24',
      '10.0.0.0',
      '300.1.1.1/8',
      '10.1.0.0/33',
      'fd00::/64',
      '10.0.0.5/24',
    ];
    expect(errors(plan)).toEqual([
      'body/trustedSubnets/0: "10.0.0.5/24" has host bits set: did you mean 10.0.0.0/24?',
      'body/trustedSubnets/1: "10.0.0.0" has no prefix length: write 10.0.0.0/32 for one address',
      'body/trustedSubnets/2: "300.1.1.1/8": 300.1.1.1 is not an IP address',
      'body/trustedSubnets/3: "10.1.0.0/33": the prefix length must be 0 to 32',
      'body/trustedSubnets/5: "10.0.0.5/24" has host bits set: did you mean 10.0.0.0/24?',
    ]);
  });

  it('refuses any address unless the operator insists, then warns', () => {
    const plan = good();
    plan.trustedSubnets = ['0.0.0.0/0'];
    expect(errors(plan)).toEqual([
      'body/trustedSubnets/0: 0.0.0.0/0 admits every address: list the client networks, or set allowAnyClient to insist',
    ]);
    plan.allowAnyClient = true;
    expect(errors(plan)).toEqual([]);
    expect(warnings(plan)).toEqual([
      'body/trustedSubnets/0: 0.0.0.0/0 lets any address try to log in (scram-sha-256 still applies)',
    ]);
  });

  it('refuses one login for both roles, and parameters the plan itself sets', () => {
    const plan = good();
    plan.replication = { username: 'postgres' };
    plan.parameters = { port: 6432, shared_buffers: '2GB' };
    expect(errors(plan)).toEqual([
      'body/replication/username: The replication login cannot be the superuser (postgres): give it its own name',
      'body/parameters/port: port follows from ports/postgres in the plan; set it there, not as a parameter',
    ]);
  });
});
