/** How often an observer asks each source. Patroni's own loop_wait defaults to 10 s; etcd watches push. */
export interface ObserverTimings {
  /** Each member's /patroni, and /cluster from one member. */
  patroniMs: number;
  etcdHealthMs: number;
  haproxyMs: number;
  /** The SQL probe through HAProxy opens a connection each time: keep it gentle. */
  probeMs: number;
  /** /history and /config also refresh on their etcd keys changing; this is the fallback. */
  slowMs: number;
  /** A cluster.status refresh even without change, so clients see fresh `lastSeen` times. */
  refreshEventMs: number;
  /** Retry a failed etcd watch after this long. */
  watchRetryMs: number;
  /** Check the etcd watch against a fresh read this often (Patroni's members write every loop_wait). */
  watchCheckMs: number;
}

export const defaultTimings: ObserverTimings = {
  patroniMs: 2_000,
  etcdHealthMs: 5_000,
  haproxyMs: 2_000,
  probeMs: 3_000,
  slowMs: 30_000,
  refreshEventMs: 5_000,
  watchRetryMs: 3_000,
  watchCheckMs: 5_000,
};
