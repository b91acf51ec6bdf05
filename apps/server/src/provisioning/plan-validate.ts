import { PLAN_DEFAULTS, type PlanHost, type PlanProblem, type ProvisioningPlanRequest } from '@keel/shared';
import { parseSubnet } from './subnet.js';

/**
 * Every problem of a plan at once, before anything runs on a host: each with the place in the request
 * and what to change. The request has already passed its schema (types, ranges, patterns).
 */
export function validatePlan(plan: ProvisioningPlanRequest): PlanProblem[] {
  const problems: PlanProblem[] = [];
  const error = (path: string, message: string) =>
    problems.push({ severity: 'error', path: `body/${path}`, message });
  const warning = (path: string, message: string) =>
    problems.push({ severity: 'warning', path: `body/${path}`, message });

  checkHosts(plan, error);
  checkEtcd(plan, error, warning);
  checkPorts(plan, error);
  checkTimings(plan, error);
  checkSynchronous(plan, error, warning);
  checkSubnets(plan, error, warning);
  checkLogins(plan, error);
  checkParameters(plan, error);
  return problems;
}

type Report = (path: string, message: string) => void;

const sameName = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();
const endpointOf = (h: PlanHost) => `${h.address.toLowerCase()}:${h.sshPort ?? PLAN_DEFAULTS.sshPort}`;

/** The database host the load balancer is placed on, if it names one. */
export function colocatedDatabaseHost(plan: ProvisioningPlanRequest): PlanHost | undefined {
  const lb = plan.loadBalancer.host;
  return plan.databaseHosts.find((h) => sameName(h.name, lb.name));
}

function checkHosts(plan: ProvisioningPlanRequest, error: Report): void {
  const seenNames = new Map<string, number>();
  const seenAddresses = new Map<string, number>();
  plan.databaseHosts.forEach((h, i) => {
    const name = seenNames.get(h.name.toLowerCase());
    if (name !== undefined)
      error(
        `databaseHosts/${i}/name`,
        `${h.name} is listed twice (also databaseHosts/${name}): give each host its own name`,
      );
    else seenNames.set(h.name.toLowerCase(), i);
    const address = seenAddresses.get(h.address.toLowerCase());
    if (address !== undefined)
      error(
        `databaseHosts/${i}/address`,
        `${h.address} is the address of ${plan.databaseHosts[address]!.name} too: two database hosts cannot be one machine`,
      );
    else seenAddresses.set(h.address.toLowerCase(), i);
  });

  const lb = plan.loadBalancer.host;
  const onDb = colocatedDatabaseHost(plan);
  if (onDb) {
    if (endpointOf(onDb) !== endpointOf(lb))
      error(
        'loadBalancer/host/address',
        `The load balancer is named ${lb.name} like the database host ${onDb.name}, but is reached at ${endpointOf(lb)}, not ${endpointOf(onDb)}: give the same address to put HAProxy on ${onDb.name}, or another name`,
      );
  } else {
    const sameAddress = plan.databaseHosts.find((h) => h.address.toLowerCase() === lb.address.toLowerCase());
    if (sameAddress)
      error(
        'loadBalancer/host/name',
        `The load balancer's address ${lb.address} is ${sameAddress.name}'s: name it ${sameAddress.name} to put HAProxy on that host`,
      );
  }
}

/** The hosts that run etcd, by name (the database hosts unless the plan says otherwise). */
export function etcdHostNames(plan: ProvisioningPlanRequest): string[] {
  return plan.etcdHosts ?? plan.databaseHosts.map((h) => h.name);
}

function checkEtcd(plan: ProvisioningPlanRequest, error: Report, warning: Report): void {
  const names = etcdHostNames(plan);
  const known = [...plan.databaseHosts.map((h) => h.name), plan.loadBalancer.host.name];
  const where = plan.etcdHosts ? 'etcdHosts' : 'databaseHosts';
  // By default etcd runs on every database host (a host listed twice is reported as such, above).
  plan.etcdHosts?.forEach((name, i) => {
    if (!known.some((k) => sameName(k, name)))
      error(`etcdHosts/${i}`, `${name} is not one of the plan's hosts (${known.join(', ')})`);
    if (names.findIndex((n) => sameName(n, name)) !== i) error(`etcdHosts/${i}`, `${name} is listed twice`);
  });
  const count = plan.etcdHosts ? new Set(names.map((n) => n.toLowerCase())).size : names.length;
  if (count % 2 === 0)
    error(
      where,
      `${count} etcd members: an even number tolerates no more failures than one member fewer (a majority of ${count} is ${count / 2 + 1}); use ${count - 1} or ${count + 1}`,
    );
  else if (count === 1)
    warning(where, 'One etcd member: when its host is down, Patroni cannot keep or elect a leader; use 3');
}

