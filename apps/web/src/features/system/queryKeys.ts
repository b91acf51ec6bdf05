/** Query keys for the system area; everything under `all` can be invalidated together. */
export const systemKeys = {
  all: ['system'] as const,
  health: () => [...systemKeys.all, 'health'] as const,
};
