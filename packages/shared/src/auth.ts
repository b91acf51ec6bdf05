import Type, { type Static } from 'typebox';
import { Timestamp, Uuid } from './common.js';

/** viewer: read everything but secrets; operator: + operations; admin: + inventory, credentials, users, tokens. */
export const Role = Type.Enum(['viewer', 'operator', 'admin']);
export type Role = Static<typeof Role>;

const Username = Type.String({ minLength: 1, maxLength: 64, pattern: '^[A-Za-z0-9][A-Za-z0-9._@-]*$' });
/** Long passphrases beat complexity rules; 12 characters is the floor. */
const NewPassword = Type.String({ minLength: 12, maxLength: 1024, writeOnly: true });

export const LoginRequest = Type.Object(
  {
    username: Type.String({ minLength: 1, maxLength: 64 }),
    password: Type.String({ minLength: 1, maxLength: 1024, writeOnly: true }),
  },
  { additionalProperties: false },
);
export type LoginRequest = Static<typeof LoginRequest>;

export const Principal = Type.Object({
  id: Uuid,
  username: Type.String(),
  role: Role,
  via: Type.Enum(['session', 'token']),
  mustChangePassword: Type.Boolean(),
});
export type Principal = Static<typeof Principal>;

/** Who is signed in; `csrfToken` goes in the X-CSRF-Token header of every mutating request. */
export const SessionInfo = Type.Object({
  user: Principal,
  csrfToken: Type.Union([Type.String(), Type.Null()], { description: 'null for token (Bearer) callers' }),
  expiresAt: Type.Union([Timestamp, Type.Null()]),
});
export type SessionInfo = Static<typeof SessionInfo>;

export const ChangePasswordRequest = Type.Object(
  {
    currentPassword: Type.String({ minLength: 1, maxLength: 1024, writeOnly: true }),
    newPassword: NewPassword,
  },
  { additionalProperties: false },
);
export type ChangePasswordRequest = Static<typeof ChangePasswordRequest>;

export const User = Type.Object({
  id: Uuid,
  username: Type.String(),
  role: Role,
  disabled: Type.Boolean(),
  mustChangePassword: Type.Boolean(),
  activeSessions: Type.Integer(),
  createdAt: Timestamp,
});
export type User = Static<typeof User>;
export const UserList = Type.Object({ users: Type.Array(User) });
export type UserList = Static<typeof UserList>;

export const CreateUserRequest = Type.Object(
  {
    username: Username,
    password: NewPassword,
    role: Role,
    mustChangePassword: Type.Optional(
      Type.Boolean({ description: 'Default true: the password an admin sets is one-time' }),
    ),
  },
  { additionalProperties: false },
);
export type CreateUserRequest = Static<typeof CreateUserRequest>;

export const UpdateUserRequest = Type.Object(
  {
    role: Type.Optional(Role),
    password: Type.Optional(NewPassword),
    mustChangePassword: Type.Optional(
      Type.Boolean({
        description: 'With password: default true, the password an admin sets is one-time',
      }),
    ),
    disabled: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false, minProperties: 1 },
);
export type UpdateUserRequest = Static<typeof UpdateUserRequest>;

export const ApiTokenInfo = Type.Object({
  id: Uuid,
  name: Type.String(),
  role: Role,
  owner: Type.String(),
  createdAt: Timestamp,
  expiresAt: Type.Union([Timestamp, Type.Null()]),
  lastUsedAt: Type.Union([Timestamp, Type.Null()]),
  revokedAt: Type.Union([Timestamp, Type.Null()]),
});
export type ApiTokenInfo = Static<typeof ApiTokenInfo>;
export const ApiTokenList = Type.Object({ tokens: Type.Array(ApiTokenInfo) });
export type ApiTokenList = Static<typeof ApiTokenList>;

export const CreateTokenRequest = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: 100 }),
    role: Role,
    expiresAt: Type.Optional(Timestamp),
  },
  { additionalProperties: false },
);
export type CreateTokenRequest = Static<typeof CreateTokenRequest>;

/** The only time the token's secret is shown. */
export const CreatedToken = Type.Object({ ...ApiTokenInfo.properties, token: Type.String() });
export type CreatedToken = Static<typeof CreatedToken>;
