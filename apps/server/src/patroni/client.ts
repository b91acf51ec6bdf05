import { KeelError } from '../errors.js';
import type { PatroniClusterResponse, PatroniHistoryRow, PatroniNodeResponse } from './types.js';
import { fetchFailure } from '../failure.js';
import type { HttpLogin } from '../haproxy/basic-auth.js';
import { httpRequest, type HttpAnswer } from '../net/http-request.js';
import { describePatroniAuthRefusal, describeTlsFailure } from '../net/tls-errors.js';
import type { TlsSettings } from '../net/tls-settings.js';

/** Patroni's own peers give each other 2 s; a member slower than that is as good as down. */
export const patroniTimeoutMs = 2_000;

export class PatroniRequestError extends Error {
  constructor(
    readonly url: string,
    message: string,
    readonly status?: number,
  ) {
    super(message);
    this.name = 'PatroniRequestError';
  }
}

/** The base of a member's REST API from any of its URLs (`api_url` in /cluster ends in /patroni). */
export function patroniBase(url: string): string {
  const parsed = new URL(url);
  return `${parsed.protocol}//${parsed.host}`;
}

/** How to reach one cluster's Patroni: its CA and client certificate (HTTPS), its REST login. */
export interface PatroniConnection {
  tls?: TlsSettings;
  /** `restapi.authentication`: sent on the requests that change something (Patroni demands it there). */
  login?: HttpLogin;
}

/** The connection settings of the cluster a member's REST API belongs to (none: plain, no login). */
export type PatroniConnections = (base: string) => PatroniConnection | undefined;

const noConnections: PatroniConnections = () => undefined;

/** Why a request failed: TLS trouble worded with what to set, else the network's own reason. */
function requestFailure(error: unknown, url: string, timeoutMs: number): string {
  return describeTlsFailure(error, 'Patroni', url) ?? fetchFailure(error, timeoutMs);
}

/**
 * The one module that talks to Patroni's REST API. Short timeouts, one request per call, no retries:
 * Patroni serves only a few requests at a time, so callers decide the pace.
 */
export class PatroniClient {
  constructor(
    private readonly timeoutMs = patroniTimeoutMs,
    private readonly connections: PatroniConnections = noConnections,
  ) {}

  cluster(base: string): Promise<PatroniClusterResponse> {
    return this.getJson<PatroniClusterResponse>(base, '/cluster');
  }

  node(base: string): Promise<PatroniNodeResponse> {
    return this.getJson<PatroniNodeResponse>(base, '/patroni');
  }

  history(base: string): Promise<PatroniHistoryRow[]> {
    return this.getJson<PatroniHistoryRow[]>(base, '/history');
  }

  config(base: string): Promise<Record<string, unknown>> {
    return this.getJson<Record<string, unknown>>(base, '/config');
  }

  /** A health endpoint (`/primary`, `/replica`, `/health`, ...): true on 200, false on 503. */
  async check(base: string, endpoint: string): Promise<boolean> {
    const res = await this.request(base, endpoint);
    return res.status === 200;
  }

  private async getJson<T>(base: string, path: string): Promise<T> {
    const res = await this.request(base, path);
    // Patroni answers /patroni with 503 on a non-running node, but the body still describes it.
    if (res.status === 404 && (path === '/patroni' || path === '/cluster')) {
      throw new PatroniRequestError(base + path, notPatroni(`it answered 404 for ${path}`), res.status);
    }
    const refusal = describePatroniAuthRefusal(
      res.status,
      base + path,
      Boolean(this.connections(base)?.login),
    );
    if (refusal) throw new PatroniRequestError(base + path, refusal, res.status);
    if (res.status !== 200 && !(path === '/patroni' && res.status === 503)) {
      throw new PatroniRequestError(base + path, `Patroni answered ${res.status} for ${path}`, res.status);
    }
    try {
      return JSON.parse(res.body) as T;
    } catch {
      throw new PatroniRequestError(base + path, notPatroni(`its answer to ${path} is not JSON`));
    }
  }

