import Type, { type Static } from 'typebox';
import { Timestamp, Uuid } from './common.js';

/**
 * `http`: a basic-auth login Keel keeps for a cluster (its HAProxy stats page, Patroni's REST API, etcd);
 * `tls`: a cluster's CA bundle or client certificate and key (fingerprint: the certificate's SHA-256).
 */
export const CredentialKind = Type.Enum(['database', 'ssh', 'http', 'tls']);
export type CredentialKind = Static<typeof CredentialKind>;

/** What Keel shows of a credential: never the secret. */
export const CredentialInfo = Type.Object({
  id: Uuid,
  kind: CredentialKind,
  name: Type.String(),
  username: Type.Union([Type.String(), Type.Null()]),
  fingerprint: Type.Union([Type.String(), Type.Null()], {
    description: "SSH public key fingerprint, or a TLS certificate's SHA-256",
  }),
  usedBy: Type.Array(Type.String(), { description: 'Names of the clusters that use it' }),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type CredentialInfo = Static<typeof CredentialInfo>;
export const CredentialList = Type.Object({ credentials: Type.Array(CredentialInfo) });
export type CredentialList = Static<typeof CredentialList>;

const Name = Type.String({ minLength: 1, maxLength: 100 });
const Secret = (max: number) => Type.String({ minLength: 1, maxLength: max, writeOnly: true });

export const CreateDatabaseCredential = Type.Object(
  {
    kind: Type.Literal('database'),
    name: Name,
    username: Type.String({ minLength: 1, maxLength: 63 }),
    password: Secret(1000),
  },
  { additionalProperties: false, title: 'CreateDatabaseCredential' },
);
export const CreateSshCredential = Type.Object(
  {
    kind: Type.Literal('ssh'),
    name: Name,
    username: Type.Optional(Type.String({ minLength: 1, maxLength: 64, description: 'Default: root' })),
    privateKey: Type.Optional(Secret(20_000)),
    passphrase: Type.Optional(Secret(1000)),
    password: Type.Optional({ ...Secret(1000), description: 'Log in with a password instead of privateKey' }),
    sudoPassword: Type.Optional({
      ...Secret(1000),
      description: "The user's password for sudo, when the user is not root and sudo asks for one",
    }),
  },
  {
    additionalProperties: false,
    title: 'CreateSshCredential',
    description: 'An SSH login: privateKey (with its passphrase, if any) or password',
  },
);
export const CreateCredentialRequest = Type.Union([CreateDatabaseCredential, CreateSshCredential]);
export type CreateCredentialRequest = Static<typeof CreateCredentialRequest>;

export const UpdateCredentialRequest = Type.Object(
  {
    name: Type.Optional(Name),
    username: Type.Optional(Type.String({ minLength: 1, maxLength: 64 })),
    password: Type.Optional(Secret(1000)),
    privateKey: Type.Optional(Secret(20_000)),
    passphrase: Type.Optional(Secret(1000)),
    sudoPassword: Type.Optional(Secret(1000)),
  },
  { additionalProperties: false, minProperties: 1 },
);
export type UpdateCredentialRequest = Static<typeof UpdateCredentialRequest>;
