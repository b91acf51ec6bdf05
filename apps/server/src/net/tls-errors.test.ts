// The wording of hardened-cluster failures, from real errors: a TLS server on 127.0.0.1 with
// certificates made by openssl here, and the real error classes of the etcd3 library.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EtcdAuthenticationFailedError, EtcdPermissionDeniedError } from 'etcd3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { httpRequest } from './http-request.js';
import { probeTls } from './tls-probe.js';
import { describeEtcdFailure, describePatroniAuthRefusal, describeTlsFailure } from './tls-errors.js';

let dir: string;
const pem = (name: string) => readFileSync(join(dir, name), 'utf8');
const servers: (http.Server | https.Server)[] = [];

function openssl(...args: string[]): void {
  execFileSync('openssl', args, { cwd: dir, stdio: 'ignore' });
}

function issue(name: string, san: string, usage: string): void {
  writeFileSync(
    join(dir, `${name}.ext`),
    `extendedKeyUsage=${usage}\n${san ? `subjectAltName=${san}\n` : ''}`,
  );
  openssl(
    'req',
    '-new',
    '-newkey',
    'ec',
    '-pkeyopt',
    'ec_paramgen_curve:prime256v1',
    '-nodes',
    '-keyout',
    `${name}.key`,
    '-out',
    `${name}.csr`,
    '-subj',
    `/CN=${name}`,
  );
  openssl(
    'x509',
    '-req',
    '-in',
    `${name}.csr`,
    '-CA',
    'ca.crt',
    '-CAkey',
    'ca.key',
    '-CAcreateserial',
    '-out',
    `${name}.crt`,
    '-days',
    '2',
    '-extfile',
    `${name}.ext`,
  );
}

async function listen(server: http.Server | https.Server): Promise<number> {
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return (server.address() as AddressInfo).port;
}

const hello = (_: http.IncomingMessage, res: http.ServerResponse) => res.end('{}');
let good: number;
let elsewhere: number;
let mutual: number;
let plain: number;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'keel-tls-'));
  openssl(
    'req',
    '-x509',
    '-new',
    '-newkey',
    'ec',
    '-pkeyopt',
    'ec_paramgen_curve:prime256v1',
    '-nodes',
    '-keyout',
    'ca.key',
    '-out',
    'ca.crt',
    '-days',
    '2',
    '-subj',
    '/CN=test CA',
    '-addext',
    'basicConstraints=critical,CA:TRUE',
    '-addext',
    'keyUsage=critical,keyCertSign',
  );
  issue('local', 'IP:127.0.0.1', 'serverAuth');
  issue('other', 'IP:192.0.2.7,DNS:pg9', 'serverAuth');
  issue('client', '', 'clientAuth');
  good = await listen(https.createServer({ cert: pem('local.crt'), key: pem('local.key') }, hello));
  elsewhere = await listen(https.createServer({ cert: pem('other.crt'), key: pem('other.key') }, hello));
  mutual = await listen(
    https.createServer(
      {
        cert: pem('local.crt'),
        key: pem('local.key'),
        ca: pem('ca.crt'),
        requestCert: true,
        rejectUnauthorized: true,
      },
      hello,
    ),
  );
  plain = await listen(http.createServer(hello));
});

afterAll(() => {
  for (const server of servers) server.close();
  rmSync(dir, { recursive: true, force: true });
});

const failureOf = async (url: string, tls?: Parameters<typeof httpRequest>[1]['tls']) => {
  try {
    await httpRequest(url, { timeoutMs: 3_000, tls });
  } catch (error) {
    return error;
  }
  throw new Error(`${url} answered`);
};

