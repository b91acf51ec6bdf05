/** Query keys for users; everything under `all` is refreshed after a change. */
export const userKeys = { all: ['users'] as const, list: () => [...userKeys.all, 'list'] as const };
