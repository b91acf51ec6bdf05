// How the lab's own probes reach its services: plain HTTP, or in the secure lab HTTPS verified
// against the lab CA, showing Keel's client certificate (etcd demands one; Patroni checks it when shown).
import { request } from 'node:https';
import { existsSync } from 'node:fs';
import { readState } from './state.js';
import { readPem, tlsPaths } from './tls.js';

export interface ClientTls {
  ca: string;
  cert: string;
  key: string;
}

/** Whether the lab on this machine was brought up with `--secure`. */
export function isSecureLab(): boolean {
  return readState()?.secure === true;
}

export function labScheme(): 'https' | 'http' {
  return isSecureLab() ? 'https' : 'http';
}

/** The CA and Keel's client certificate as PEM text; undefined in an open lab. */
export function labClientTls(): ClientTls | undefined {
  if (!isSecureLab() || !existsSync(tlsPaths.caCert())) return undefined;
  const client = tlsPaths.client('keel');
  return { ca: readPem(tlsPaths.caCert()), cert: readPem(client.cert), key: readPem(client.key) };
}

/** GET over HTTPS with the lab CA and client certificate; rejects on a status other than 2xx. */
export function httpsGetJson<T>(url: string, tls: ClientTls, timeoutMs: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method: 'GET', ...tls, timeout: timeoutMs }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => {
        const status = res.statusCode ?? 0;
        if (status < 200 || status >= 300) reject(new Error(`${url}: HTTP ${status}`));
        else {
          try {
            resolve(JSON.parse(body) as T);
          } catch (error) {
            reject(error instanceof Error ? error : new Error(String(error)));
          }
        }
      });
    });
    req.on('timeout', () => req.destroy(new Error(`${url}: no answer within ${timeoutMs} ms`)));
    req.on('error', reject);
    req.end();
  });
}
