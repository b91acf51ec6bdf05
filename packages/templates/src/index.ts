// @keel/templates: the one place that renders cluster configuration files.
// The lab renders these for its namespaced hosts; provisioning over SSH renders the same
// templates for real hosts. Templates live in <repo>/templates as Handlebars files.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Handlebars from 'handlebars';

/** Absolute path of the repository's `templates/` directory. */
export const templatesDir = fileURLToPath(new URL('../../../templates/', import.meta.url));

export interface EtcdMember {
  name: string;
  /** e.g. http://10.231.0.11:2380 */
  peerUrl: string;
}

export interface EtcdConfigValues {
  name: string;
  dataDir: string;
  listenPeerUrls: string;
  listenClientUrls: string;
  advertisePeerUrl: string;
  advertiseClientUrl: string;
  initialCluster: EtcdMember[];
  initialClusterState: 'new' | 'existing';
  clusterToken: string;
  heartbeatIntervalMs: number;
  electionTimeoutMs: number;
  /** Serve the v2 API too: only for Patroni's deprecated `etcd:` section (etcd 3.4 to 3.5). */
  enableV2: boolean;
  /**
   * TLS for clients and peers, with client-certificate auth on both (the URLs must then be https://).
   * Absent: plain HTTP.
   */
  tls?: TlsFiles;
}

/** Paths, on the host, of a certificate, its key and the CA that signed the peers' certificates. */
export interface TlsFiles {
  certFile: string;
  keyFile: string;
  caFile: string;
}

export interface PgCredential {
  username: string;
  password: string;
}

export interface PatroniConfigValues {
  scope: string;
  namespace: string;
  name: string;
  restApi: {
    listen: string;
    connectAddress: string;
    /** HTTPS for the REST API (and patronictl's `ctl:` trusting the same CA); absent: plain HTTP. */
    tls?: TlsFiles & { verifyClient: 'none' | 'optional' | 'required' };
    /** Basic auth that Patroni demands on the endpoints that change something. */
    authentication?: PgCredential;
  };
  /** host:port of each etcd member, for the DCS section. */
  etcdHosts: string[];
  /** `etcd3` (the v3 API); `etcd` is the v2 API, which older guides set up and etcd 3.6 removed. */
  dcsSection: 'etcd3' | 'etcd';
  /** etcd over https: the CA that signed etcd's certificates, and Patroni's client certificate. */
  etcdTls?: TlsFiles;
  /** An etcd user (etcd's `auth enable`) with read-write access to the namespace. */
  etcdAuthentication?: PgCredential;
  logDir: string;
  ttl: number;
  loopWait: number;
  retryTimeout: number;
  maximumLagOnFailover: number;
  synchronousMode: boolean;
  maxConnections: number;
  postgresql: {
    listen: string;
    connectAddress: string;
    dataDir: string;
    binDir: string;
    pgpass: string;
    unixSocketDir: string;
    logDir: string;
    /** `ssl = on` with this certificate (`ssl_ca_file` for clients that show certificates). */
    tls?: TlsFiles;
  };
  /** Addresses of every member: replication connections are allowed from each. */
  replicationAddresses: string[];
  /** Where other clients (HAProxy, Keel, applications) connect from, e.g. 10.231.0.0/24. */
  clientCidr: string;
  /** More trusted client subnets (a plan may name several); each gets its own scram-sha-256 line. */
  extraClientCidrs?: string[];
  /** wal_keep_size in the bootstrap parameters; absent: 128MB. */
  walKeepSize?: string;
  /** More bootstrap PostgreSQL parameters (provisioning's sized ones), written as YAML strings. */
  extraParameters?: Record<string, string>;
  authentication: { superuser: PgCredential; replication: PgCredential; rewind: PgCredential };
}

export interface HaproxyServer {
  name: string;
  address: string;
  postgresPort: number;
  patroniPort: number;
}

export interface HaproxyConfigValues {
  scope: string;
  readWritePort: number;
  readOnlyPort: number;
  statsPort: number;
  statsSocket: string;
  maxConnections: number;
  timeouts: { connect: string; client: string; server: string; check: string };
  /** Health check timing, HAProxy duration syntax ("1s", "250ms"). */
  check: { inter: string; fall: number; rise: number; fastinter: string; downinter: string };
  servers: HaproxyServer[];
  /** The read-write listener's name (`primary`; older guides say `master`). */
  readWriteListener: string;
  /** Its health check: `GET /primary` (Patroni's `/master` is the deprecated name of the same check). */
  readWriteCheck: string;
  /** The read-only listener's check: `GET /replica`. */
  readOnlyCheck: string;
  /** Patroni's REST API is HTTPS: check over TLS, verifying its certificate against this CA. */
  checkTls?: { caFile: string };
}

// A private Handlebars environment so helpers registered here leak nowhere else.
const hbs = Handlebars.create();
// JSON strings are valid YAML scalars: quotes, colons and '#' in values stay data.
hbs.registerHelper('json', (value: unknown) => {
  if (value === undefined) throw new Error('json helper: value is undefined');
  return JSON.stringify(value);
});

const compiled = new Map<string, HandlebarsTemplateDelegate>();

function render(file: string, values: object): string {
  let template = compiled.get(file);
  if (!template) {
    const source = readFileSync(new URL(file, `file://${templatesDir}`), 'utf8');
    // noEscape: these are config files, not HTML. strict: a missing value throws.
    template = hbs.compile(source, { noEscape: true, strict: true });
    compiled.set(file, template);
  }
  try {
    return template(values);
  } catch (error) {
    // Handlebars says e.g. `"inter" not defined in undefined - 34:27`: name the template.
    throw new Error(`template ${file}: ${error instanceof Error ? error.message : String(error)}`, {
      cause: error,
    });
  }
}

export function renderEtcdConfig(values: EtcdConfigValues): string {
  return render('etcd.conf.hbs', values);
}

export function renderPatroniConfig(values: PatroniConfigValues): string {
  if (values.loopWait + 2 * values.retryTimeout > values.ttl) {
    // Patroni 3.x does not enforce this; a violation lets a primary lose its lock while it
    // still thinks it holds it.
    throw new Error(
      `patroni timing: loop_wait (${values.loopWait}) + 2 * retry_timeout (${values.retryTimeout}) must be <= ttl (${values.ttl})`,
    );
  }
  return render('patroni.yml.hbs', values);
}

export function renderHaproxyConfig(values: HaproxyConfigValues): string {
  return render('haproxy.cfg.hbs', values);
}
