import Type, { type Static } from 'typebox';

/**
 * How Keel reaches a cluster's hosts over SSH (drills inject their faults this way; provisioning will
 * set it too): an SSH login from the credentials store, the port, and the host key decision. Each
 * member's host is the address Patroni advertises for it.
 */
export const HostAccessInput = Type.Object(
  {
    credentialId: Type.String({ format: 'uuid', description: 'An SSH login from /credentials' }),
    port: Type.Optional(Type.Integer({ minimum: 1, maximum: 65_535, description: 'Default 22' })),
    trustOnFirstUse: Type.Optional(
      Type.Boolean({
        description:
          "Default false: a host whose key Keel has not pinned is refused, naming the key's fingerprint. True: the key seen first is pinned; a changed key is always refused",
      }),
    ),
  },
  { additionalProperties: false },
);
export type HostAccessInput = Static<typeof HostAccessInput>;

export const HostAccessView = Type.Object({
  credentialId: Type.String({ format: 'uuid' }),
  credentialName: Type.String(),
  username: Type.Union([Type.String(), Type.Null()]),
  port: Type.Integer(),
  trustOnFirstUse: Type.Boolean(),
});
export type HostAccessView = Static<typeof HostAccessView>;
