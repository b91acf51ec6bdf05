// Every timing of the lab in one place. Short, so that failover tests run in seconds; the
// templates carry the production defaults in comments next to each value.
//
// Measured on this kind of machine (2 cores): with Patroni 4.0.7 a killed primary host is
// replaced in ~20 s, dominated by ttl; HAProxy notices the new primary ~0.5 s after it is
// promoted thanks to fastinter/downinter.

export const PATRONI_TIMINGS = {
  /** Leader key lifetime. Patroni 4 raises anything below 20 to 20. Production: 30. */
  ttl: 20,
  /** Seconds between HA loop runs. Production: 10. */
  loopWait: 2,
  /** DCS and PostgreSQL retry window. Production: 10. Keel keeps loop_wait + 2*retry_timeout <= ttl. */
  retryTimeout: 4,
  /** Bytes a replica may lag and still be promoted. Production: 1048576 (1 MiB). */
  maximumLagOnFailover: 1048576,
} as const;

export const ETCD_TIMINGS = {
  /** Production: 100 ms. */
  heartbeatIntervalMs: 50,
  /** Production: 1000 ms (about ten heartbeats). */
  electionTimeoutMs: 500,
} as const;

export const HAPROXY_TIMINGS = {
  /** Production: inter 3s fall 3 rise 2, no fastinter/downinter. */
  check: { inter: '1s', fall: 2, rise: 2, fastinter: '250ms', downinter: '250ms' },
  timeouts: { connect: '2s', client: '30m', server: '30m', check: '1s' },
} as const;

export const LAB_TIMEOUTS = {
  /** `pnpm lab up` gives up (and lists what is unhealthy) after this long. */
  healthyMs: 120_000,
  /** sshd refuses the very first connections right after it starts: poll this long. */
  sshMs: 20_000,
  /** Each health probe (HTTP or SQL) is cut off after this long. */
  probeMs: 1_500,
} as const;

if (PATRONI_TIMINGS.loopWait + 2 * PATRONI_TIMINGS.retryTimeout > PATRONI_TIMINGS.ttl) {
  throw new Error('timings.ts: loop_wait + 2 * retry_timeout must be <= ttl');
}
