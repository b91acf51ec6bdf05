// Is the lab healthy? One leader, two streaming replicas, etcd healthy on every member,
// HAProxy sending writes to the leader and reads to a replica - checked with real SQL.
import type { LabCredentials } from './credentials.js';
import { hostState } from './hosts.js';
import { LEADER_ROLES, etcdHealthy, patroniCluster, queryOnce } from './probes.js';
import { DB_HOSTS, HOSTS, LB_HOST, PORTS, type HostName } from './topology.js';

export interface HealthReport {
  healthy: boolean;
  /** What is not healthy, one line each, for people. */
  problems: string[];
  leader: HostName | null;
}

const describe = (error: unknown) => (error instanceof Error ? error.message : String(error));

export async function checkHealth(credentials: LabCredentials, { bare = false } = {}): Promise<HealthReport> {
  const problems: string[] = [];
  for (const host of HOSTS) {
    const state = hostState(host.name);
    if (state !== 'running') problems.push(`host ${host.name} is ${state}`);
  }
  if (bare) return { healthy: problems.length === 0, problems, leader: null };

  const [etcd, members, readWrite, readOnly] = await Promise.all([
    Promise.all(DB_HOSTS.map((host) => etcdHealthy(host.address))),
    patroniCluster(),
    queryOnce<{ recovery: boolean; address: string; streaming: string }>(
      { host: LB_HOST.address, port: PORTS.haproxyReadWrite },
      credentials.superuser,
      `select pg_is_in_recovery() as recovery, host(inet_server_addr()) as address,
              (select count(*) from pg_stat_replication where state = 'streaming') as streaming`,
    ).catch((error: unknown) => describe(error)),
    queryOnce<{ recovery: boolean }>(
      { host: LB_HOST.address, port: PORTS.haproxyReadOnly },
      credentials.superuser,
      'select pg_is_in_recovery() as recovery',
    ).catch((error: unknown) => describe(error)),
  ]);

  DB_HOSTS.forEach((host, index) => {
    if (!etcd[index]) problems.push(`etcd on ${host.name} is not healthy`);
  });

  let leader: HostName | null = null;
  if (!members) {
    problems.push('no Patroni member answers GET /cluster');
  } else {
    const leaders = members.filter((member) => LEADER_ROLES.has(member.role));
    if (leaders.length !== 1) problems.push(`Patroni reports ${leaders.length} leaders (want 1)`);
    const leaderMember = leaders[0];
    leader = DB_HOSTS.find((host) => host.name === leaderMember?.name)?.name ?? null;
    if (leaderMember && leaderMember.state !== 'running') {
      problems.push(`leader ${leaderMember.name} is ${leaderMember.state}`);
    }
    for (const host of DB_HOSTS.filter((candidate) => candidate.name !== leader)) {
      const member = members.find((candidate) => candidate.name === host.name);
      // Patroni 4 says "streaming"; 3.0.2 says "running" for a healthy replica.
      if (!member) problems.push(`${host.name} is not a Patroni cluster member`);
      else if (!['streaming', 'running'].includes(member.state)) {
        problems.push(`replica ${host.name} is ${member.state}`);
      }
    }
  }

  if (typeof readWrite === 'string') {
    problems.push(`lb:${PORTS.haproxyReadWrite} (read-write) fails: ${readWrite}`);
  } else {
    const row = readWrite[0];
    const leaderAddress = DB_HOSTS.find((host) => host.name === leader)?.address;
    if (!row || row.recovery) problems.push(`lb:${PORTS.haproxyReadWrite} reaches a server in recovery`);
    else if (row.address !== leaderAddress) {
      problems.push(
        `lb:${PORTS.haproxyReadWrite} reaches ${row.address}, not the leader ${leader ?? '(none)'}`,
      );
    } else if (Number(row.streaming) !== DB_HOSTS.length - 1) {
      problems.push(`leader has ${row.streaming} streaming replicas (want ${DB_HOSTS.length - 1})`);
    }
  }
  if (typeof readOnly === 'string') {
    problems.push(`lb:${PORTS.haproxyReadOnly} (read-only) fails: ${readOnly}`);
  } else if (!readOnly[0]?.recovery) {
    problems.push(`lb:${PORTS.haproxyReadOnly} reaches a server that is not in recovery`);
  }

  return { healthy: problems.length === 0, problems, leader };
}