  private async request(base: string, path: string): Promise<HttpAnswer> {
    const url = patroniBase(base) + path;
    // Reads carry no login: Patroni asks for one only on writes, and a read must not leak it to a
    // member that is not (yet) known to belong to the cluster.
    const tls = this.connections(base)?.tls;
    try {
      return await httpRequest(url, {
        timeoutMs: this.timeoutMs,
        headers: { accept: 'application/json' },
        ...(tls ? { tls } : {}),
      });
    } catch (error) {
      throw new PatroniRequestError(url, requestFailure(error, url, this.timeoutMs));
    }
  }
}

/** For import: a Patroni URL that cannot be read becomes a clear 422. */
export function unreachablePatroni(error: unknown, url: string): KeelError {
  const why = error instanceof PatroniRequestError ? error.message : String(error);
  if (why.startsWith('this is not a Patroni REST API'))
    return new KeelError('UNREACHABLE', `${url} answered, but ${why}`);
  return new KeelError('UNREACHABLE', `Cannot reach Patroni at ${url}: ${why}`);
}

/** What Patroni answered to a write: its status and its text (Patroni explains refusals in the body). */
export interface PatroniWriteResult {
  status: number;
  body: string;
}

/**
 * Patroni's write endpoints. Each returns Patroni's own answer; callers decide what a refusal means.
 * Writes get a longer timeout: a switchover answers only once Patroni has acted.
 */
export class PatroniActions {
  constructor(
    private readonly timeoutMs = 30_000,
    private readonly connections: PatroniConnections = noConnections,
  ) {}

  switchover(
    base: string,
    body: { leader: string; candidate?: string; scheduled_at?: string },
  ): Promise<PatroniWriteResult> {
    return this.send(base, 'POST', '/switchover', body);
  }

  cancelScheduledSwitchover(base: string): Promise<PatroniWriteResult> {
    return this.send(base, 'DELETE', '/switchover');
  }

  failover(base: string, body: { candidate: string; leader?: string }): Promise<PatroniWriteResult> {
    return this.send(base, 'POST', '/failover', body);
  }

  restart(base: string, body: { restart_pending?: boolean } = {}): Promise<PatroniWriteResult> {
    return this.send(base, 'POST', '/restart', body);
  }

  reinitialize(base: string, body: { force?: boolean } = {}): Promise<PatroniWriteResult> {
    return this.send(base, 'POST', '/reinitialize', body);
  }

  reload(base: string): Promise<PatroniWriteResult> {
    return this.send(base, 'POST', '/reload');
  }

  patchConfig(base: string, changes: Record<string, unknown>): Promise<PatroniWriteResult> {
    return this.send(base, 'PATCH', '/config', changes);
  }

  private async send(
    base: string,
    method: string,
    path: string,
    body?: unknown,
  ): Promise<PatroniWriteResult> {
    const url = patroniBase(base) + path;
    const connection = this.connections(base);
    let res: HttpAnswer;
    try {
      res = await httpRequest(url, {
        method,
        timeoutMs: this.timeoutMs,
        headers: body === undefined ? {} : { 'content-type': 'application/json' },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
        ...(connection?.tls ? { tls: connection.tls } : {}),
        ...(connection?.login ? { login: connection.login } : {}),
      });
    } catch (error) {
      throw new PatroniRequestError(url, requestFailure(error, url, this.timeoutMs));
    }
    // A missing or wrong REST login is not Patroni's judgement of the request: say what to set.
    const refusal = describePatroniAuthRefusal(res.status, url, Boolean(connection?.login), res.body);
    if (refusal) throw new PatroniRequestError(url, refusal, res.status);
    return { status: res.status, body: res.body.trim() };
  }
}

/** An HTTP server answered, but not as Patroni does: most often the wrong port (e.g. PostgreSQL's or a web server's). */
const notPatroni = (why: string) =>
  `this is not a Patroni REST API (${why}); give the URL of Patroni's REST API, usually port 8008`;
