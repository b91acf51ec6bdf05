import Type, { type Static } from 'typebox';

/** A PEM block's first line: the form checks it, the server parses the whole bundle. */
export const PEM_CERTIFICATE_PATTERN = '-----BEGIN CERTIFICATE-----';

const Pem = (description: string) =>
  Type.String({ minLength: 1, maxLength: 65_536, pattern: PEM_CERTIFICATE_PATTERN, description });

/** A basic-auth style login (Patroni's `restapi.authentication`, an etcd user). */
export const ServiceLogin = Type.Object(
  {
    username: Type.String({ minLength: 1, maxLength: 128 }),
    password: Type.String({ minLength: 1, maxLength: 1000, writeOnly: true }),
  },
  { additionalProperties: false },
);
export type ServiceLogin = Static<typeof ServiceLogin>;

/** The client certificate Keel shows (Patroni's `verify_client`, etcd's client-cert auth). */
export const ClientCertificate = Type.Object(
  {
    certificate: Pem('PEM client certificate (chain)'),
    privateKey: Type.String({
      minLength: 1,
      maxLength: 65_536,
      pattern: '-----BEGIN [A-Z ]*PRIVATE KEY-----',
      writeOnly: true,
      description: 'PEM private key of the client certificate (not encrypted)',
    }),
  },
  { additionalProperties: false },
);
export type ClientCertificate = Static<typeof ClientCertificate>;

/**
 * How Keel talks to a hardened cluster: logins for Patroni's REST API and etcd, the CA bundle that
 * signed Patroni's, etcd's and PostgreSQL's certificates, a client certificate, and whether Keel checks
 * certificates (yes unless turned off on purpose). Every secret is sealed in the credentials store.
 * On update: an absent field keeps what Keel holds, null removes it.
 */
export const ClusterSecurityInput = Type.Object(
  {
    patroniLogin: Type.Optional(Type.Union([ServiceLogin, Type.Null()])),
    etcdLogin: Type.Optional(Type.Union([ServiceLogin, Type.Null()])),
    caBundle: Type.Optional(
      Type.Union([Pem("PEM CA certificate(s) that signed the cluster's certificates"), Type.Null()]),
    ),
    clientCertificate: Type.Optional(Type.Union([ClientCertificate, Type.Null()])),
    verifyCertificates: Type.Optional(
      Type.Boolean({
        description:
          'Default true. False is an explicit choice: audited, and shown as a warning on the cluster page',
      }),
    ),
  },
  { additionalProperties: false },
);
export type ClusterSecurityInput = Static<typeof ClusterSecurityInput>;

/** What Keel shows of a cluster's TLS and logins: names and fingerprints, never a secret. */
export const ClusterSecurityView = Type.Object({
  patroniUsername: Type.Union([Type.String(), Type.Null()]),
  etcdUsername: Type.Union([Type.String(), Type.Null()]),
  caFingerprint: Type.Union([Type.String(), Type.Null()], {
    description: 'SHA-256 fingerprint of the first CA certificate in the bundle',
  }),
  clientCertificateFingerprint: Type.Union([Type.String(), Type.Null()]),
  verifyCertificates: Type.Boolean(),
});
export type ClusterSecurityView = Static<typeof ClusterSecurityView>;
