// STAND-IN FOR PATRONI'S REST API, USED ONLY BY bench/scale.ts. It is not Patroni and nothing else may use it:
// Keel's tests run against the real lab. The scale benchmark needs 600 members, more than this machine can run
// as real PostgreSQL + Patroni, so this child process answers for them with Patroni 4.0.7's JSON shapes (copied
// from the lab's /cluster, /patroni, /history and /config). Each member listens on its own loopback address.
// Like Patroni's BaseHTTP server it answers HTTP/1.0-style: one request per connection.
//
// Started by bench/scale.ts as `node --import tsx bench/fake-patroni.ts <clusters> <port>` with an IPC channel:
// it answers `ready`, then `switch` (move a cluster's leader) and `stats` (requests served) messages.
import http from 'node:http';
import {
  benchTopology,
  membersPerCluster,
  type BenchCluster,
  type FromStandIn,
  type ToStandIn,
} from './lib/scale-topology.js';

const clusterCount = Number(process.argv[2]);
const port = Number(process.argv[3]);
const startedAt = Date.now();

/** Patroni's timestamp formats: ISO with microseconds, and Python's str() for postmaster_start_time. */
const isoMicro = (at: number): string => new Date(at).toISOString().replace('Z', '000+00:00');
const pythonTime = (at: number): string => isoMicro(at).replace('T', ' ');

const dynamicConfig = {
  ttl: 20,
  loop_wait: 2,
  retry_timeout: 4,
  maximum_lag_on_failover: 1048576,
  synchronous_mode: false,
  postgresql: {
    use_pg_rewind: true,
    use_slots: true,
    parameters: { wal_level: 'replica', hot_standby: 'on', wal_log_hints: 'on', max_connections: 100 },
  },
};

interface ClusterState {
  spec: BenchCluster;
  index: number;
  leader: string;
  timeline: number;
  history: [number, number, string, string, string][];
}

interface Member {
  cluster: ClusterState;
  name: string;
  /** Position among all members, to give each its own lag pattern. */
  serial: number;
}

const clusters = new Map<string, ClusterState>();
const byAddress = new Map<string, Member>();
benchTopology(clusterCount, port).forEach((spec, index) => {
  const cluster: ClusterState = { spec, index, leader: spec.members[0]!.name, timeline: 1, history: [] };
  clusters.set(spec.scope, cluster);
  spec.members.forEach((m, j) =>
    byAddress.set(m.address, { cluster, name: m.name, serial: index * membersPerCluster + j }),
  );
});

/** WAL written so far: the clusters take writes at a steady 16 kB/s. */
const walPosition = (now: number): number => 0x4000000 + Math.floor((now - startedAt) * 16);

/** A replica's lag in bytes: drawn again every 5 s per member, zero half of the time, otherwise under 32 kB. */
function lagOf(member: Member, now: number): number {
  const bucket = Math.floor((now - startedAt) / 5_000 + (member.serial % 10) / 10);
  const hash = Math.imul(member.serial + 1, 2654435761) ^ Math.imul(bucket + 1, 40503);
  const h = (hash >>> 0) % 65536;
  return h % 2 === 0 ? 0 : h % 32768;
}

function clusterView(cluster: ClusterState, now: number): unknown {
  return {
    members: cluster.spec.members.map((m) => {
      const isLeader = m.name === cluster.leader;
      const member = byAddress.get(m.address)!;
      return {
        name: m.name,
        role: isLeader ? 'leader' : 'replica',
        state: isLeader ? 'running' : 'streaming',
        api_url: `${m.apiUrl}/patroni`,
        host: m.address,
        port: 5432,
        timeline: cluster.timeline,
        ...(isLeader ? {} : { lag: lagOf(member, now) }),
      };
    }),
    scope: cluster.spec.scope,
  };
}

