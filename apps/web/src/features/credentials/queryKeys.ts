/** Query keys for stored credentials: one list, refreshed after every change. */
export const credentialKeys = { all: ['credentials'] as const };
