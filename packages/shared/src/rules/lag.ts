import type { ClusterState, MemberState } from '../clusters.js';

/** Patroni's own default for `maximum_lag_on_failover`: 1 MiB. */
export const defaultMaxLagBytes = 1024 * 1024;

/** A replica further behind than this is a health warning (REPLICA_LAGGING); well past Patroni's limit. */
export const lagWarningBytes = 16 * 1024 * 1024;

/**
 * The most a replica may lag and still be promoted: the cluster's `maximum_lag_on_failover` when its
 * dynamic configuration sets one, else Patroni's default. Patroni applies the same limit to candidates.
 */
export function failoverLagLimit(state: Pick<ClusterState, 'dynamicConfig'>): number {
  const configured = state.dynamicConfig?.maximum_lag_on_failover;
  return typeof configured === 'number' && Number.isFinite(configured) && configured >= 0
    ? configured
    : defaultMaxLagBytes;
}

/** A known lag past the health warning threshold. */
export const isLagging = (m: Pick<MemberState, 'lagBytes'>): boolean =>
  m.lagBytes !== null && m.lagBytes > lagWarningBytes;
