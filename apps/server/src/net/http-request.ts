import http from 'node:http';
import https from 'node:https';
import type { HttpLogin } from '../haproxy/basic-auth.js';
import { basicAuth } from '../haproxy/basic-auth.js';
import { tlsOptions, type TlsSettings } from './tls-settings.js';

export interface HttpAnswer {
  status: number;
  body: string;
}

export interface HttpRequestOptions {
  method?: string;
  headers?: Record<string, string>;
  body?: string;
  timeoutMs: number;
  /** For https:// URLs: the cluster's CA, client certificate and verification choice. */
  tls?: TlsSettings;
  /** Basic auth, sent when given (Patroni's `restapi.authentication`). */
  login?: HttpLogin;
}

/** A request timed out: callers word it as "no answer within N ms". */
export class HttpTimeoutError extends Error {
  constructor(readonly timeoutMs: number) {
    super(`no answer within ${timeoutMs} ms`);
    this.name = 'TimeoutError';
  }
}

/**
 * One HTTP(S) request with node:http(s). Not fetch: fetch cannot take a CA bundle or a client certificate
 * per request without an extra dependency. Network and TLS errors are thrown as they come (with their
 * `code`, e.g. UNABLE_TO_VERIFY_LEAF_SIGNATURE) for tls-errors.ts to word.
 */
export function httpRequest(url: string, options: HttpRequestOptions): Promise<HttpAnswer> {
  const parsed = new URL(url);
  const secure = parsed.protocol === 'https:';
  const headers: Record<string, string> = {
    ...(options.headers ?? {}),
    ...(options.login ? { authorization: basicAuth(options.login) } : {}),
    ...(options.body !== undefined ? { 'content-length': String(Buffer.byteLength(options.body)) } : {}),
  };
  return new Promise((resolve, reject) => {
    const onResponse = (res: http.IncomingMessage) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      res.on('error', reject);
    };
    const common = { method: options.method ?? 'GET', headers, agent: false as const };
    const req = secure
      ? https.request(url, { ...common, ...tlsOptions(options.tls) }, onResponse)
      : http.request(url, common, onResponse);
    const timer = setTimeout(() => req.destroy(new HttpTimeoutError(options.timeoutMs)), options.timeoutMs);
    req.on('close', () => clearTimeout(timer));
    req.on('error', reject);
    req.end(options.body);
  });
}