describe('TLS failures, worded', () => {
  it('an untrusted certificate (UNABLE_TO_VERIFY_LEAF_SIGNATURE) says to add the CA bundle', async () => {
    const url = `https://127.0.0.1:${good}`;
    const error = await failureOf(url);
    expect((error as { code?: string }).code).toBe('UNABLE_TO_VERIFY_LEAF_SIGNATURE');
    const text = describeTlsFailure(error, 'Patroni', url);
    expect(text).toContain(`Patroni at ${url} shows a certificate that Keel does not trust`);
    expect(text).toContain("add the CA that signed it as the cluster's CA bundle");
    expect(text).toContain('turn certificate verification off for this cluster');
  });

  it('the same server is fine with the CA, or with verification off', async () => {
    const url = `https://127.0.0.1:${good}`;
    await expect(
      httpRequest(url, { timeoutMs: 3_000, tls: { ca: pem('ca.crt'), verify: true } }),
    ).resolves.toEqual({ status: 200, body: '{}' });
    await expect(httpRequest(url, { timeoutMs: 3_000, tls: { verify: false } })).resolves.toMatchObject({
      status: 200,
    });
  });

  it('a host-name mismatch (ERR_TLS_CERT_ALTNAME_INVALID) names what the certificate is for', async () => {
    const url = `https://127.0.0.1:${elsewhere}`;
    const error = await failureOf(url, { ca: pem('ca.crt'), verify: true });
    expect((error as { code?: string }).code).toBe('ERR_TLS_CERT_ALTNAME_INVALID');
    const text = describeTlsFailure(error, 'etcd', url);
    expect(text).toContain(
      `etcd at ${url} shows a certificate for other names (IP Address:192.0.2.7, DNS:pg9)`,
    );
    expect(text).toContain('reissue the certificate with this one as a subject alternative name');
  });

  it('a server that demands a client certificate says to set one', async () => {
    const url = `https://127.0.0.1:${mutual}`;
    const error = await probeTls(url, { ca: pem('ca.crt'), verify: true }, 3_000);
    expect(error).not.toBeNull();
    expect(describeTlsFailure(error, 'Patroni', url)).toMatch(
      /^Patroni at https:\/\/127\.0\.0\.1:\d+ refused the TLS handshake: it wants a client certificate .*: set the cluster's client certificate and key$/,
    );
    const withCert = await probeTls(
      url,
      { ca: pem('ca.crt'), cert: pem('client.crt'), key: pem('client.key'), verify: true },
      3_000,
    );
    expect(withCert).toBeNull();
  });

  it('https:// to a plain HTTP server says to write http://', async () => {
    const url = `https://127.0.0.1:${plain}`;
    const error = await failureOf(url, { ca: pem('ca.crt'), verify: true });
    expect(describeTlsFailure(error, 'Patroni', url)).toMatch(
      /does not answer TLS \(.+\): if it serves plain HTTP, write http:\/\//,
    );
  });

  it('leaves errors that are not about TLS to the callers', () => {
    expect(
      describeTlsFailure(
        Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }),
        'etcd',
        'x',
      ),
    ).toBeUndefined();
    expect(describeTlsFailure(new Error('plain'), 'etcd', 'x')).toBeUndefined();
  });
});

describe('authentication refusals, worded', () => {
  it("Patroni's 401 without a login says to set the REST login; with one, to check it", () => {
    expect(describePatroniAuthRefusal(401, 'https://10.0.0.1:8008/switchover', false)).toBe(
      "Patroni at https://10.0.0.1:8008/switchover demands a login (401: restapi.authentication is set): set the cluster's Patroni REST login (username and password)",
    );
    expect(describePatroniAuthRefusal(401, 'https://10.0.0.1:8008/switchover', true)).toContain(
      "refused the cluster's REST login (401): check the username and password of Patroni's restapi.authentication",
    );
    expect(describePatroniAuthRefusal(503, 'x', true)).toBeUndefined();
    expect(describePatroniAuthRefusal(403, 'x', true, 'forbidden')).toBeUndefined();
  });

  it('Patroni\'s 403 "client certificate required" (verify_client) says to set the client certificate', () => {
    expect(
      describePatroniAuthRefusal(403, 'https://10.0.0.1:8008/reload', true, 'client certificate required'),
    ).toBe(
      "Patroni at https://10.0.0.1:8008/reload demands a client certificate (403: restapi.verify_client is set): set the cluster's client certificate and key",
    );
  });

  const context = { endpoints: ['https://10.0.0.1:2379'], prefix: '/service/main/', username: 'keel' };

  it("etcd's permission denied (gRPC 7) says which grant is missing", () => {
    const error = new EtcdPermissionDeniedError('7 PERMISSION_DENIED: etcdserver: permission denied');
    expect(describeEtcdFailure(error, context)).toBe(
      'etcd at https://10.0.0.1:2379 denies user keel reading /service/main/ (permission denied): grant its role read on that prefix (etcdctl role grant-permission ROLE --prefix=true read /service/main/)',
    );
  });

  it("etcd's failed login (gRPC 3, authentication failed) says to check the login", () => {
    const error = new EtcdAuthenticationFailedError(
      '3 INVALID_ARGUMENT: etcdserver: authentication failed, invalid user ID or password',
    );
    expect(describeEtcdFailure(error, context)).toBe(
      "etcd at https://10.0.0.1:2379 refused the login of keel (authentication failed): check the cluster's etcd username and password",
    );
  });

  it('etcd with auth on and no login says to set one', () => {
    const error = new Error('3 INVALID_ARGUMENT: etcdserver: user name is empty');
    expect(describeEtcdFailure(error, { ...context, username: undefined })).toContain(
      "has authentication on and Keel sent no login: set the cluster's etcd username and password",
    );
  });
});
