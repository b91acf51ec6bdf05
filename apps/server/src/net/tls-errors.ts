// What went wrong talking to a hardened cluster, for people: what is wrong and what to set. Worded from
// the real error codes (Node's TLS codes, HTTP statuses, etcd's gRPC errors); used for health reasons
// and import errors alike.
import { errorMessage } from '../failure.js';

export type ClusterService = 'Patroni' | 'etcd' | 'PostgreSQL';

// OpenSSL's verification results when the chain does not lead to a CA Keel trusts.
const UNTRUSTED = new Set([
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'CERT_SIGNATURE_FAILURE',
  'CERT_UNTRUSTED',
]);

// The server's alerts when it wants a client certificate it did not get (or did not trust).
const CLIENT_CERT_WANTED = new Set([
  'ERR_SSL_TLSV13_ALERT_CERTIFICATE_REQUIRED',
  'ERR_SSL_SSL/TLS_ALERT_BAD_CERTIFICATE',
  'ERR_SSL_SSLV3_ALERT_BAD_CERTIFICATE',
  'ERR_SSL_TLSV1_ALERT_UNKNOWN_CA',
  'ERR_SSL_SSLV3_ALERT_HANDSHAKE_FAILURE',
]);

const NOT_TLS = new Set(['ERR_SSL_WRONG_VERSION_NUMBER', 'ERR_SSL_PACKET_LENGTH_TOO_LONG', 'EPROTO']);

function codeOf(error: unknown): string | undefined {
  const direct = (error as { code?: unknown } | null)?.code;
  if (typeof direct === 'string') return direct;
  const cause = error instanceof Error ? error.cause : undefined;
  const nested = (cause as { code?: unknown } | undefined)?.code;
  return typeof nested === 'string' ? nested : undefined;
}

/** The names a certificate carries: Node's ERR_TLS_CERT_ALTNAME_INVALID carries the peer certificate. */
function altNames(error: unknown): string | undefined {
  const cert = (error as { cert?: { subjectaltname?: unknown } } | null)?.cert;
  return typeof cert?.subjectaltname === 'string' ? cert.subjectaltname : undefined;
}

/**
 * A TLS or connection failure of one service at one address, worded with what to set. Undefined when
 * the error is not about TLS (callers fall back to their own wording of network errors).
 */
export function describeTlsFailure(
  error: unknown,
  service: ClusterService,
  where: string,
): string | undefined {
  const code = codeOf(error);
  if (code === undefined) return undefined;
  if (UNTRUSTED.has(code)) {
    return (
      `${service} at ${where} shows a certificate that Keel does not trust (${code}): add the CA that signed ` +
      "it as the cluster's CA bundle (a CA credential, PEM), or turn certificate verification off for this " +
      'cluster (audited, and shown as a warning)'
    );
  }
  if (code === 'ERR_TLS_CERT_ALTNAME_INVALID') {
    const names = altNames(error);
    return (
      `${service} at ${where} shows a certificate for other names${names ? ` (${names})` : ''}: reach it by a ` +
      'name or address its certificate lists, or reissue the certificate with this one as a subject ' +
      'alternative name'
    );
  }
  if (code === 'CERT_HAS_EXPIRED' || code === 'CERT_NOT_YET_VALID') {
    return `${service} at ${where} shows a certificate that is ${code === 'CERT_HAS_EXPIRED' ? 'expired' : 'not valid yet'}: renew it on the host (or check the clocks)`;
  }
  if (CLIENT_CERT_WANTED.has(code)) {
    return (
      `${service} at ${where} refused the TLS handshake: it wants a client certificate signed by a CA it ` +
      `trusts (${code}): set the cluster's client certificate and key`
    );
  }
  if (NOT_TLS.has(code)) {
    return `${service} at ${where} does not answer TLS (${code}): if it serves plain HTTP, write http:// instead of https://`;
  }
  if (code === 'ECONNRESET' && where.startsWith('http://')) {
    return `${service} at ${where} closed the connection: if it serves HTTPS, write https:// instead of http://`;
  }
  return undefined;
}

/**
 * Patroni refused a request for lack of (or with a wrong) login (401: restapi.authentication), or for
 * lack of a client certificate (403 "client certificate required": verify_client demands one on writes).
 */
export function describePatroniAuthRefusal(
  status: number,
  url: string,
  hadLogin: boolean,
  body = '',
): string | undefined {
  if (status === 403 && /client certificate/i.test(body)) {
    return `Patroni at ${url} demands a client certificate (${status}: restapi.verify_client is set): set the cluster's client certificate and key`;
  }
  if (status !== 401) return undefined;
  return hadLogin
    ? `Patroni at ${url} refused the cluster's REST login (${status}): check the username and password of Patroni's restapi.authentication and update the cluster's Patroni REST login`
    : `Patroni at ${url} demands a login (${status}: restapi.authentication is set): set the cluster's Patroni REST login (username and password)`;
}

/**
 * An etcd error from the etcd3 library (gRPC codes in its messages: "7 PERMISSION_DENIED: ...",
 * "3 INVALID_ARGUMENT: etcdserver: authentication failed ...", "etcdserver: user name is empty").
 */
export function describeEtcdFailure(
  error: unknown,
  context: { endpoints: string[]; prefix: string; username?: string },
): string | undefined {
  const message = errorMessage(error);
  const where = context.endpoints.join(', ');
  if (/PERMISSION_DENIED|permission denied/.test(message)) {
    return (
      `etcd at ${where} denies ${context.username ? `user ${context.username}` : 'Keel'} reading ${context.prefix} ` +
      `(permission denied): grant its role read on that prefix (etcdctl role grant-permission ROLE --prefix=true read ${context.prefix})` +
      (context.username ? '' : ", or set the cluster's etcd login")
    );
  }
  if (/authentication failed|invalid user ID or password/.test(message)) {
    return `etcd at ${where} refused the login of ${context.username ?? 'the cluster'} (authentication failed): check the cluster's etcd username and password`;
  }
  if (/user name is empty|UNAUTHENTICATED|invalid auth token/.test(message)) {
    return `etcd at ${where} has authentication on and Keel sent no login: set the cluster's etcd username and password`;
  }
  if (/authentication is not enabled/.test(message)) return undefined;
  return undefined;
}
