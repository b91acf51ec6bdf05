import Type, { type Static } from 'typebox';

/**
 * Where a cluster's pgBackRest repository lives: a typed choice, not a path string, so that object
 * storage (pgBackRest's s3/gcs/azure repositories) can be added as further variants without changing
 * what is stored for a posix one. Only `posix` on a host reachable over SSH exists now.
 */
export const PosixRepository = Type.Object(
  {
    type: Type.Literal('posix'),
    /** The host holding the repository (not a database node: history must survive a failover). */
    host: Type.String({ minLength: 1, maxLength: 253, description: 'Repository host name or address' }),
    path: Type.String({
      pattern: '^/[A-Za-z0-9._/-]*$',
      maxLength: 200,
      description: 'Absolute directory on the repository host',
    }),
  },
  { additionalProperties: false },
);
export const BackupRepository = Type.Union([PosixRepository]);
export type BackupRepository = Static<typeof BackupRepository>;

/** How many backups pgBackRest keeps: N full backups, or full backups for N days. */
export const BackupRetention = Type.Object(
  {
    fullCount: Type.Optional(Type.Integer({ minimum: 1, maximum: 100 })),
    fullDays: Type.Optional(Type.Integer({ minimum: 1, maximum: 3650 })),
  },
  { additionalProperties: false },
);
export type BackupRetention = Static<typeof BackupRetention>;
