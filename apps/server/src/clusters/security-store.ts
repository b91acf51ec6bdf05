import { createPrivateKey, X509Certificate } from 'node:crypto';
import type { ClusterSecurityInput, ClusterSecurityView } from '@keel/shared';
import { KeelError } from '../errors.js';
import type { HttpLogin } from '../haproxy/basic-auth.js';
import type { EtcdAccess } from '../etcd/watch.js';
import type { TlsSettings } from '../net/tls-settings.js';
import type { PatroniConnection } from '../patroni/client.js';
import type { CredentialService } from '../security/credentials.js';

/** The credentials of a cluster's TLS and logins, by id, as the inventory keeps them. */
export interface SecurityIds {
  patroniCredentialId: string | null;
  etcdCredentialId: string | null;
  caCredentialId: string | null;
  clientCertCredentialId: string | null;
  tlsVerify: boolean;
}

export const noSecurity: SecurityIds = {
  patroniCredentialId: null,
  etcdCredentialId: null,
  caCredentialId: null,
  clientCertCredentialId: null,
  tlsVerify: true,
};

/** What the observer, the operations and the probe use: opened, never shown. */
export interface ClusterSecurity {
  /** The CA, client certificate and verification choice (no CA: the system's trusted CAs). */
  tls: TlsSettings;
  patroniLogin: HttpLogin | null;
  etcdLogin: HttpLogin | null;
}

/** A cluster without TLS settings or logins (plain HTTP, or the system's CAs). */
export const noClusterSecurity: ClusterSecurity = {
  tls: { verify: true },
  patroniLogin: null,
  etcdLogin: null,
};

/**
 * etcd access from a cluster's security: TLS only when it carries something (a CA, a client certificate,
 * verification off); whether it is used at all is the endpoints' scheme (`etcd3Options`).
 */
export function etcdAccessOf(security: ClusterSecurity): EtcdAccess {
  const { tls, etcdLogin } = security;
  return {
    ...(tls.ca || tls.cert || !tls.verify ? { tls } : {}),
    ...(etcdLogin ? { login: etcdLogin } : {}),
  };
}

/** How Keel reaches the cluster's Patroni: its TLS, and the REST login it sends on writes. */
export function patroniConnectionOf(security: ClusterSecurity): PatroniConnection {
  return { tls: security.tls, ...(security.patroniLogin ? { login: security.patroniLogin } : {}) };
}

/** Parses a PEM certificate (bundle: its first one) and answers it, or a 400 naming the field. */
function certificate(pem: string, field: string): X509Certificate {
  try {
    return new X509Certificate(pem);
  } catch (error) {
    throw new KeelError(
      'VALIDATION_FAILED',
      `${field} is not a PEM certificate Keel can read (${error instanceof Error ? error.message : String(error)})`,
    );
  }
}

/** Checks a client certificate and its key (that they belong together) and answers the fingerprint. */
function clientFingerprint(cert: string, key: string): string {
  const x509 = certificate(cert, 'security/clientCertificate/certificate');
  let privateKey;
  try {
    privateKey = createPrivateKey(key);
  } catch {
    throw new KeelError(
      'VALIDATION_FAILED',
      'security/clientCertificate/privateKey is not a PEM private key Keel can read (an encrypted key needs its passphrase removed)',
    );
  }
  if (!x509.checkPrivateKey(privateKey))
    throw new KeelError(
      'VALIDATION_FAILED',
      'security/clientCertificate: the private key does not belong to the certificate',
    );
  return `SHA256:${x509.fingerprint256}`;
}

/**
 * A cluster's TLS and logins in the credentials store: each given secret becomes the cluster's own
 * (inline) credential, sealed by CredentialService; what is read back for the API is names and
 * fingerprints only.
 */
export class ClusterSecurityStore {
  constructor(private readonly credentials: CredentialService) {}

