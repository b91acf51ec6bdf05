import { httpRequest } from '../net/http-request.js';
import { describeTlsFailure } from '../net/tls-errors.js';
import { fetchFailure } from '../failure.js';
import { EtcdGatewayError } from './gateway-error.js';
import { grpcRead, readsOverGrpc } from './grpc-reads.js';
import type { EtcdAccess } from './watch.js';

// etcd's simple tokens live 5 minutes by default; a token is reused for a minute, then renewed.
const tokenTtlMs = 60_000;
const tokens = new Map<string, { token: string; at: number }>();

async function call(
  endpoint: string,
  path: string,
  body: unknown,
  access: EtcdAccess | undefined,
  timeoutMs: number,
  token?: string,
): Promise<{ status: number; body: string }> {
  const url = new URL(path, endpoint).toString();
  try {
    return await httpRequest(url, {
      method: body === undefined ? 'GET' : 'POST',
      timeoutMs,
      headers: token ? { authorization: token } : {},
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      ...(access?.tls ? { tls: access.tls } : {}),
    });
  } catch (error) {
    throw new EtcdGatewayError(
      describeTlsFailure(error, 'etcd', endpoint) ?? `etcd at ${endpoint}: ${fetchFailure(error, timeoutMs)}`,
    );
  }
}

/** etcd's error text from a gateway answer ({"error": "...", "code": 7}), or its status. */
function refusal(endpoint: string, path: string, status: number, text: string): EtcdGatewayError {
  let why = `answered ${status} for ${path}`;
  try {
    const parsed = JSON.parse(text) as { error?: string; message?: string };
    if (parsed.error ?? parsed.message) why = `${why}: ${parsed.error ?? parsed.message}`;
  } catch {
    // not JSON: the status says enough
  }
  return new EtcdGatewayError(`etcd at ${endpoint} ${why}`, status);
}

/** A token for the cluster's etcd user (POST /v3/auth/authenticate), cached for a minute. */
async function tokenFor(endpoint: string, access: EtcdAccess, timeoutMs: number): Promise<string> {
  const login = access.login!;
  const key = `${endpoint}|${login.username}`;
  const cached = tokens.get(key);
  if (cached && Date.now() - cached.at < tokenTtlMs) return cached.token;
  const res = await call(
    endpoint,
    '/v3/auth/authenticate',
    { name: login.username, password: login.password },
    access,
    timeoutMs,
  );
  if (res.status !== 200) throw refusal(endpoint, '/v3/auth/authenticate', res.status, res.body);
  const token = (JSON.parse(res.body) as { token?: string }).token;
  // etcd answers 200 without a token when authentication is off: then none is needed.
  if (!token) return '';
  tokens.set(key, { token, at: Date.now() });
  return token;
}

/**
 * One request to etcd's HTTP gateway with the cluster's TLS and, when it has an etcd user, its token
 * (a stale token is renewed once). Answers the parsed JSON of a 200 (or of another accepted status); otherwise throws etcd's own words,
 * for describeEtcdFailure to turn into what to set.
 */
export async function etcdGateway<T>(
  endpoint: string,
  path: string,
  body: unknown,
  access: EtcdAccess | undefined,
  timeoutMs: number,
  /** Statuses whose body is the answer (etcd's /health says 503 with its reason). */
  accept: number[] = [200],
): Promise<T> {
  // /health is etcd's own HTTP handler, outside auth and the gateway: TLS only, never a token.
  const api = path.startsWith('/v3/');
  if (api && readsOverGrpc(access)) return grpcRead<T>(endpoint, path, body, access, timeoutMs);
  for (let attempt = 0; attempt < 2; attempt++) {
    const token = api && access?.login ? await tokenFor(endpoint, access, timeoutMs) : undefined;
    const res = await call(endpoint, path, body, access, timeoutMs, token || undefined);
    if (accept.includes(res.status)) return JSON.parse(res.body) as T;
    if (access?.login && attempt === 0 && /invalid auth token|auth token/i.test(res.body)) {
      tokens.delete(`${endpoint}|${access.login.username}`);
      continue;
    }
    throw refusal(endpoint, path, res.status, res.body);
  }
  throw new EtcdGatewayError(`etcd at ${endpoint} refused a fresh token for ${path}`);
}
