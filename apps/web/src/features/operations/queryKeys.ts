/** Query keys for what operations ask before they start; a pre-check's key holds its cluster and candidate. */
export const operationKeys = {
  all: ['operations'] as const,
  switchoverPrecheck: (clusterId: string, candidate: string | undefined) =>
    [...operationKeys.all, clusterId, 'switchover-precheck', candidate ?? null] as const,
};