/** The ports each service uses, per host name, to find two services on one port of one machine. */
function checkPorts(plan: ProvisioningPlanRequest, error: Report): void {
  const p = { ...PLAN_DEFAULTS.ports, ...plan.ports };
  const etcd = new Set(etcdHostNames(plan).map((n) => n.toLowerCase()));
  const lbName = plan.loadBalancer.host.name.toLowerCase();
  const hosts = new Map<string, PlanHost>();
  for (const h of [...plan.databaseHosts, plan.loadBalancer.host]) hosts.set(h.name.toLowerCase(), h);
  const reported = new Set<string>();
  for (const [key, host] of hosts) {
    const isDb = plan.databaseHosts.some((h) => sameName(h.name, key));
    const uses: [string, number][] = [['ssh', host.sshPort ?? PLAN_DEFAULTS.sshPort]];
    if (isDb) uses.push(['postgres', p.postgres], ['patroni', p.patroni]);
    if (etcd.has(key)) uses.push(['etcdClient', p.etcdClient], ['etcdPeer', p.etcdPeer]);
    if (key === lbName)
      uses.push(
        ['haproxyReadWrite', p.haproxyReadWrite],
        ['haproxyReadOnly', p.haproxyReadOnly],
        ['haproxyStats', p.haproxyStats],
      );
    const byPort = new Map<number, string>();
    for (const [service, port] of uses) {
      const other = byPort.get(port);
      const clash = `${[other, service].sort().join('/')}:${port}`;
      if (other && !reported.has(clash)) {
        reported.add(clash);
        error(
          `ports/${service}`,
          `${other} and ${service} would both listen on port ${port} on ${host.name}: give one another port`,
        );
      } else byPort.set(port, service);
    }
  }
}

function checkTimings(plan: ProvisioningPlanRequest, error: Report): void {
  const t = { ...PLAN_DEFAULTS.timings, ...plan.timings };
  const patroni = plan.patroniMajor ?? PLAN_DEFAULTS.patroniMajor;
  if (t.loopWait + 2 * t.retryTimeout > t.ttl)
    error(
      'timings',
      `loop_wait + 2 × retry_timeout must not exceed ttl: ${t.loopWait} + 2 × ${t.retryTimeout} = ${t.loopWait + 2 * t.retryTimeout} > ${t.ttl}. A leader that retries etcd that long loses its key while it still runs as primary; raise ttl or lower the others`,
    );
  if (patroni >= 4 && t.ttl < 20)
    error(
      'timings/ttl',
      `ttl ${t.ttl} is below 20: Patroni 4 raises it to 20 by itself, so the cluster would not run with the timings shown; use 20 or more`,
    );
}

function checkSynchronous(plan: ProvisioningPlanRequest, error: Report, warning: Report): void {
  const mode = plan.synchronous ?? PLAN_DEFAULTS.synchronous;
  const replicas = plan.databaseHosts.length - 1;
  if (mode === 'strict' && replicas < 1)
    error(
      'synchronous',
      'Strict synchronous replication with no replica stops every write: add a database host or use on/off',
    );
  else if (mode === 'strict' && replicas === 1)
    warning(
      'synchronous',
      'Strict with one replica: writes stop whenever that replica is down; three database hosts avoid it',
    );
  else if (mode === 'on' && replicas < 1)
    warning('synchronous', 'Synchronous replication needs a replica: with one database host it does nothing');
}

function checkSubnets(plan: ProvisioningPlanRequest, error: Report, warning: Report): void {
  const seen = new Set<string>();
  plan.trustedSubnets.forEach((text, i) => {
    const subnet = parseSubnet(text);
    if (typeof subnet === 'string') return error(`trustedSubnets/${i}`, subnet);
    if (seen.has(subnet.cidr)) error(`trustedSubnets/${i}`, `${subnet.cidr} is listed twice`);
    seen.add(subnet.cidr);
    if (subnet.anyAddress) {
      if (plan.allowAnyClient)
        warning(
          `trustedSubnets/${i}`,
          `${subnet.cidr} lets any address try to log in (scram-sha-256 still applies)`,
        );
      else
        error(
          `trustedSubnets/${i}`,
          `${subnet.cidr} admits every address: list the client networks, or set allowAnyClient to insist`,
        );
    }
  });
}

function checkLogins(plan: ProvisioningPlanRequest, error: Report): void {
  const superuser = plan.superuser?.username ?? PLAN_DEFAULTS.superuser;
  const replication = plan.replication?.username ?? PLAN_DEFAULTS.replication;
  if (superuser === replication)
    error(
      'replication/username',
      `The replication login cannot be the superuser (${superuser}): give it its own name`,
    );
}

/** Parameters Keel sets from the plan itself; an override would contradict the plan. */
const managedParameters: Record<string, string> = {
  port: 'ports/postgres',
  listen_addresses: 'the hosts',
  data_directory: 'the installation',
  hba_file: 'trustedSubnets',
  ident_file: 'the installation',
  max_connections: 'maxConnections',
  synchronous_standby_names: 'synchronous',
  hot_standby: 'Patroni',
  wal_level: 'Patroni',
};

function checkParameters(plan: ProvisioningPlanRequest, error: Report): void {
  for (const name of Object.keys(plan.parameters ?? {})) {
    const owner = managedParameters[name];
    if (owner)
      error(
        `parameters/${name}`,
        `${name} follows from ${owner} in the plan; set it there, not as a parameter`,
      );
  }
}
