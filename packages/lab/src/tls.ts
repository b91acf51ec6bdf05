// The secure lab's certificates (`up --secure`): a lab CA made with the openssl CLI, a server
// certificate per db host (its address, 127.0.0.1, its name and localhost as SANs; also usable as a
// client certificate: etcd's peers and Patroni's etcd client show it), and two client certificates:
// `keel` for Keel's server and `root` for the lab's own etcdctl. Made once, kept until `down`.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { run } from './exec.js';
import { labPaths } from './paths.js';
import { DB_HOSTS, LB_HOST, type HostSpec } from './topology.js';

/** Client certificates the lab issues: CN `keel` (Keel) and CN `root` (etcd's root user, via CN auth). */
export type ClientCertName = 'keel' | 'root';

export interface CertFiles {
  cert: string;
  key: string;
}

export const tlsPaths = {
  dir: () => labPaths.tlsDir(),
  caCert: () => join(labPaths.tlsDir(), 'ca.crt'),
  caKey: () => join(labPaths.tlsDir(), 'ca.key'),
  host: (host: HostSpec): CertFiles => ({
    cert: join(labPaths.tlsDir(), `${host.name}.crt`),
    key: join(labPaths.tlsDir(), `${host.name}.key`),
  }),
  /** etcd's own and Patroni's etcd client certificate: without a CN (see ensureLabCertificates). */
  etcd: (host: HostSpec): CertFiles => ({
    cert: join(labPaths.tlsDir(), `${host.name}-etcd.crt`),
    key: join(labPaths.tlsDir(), `${host.name}-etcd.key`),
  }),
  client: (name: ClientCertName): CertFiles => ({
    cert: join(labPaths.tlsDir(), `${name}.crt`),
    key: join(labPaths.tlsDir(), `${name}.key`),
  }),
};

// P-256 keys: every consumer here (etcd's Go, Python's ssl, PostgreSQL, HAProxy, Node) takes them.
const KEY_ARGS = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes'];

async function makeCa(): Promise<void> {
  await run('openssl', [
    'req',
    '-x509',
    '-new',
    ...KEY_ARGS,
    '-keyout',
    tlsPaths.caKey(),
    '-out',
    tlsPaths.caCert(),
    '-days',
    '3650',
    '-subj',
    '/CN=Keel lab CA',
    '-addext',
    'basicConstraints=critical,CA:TRUE',
    '-addext',
    'keyUsage=critical,keyCertSign,cRLSign',
  ]);
}

async function issue(
  files: CertFiles,
  /** Empty: a subject without a CN. */
  commonName: string,
  usage: 'server' | 'client',
  sans: string[],
): Promise<void> {
  const csr = `${files.cert}.csr`;
  const ext = `${files.cert}.ext`;
  writeFileSync(
    ext,
    [
      'basicConstraints=CA:FALSE',
      'keyUsage=critical,digitalSignature,keyEncipherment',
      // A server certificate also serves as the host's client certificate (etcd peers, Patroni -> etcd).
      `extendedKeyUsage=${usage === 'server' ? 'serverAuth,clientAuth' : 'clientAuth'}`,
      ...(sans.length > 0 ? [`subjectAltName=${sans.join(',')}`] : []),
      '',
    ].join('\n'),
  );
  await run('openssl', [
    'req',
    '-new',
    ...KEY_ARGS,
    '-keyout',
    files.key,
    '-out',
    csr,
    '-subj',
    `/CN=${commonName}`,
  ]);
  await run('openssl', [
    'x509',
    '-req',
    '-in',
    csr,
    '-CA',
    tlsPaths.caCert(),
    '-CAkey',
    tlsPaths.caKey(),
    '-CAcreateserial',
    '-out',
    files.cert,
    '-days',
    '825',
    '-extfile',
    ext,
  ]);
  rmSync(csr);
  rmSync(ext);
}

/** SANs of a db host: its own names, and lb's address (clients reach PostgreSQL through HAProxy too). */
export function hostSans(host: HostSpec): string[] {
  return [`IP:${host.address}`, 'IP:127.0.0.1', `DNS:${host.name}`, 'DNS:localhost', `IP:${LB_HOST.address}`];
}

/** Makes whatever of the CA and certificates is missing (all of it on a fresh secure lab). */
export async function ensureLabCertificates(): Promise<void> {
  mkdirSync(tlsPaths.dir(), { recursive: true, mode: 0o700 });
  if (!existsSync(tlsPaths.caCert())) await makeCa();
  for (const host of DB_HOSTS) {
    const files = tlsPaths.host(host);
    if (!existsSync(files.cert)) await issue(files, host.name, 'server', hostSans(host));
    // For etcd and for Patroni's etcd client: without a CN. With client-cert auth on, etcd 3.4's HTTP
    // gateway (the API Patroni's etcd3 uses) answers a request whose client certificate has a CN and
    // that carries no token yet "CommonName of client sending a request against gateway will be ignored
    // and not used as expected" (measured), and Patroni then waits on etcd forever.
    const etcd = tlsPaths.etcd(host);
    if (!existsSync(etcd.cert)) await issue(etcd, '', 'server', hostSans(host));
  }
  for (const name of ['keel', 'root'] as const) {
    const files = tlsPaths.client(name);
    if (!existsSync(files.cert)) await issue(files, name, 'client', []);
  }
}

export function readPem(path: string): string {
  return readFileSync(path, 'utf8');
}