function nodeView(member: Member, now: number): unknown {
  const { cluster } = member;
  const location = walPosition(now);
  const common = {
    state: 'running',
    postmaster_start_time: pythonTime(startedAt),
    server_version: 150020,
  };
  const tail = {
    dcs_last_seen: Math.floor(now / 1000),
    database_system_identifier: String(7712634522147701538n + BigInt(cluster.index)),
    patroni: { version: '4.0.7', scope: cluster.spec.scope, name: member.name },
  };
  if (member.name === cluster.leader) {
    const replicas = cluster.spec.members.filter((m) => m.name !== cluster.leader);
    return {
      ...common,
      role: 'primary',
      xlog: { location },
      timeline: cluster.timeline,
      replication: replicas.map((r) => ({
        usename: 'replicator',
        application_name: r.name,
        client_addr: r.address,
        state: 'streaming',
        sync_state: 'async',
        sync_priority: 0,
      })),
      ...tail,
    };
  }
  const received = location - lagOf(member, now);
  return {
    ...common,
    role: 'replica',
    xlog: {
      received_location: received,
      replayed_location: received,
      replayed_timestamp: null,
      paused: false,
    },
    timeline: cluster.timeline,
    replication_state: 'streaming',
    ...tail,
  };
}

let requests = 0;
const byPath: Record<string, number> = {};

/** Status and body for one request, as Patroni would answer it. */
function answer(member: Member, path: string, now: number): [number, unknown] {
  const isLeader = member.name === member.cluster.leader;
  switch (path) {
    case '/patroni':
    case '/health':
    case '/read-only':
      return [200, nodeView(member, now)];
    case '/cluster':
      return [200, clusterView(member.cluster, now)];
    case '/history':
      return [200, member.cluster.history];
    case '/config':
      return [200, dynamicConfig];
    case '/primary':
    case '/leader':
    case '/master':
    case '/read-write':
      return [isLeader ? 200 : 503, nodeView(member, now)];
    case '/replica':
      return [isLeader ? 503 : 200, nodeView(member, now)];
    case '/liveness':
    case '/readiness':
      return [200, null];
    default:
      return [404, null];
  }
}

function handle(req: http.IncomingMessage, res: http.ServerResponse): void {
  requests += 1;
  const path = (req.url ?? '/').split('?')[0]!;
  byPath[path] = (byPath[path] ?? 0) + 1;
  const member = byAddress.get(req.socket.localAddress ?? '');
  const [status, body] = member ? answer(member, path, Date.now()) : [404, null];
  const text = body === null ? '' : JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json',
    'content-length': Buffer.byteLength(text),
    connection: 'close',
  });
  res.end(text);
}

function switchLeader(scope: string, leader: string): number {
  const cluster = clusters.get(scope);
  if (!cluster?.spec.members.some((m) => m.name === leader))
    throw new Error(`no member ${leader} in ${scope}`);
  const now = Date.now();
  cluster.history.push([
    cluster.timeline,
    walPosition(now),
    'no recovery target specified',
    isoMicro(now),
    leader,
  ]);
  cluster.timeline += 1;
  cluster.leader = leader;
  return cluster.timeline;
}

const send = (message: FromStandIn): void => void process.send?.(message);

process.on('message', (message: ToStandIn) => {
  try {
    if (message.type === 'switch') {
      send({ type: 'switched', scope: message.scope, timeline: switchLeader(message.scope, message.leader) });
    } else {
      send({ type: 'stats', requests, byPath });
    }
  } catch (error) {
    send({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
  }
});
// The benchmark going away (even killed) closes the channel: never outlive it.
process.on('disconnect', () => process.exit(0));

async function listenAll(): Promise<number> {
  const servers = [...byAddress.keys()].map((address) => {
    const server = http.createServer(handle);
    server.keepAliveTimeout = 0;
    return new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, address, () => resolve());
    });
  });
  await Promise.all(servers);
  return servers.length;
}

if (!process.send || !Number.isInteger(clusterCount) || !Number.isInteger(port)) {
  console.error(
    'fake-patroni: started by bench/scale.ts only (node --import tsx fake-patroni.ts N PORT, IPC)',
  );
  process.exit(2);
}
listenAll().then(
  (listening) => send({ type: 'ready', listening }),
  (error: unknown) => {
    send({
      type: 'failed',
      message: `cannot listen: ${error instanceof Error ? error.message : String(error)}`,
    });
    process.exit(1);
  },
);
