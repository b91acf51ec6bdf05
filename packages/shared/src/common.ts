import Type from 'typebox';

/** An ISO-8601 UTC timestamp. */
export const Timestamp = Type.String({ format: 'date-time', description: 'ISO-8601 timestamp, UTC' });

export const Uuid = Type.String({ format: 'uuid', description: 'Identifier' });

export const IdParams = Type.Object({ id: Uuid });