  /**
   * Stores what `input` gives for cluster `name`, on top of `current`: absent keeps, null removes.
   * Answers the new ids and the ids that were replaced (to release once the cluster is saved).
   */
  async store(
    name: string,
    input: ClusterSecurityInput | undefined,
    current: SecurityIds = noSecurity,
  ): Promise<{ ids: SecurityIds; replaced: (string | null)[]; created: string[] }> {
    const ids = { ...current };
    const replaced: (string | null)[] = [];
    const created: string[] = [];
    if (!input) return { ids, replaced, created };
    // Check every certificate before sealing anything: a bad one stores nothing.
    const caFingerprint = input.caBundle
      ? `SHA256:${certificate(input.caBundle, 'security/caBundle').fingerprint256}`
      : null;
    const clientFp = input.clientCertificate
      ? clientFingerprint(input.clientCertificate.certificate, input.clientCertificate.privateKey)
      : null;
    const set = async (
      field: Exclude<keyof SecurityIds, 'tlsVerify'>,
      make: () => Promise<string> | null,
      given: unknown,
    ) => {
      if (given === undefined) return;
      replaced.push(ids[field]);
      const made = given === null ? null : await make();
      if (made) created.push(made);
      ids[field] = made;
    };
    await set(
      'patroniCredentialId',
      () =>
        input.patroniLogin
          ? this.credentials.createInline('http', `${name} Patroni REST login`, input.patroniLogin.username, {
              password: input.patroniLogin.password,
            })
          : null,
      input.patroniLogin,
    );
    await set(
      'etcdCredentialId',
      () =>
        input.etcdLogin
          ? this.credentials.createInline('http', `${name} etcd login`, input.etcdLogin.username, {
              password: input.etcdLogin.password,
            })
          : null,
      input.etcdLogin,
    );
    await set(
      'caCredentialId',
      () =>
        input.caBundle
          ? this.credentials.createInline(
              'tls',
              `${name} CA bundle`,
              null,
              { ca: input.caBundle },
              caFingerprint,
            )
          : null,
      input.caBundle,
    );
    await set(
      'clientCertCredentialId',
      () =>
        input.clientCertificate
          ? this.credentials.createInline(
              'tls',
              `${name} client certificate`,
              null,
              { cert: input.clientCertificate.certificate, key: input.clientCertificate.privateKey },
              clientFp,
            )
          : null,
      input.clientCertificate,
    );
    if (input.verifyCertificates !== undefined) ids.tlsVerify = input.verifyCertificates;
    return { ids, replaced, created };
  }

  /** Removes the cluster's own credentials that no cluster links any more. */
  async release(ids: (string | null)[]): Promise<void> {
    for (const id of ids) await this.credentials.releaseInline(id);
  }

  /** Opened, for the clients that talk to the cluster. */
  async open(ids: SecurityIds): Promise<ClusterSecurity> {
    const login = async (id: string | null): Promise<HttpLogin | null> => {
      const found = await this.credentials.login(id);
      return found && 'password' in found.secret
        ? { username: found.username, password: found.secret.password }
        : null;
    };
    const ca = await this.credentials.tls(ids.caCredentialId);
    const client = await this.credentials.tls(ids.clientCertCredentialId);
    return {
      tls: {
        ...(ca && 'ca' in ca ? { ca: ca.ca } : {}),
        ...(client && 'cert' in client ? { cert: client.cert, key: client.key } : {}),
        verify: ids.tlsVerify,
      },
      patroniLogin: await login(ids.patroniCredentialId),
      etcdLogin: await login(ids.etcdCredentialId),
    };
  }

  /** For the API: who Keel signs in as, which certificates it holds (fingerprints), whether it verifies. */
  async view(ids: SecurityIds): Promise<ClusterSecurityView> {
    return {
      patroniUsername: await this.credentials.username(ids.patroniCredentialId),
      etcdUsername: await this.credentials.username(ids.etcdCredentialId),
      caFingerprint: await this.credentials.fingerprint(ids.caCredentialId),
      clientCertificateFingerprint: await this.credentials.fingerprint(ids.clientCertCredentialId),
      verifyCertificates: ids.tlsVerify,
    };
  }
}
