/** Query keys for API tokens; everything under `all` is refreshed after a change. */
export const tokenKeys = { all: ['tokens'] as const, list: () => [...tokenKeys.all, 'list'] as const };
