import { Etcd3 } from 'etcd3';
import { EtcdGatewayError } from './gateway-error.js';
import { etcd3Options, type EtcdAccess } from './watch.js';

// etcd 3.4 refuses every HTTP-gateway request whose client certificate carries a CommonName when
// `--client-cert-auth` is on (400, in plain text: "CommonName of client sending a request against
// gateway will be ignored and not used as expected"; seen on the secure lab). A cluster with a client
// certificate is therefore read over gRPC, as its watch is, and the answer is shaped like the gateway's
// JSON so the callers stay one.

/** Whether this cluster's etcd reads must go over gRPC. */
export function readsOverGrpc(access: EtcdAccess | undefined): access is EtcdAccess {
  return Boolean(access?.tls?.cert && access.tls.key);
}

// One client per endpoint and login, kept: the readers ask every few seconds.
const clients = new Map<string, Etcd3>();

function clientFor(endpoint: string, access: EtcdAccess): Etcd3 {
  const key = `${endpoint}|${access.login?.username ?? ''}|${access.tls?.cert ?? ''}`;
  let client = clients.get(key);
  if (!client) {
    client = new Etcd3(etcd3Options([endpoint], access));
    clients.set(key, client);
  }
  return client;
}

const b64 = (buffer: Buffer | string): string =>
  (typeof buffer === 'string' ? Buffer.from(buffer) : buffer).toString('base64');

/** The gateway paths Keel reads, answered over gRPC in the gateway's JSON shape. */
export async function grpcRead<T>(
  endpoint: string,
  path: string,
  body: unknown,
  access: EtcdAccess,
  timeoutMs: number,
): Promise<T> {
  const client = clientFor(endpoint, access);
  const options = { deadline: new Date(Date.now() + timeoutMs) };
  try {
    switch (path) {
      case '/v3/kv/range': {
        const req = body as { key: string; range_end?: string };
        const res = await client.kv.range(
          {
            key: Buffer.from(req.key, 'base64'),
            ...(req.range_end ? { range_end: Buffer.from(req.range_end, 'base64') } : {}),
          },
          options,
        );
        return { kvs: res.kvs.map((kv) => ({ key: b64(kv.key), value: b64(kv.value) })) } as T;
      }
      case '/v3/cluster/member/list':
        return (await client.cluster.memberList({}, options)) as T;
      case '/v3/maintenance/status':
        return (await client.maintenance.status(options)) as T;
      default:
        throw new Error(`Keel does not read ${path} over gRPC`);
    }
  } catch (error) {
    throw new EtcdGatewayError(
      `etcd at ${endpoint}: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}
