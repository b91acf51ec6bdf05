import { describeEtcdFailure } from '../net/tls-errors.js';
import { errorMessage } from '../failure.js';
import { etcdGateway } from './gateway.js';
import type { EtcdAccess } from './watch.js';

const timeoutMs = 2_000;

const b64 = (s: string): string => Buffer.from(s, 'utf8').toString('base64');

/** The key just past every key with this prefix (etcd's range_end for a prefix scan). */
function prefixEnd(prefix: string): string {
  const bytes = Buffer.from(prefix, 'utf8');
  bytes[bytes.length - 1] = (bytes[bytes.length - 1] ?? 0) + 1;
  return bytes.toString('base64');
}

/**
 * Reads every key under a prefix through etcd's HTTP gateway (first endpoint that answers wins):
 * one short request, no gRPC connection to set up and tear down (except with a client certificate, which
 * the gateway refuses: `grpc-reads.ts`). Keys are returned relative to the prefix.
 */
export async function readPrefix(
  endpoints: string[],
  prefix: string,
  access?: EtcdAccess,
): Promise<Record<string, string>> {
  let lastError: unknown = new Error('no etcd endpoint given');
  for (const endpoint of endpoints) {
    try {
      const body = await etcdGateway<{ kvs?: { key: string; value?: string }[] }>(
        endpoint,
        '/v3/kv/range',
        { key: b64(prefix), range_end: prefixEnd(prefix) },
        access,
        timeoutMs,
      );
      const out: Record<string, string> = {};
      for (const kv of body.kvs ?? []) {
        const key = Buffer.from(kv.key, 'base64').toString('utf8').slice(prefix.length);
        out[key] = Buffer.from(kv.value ?? '', 'base64').toString('utf8');
      }
      return out;
    } catch (error) {
      lastError = error;
    }
  }
  const why =
    describeEtcdFailure(lastError, { endpoints, prefix, username: access?.login?.username }) ??
    errorMessage(lastError);
  throw new Error(why, { cause: lastError });
}

/** Whether an etcd endpoint answers its /health. */
export async function etcdAnswers(endpoint: string, access?: EtcdAccess): Promise<boolean> {
  try {
    await etcdGateway(endpoint, '/health', undefined, access, 1_000);
    return true;
  } catch {
    return false;
  }
}

/** Every member's client URL, from etcd's own member list (first endpoint that answers). */
export async function etcdClientUrls(endpoints: string[], access?: EtcdAccess): Promise<string[]> {
  for (const endpoint of endpoints) {
    try {
      const body = await etcdGateway<{ members?: { clientURLs?: string[] }[] }>(
        endpoint,
        '/v3/cluster/member/list',
        {},
        access,
        timeoutMs,
      );
      return [...new Set((body.members ?? []).flatMap((m) => m.clientURLs ?? []))].sort();
    } catch {
      // try the next endpoint
    }
  }
  throw new Error(`no etcd endpoint of ${endpoints.join(', ')} listed its members`);
}
