import type { DrillEventName, DrillKind } from '@keel/shared';

/** What each drill does to the leader, in an operator's words. */
export const drillKindInfo: Record<DrillKind, { label: string; fault: string; overSsh: boolean }> = {
  'planned-switchover': {
    label: 'Planned switchover',
    fault: 'Patroni hands the leader role to the healthiest replica, as in maintenance.',
    overSsh: false,
  },
  'patroni-stopped': {
    label: 'Patroni stopped',
    fault:
      "Patroni is stopped on the leader's host (it stops PostgreSQL and gives up the leader key), then started again.",
    overSsh: true,
  },
  'postgres-killed': {
    label: 'PostgreSQL killed',
    fault: "The leader's postmaster is killed with SIGKILL; Patroni restarts it or fails over.",
    overSsh: true,
  },
  'host-lost': {
    label: 'Leader host lost',
    fault:
      "Every cluster process on the leader's host is killed at once and its network goes silent, as in a power cut; then it is brought back.",
    overSsh: true,
  },
  'network-isolated': {
    label: 'Leader isolated',
    fault:
      "The leader's traffic is dropped while it keeps running (only Keel's SSH session stays); then the network is restored.",
    overSsh: true,
  },
  frozen: {
    label: 'Leader frozen',
    fault:
      "Patroni, PostgreSQL and etcd on the leader's host are stopped with SIGSTOP, then resumed with SIGCONT.",
    overSsh: true,
  },
};

export const drillEventLabel: Record<DrillEventName, string> = {
  'fault-injected': 'Fault injected',
  'leader-lost': 'Leader key released or expired',
  'new-leader': 'New leader elected',
  promoted: 'Promoted',
  routed: 'HAProxy routes writes to it',
  'first-write': 'First successful write',
  'fault-undone': 'Fault undone',
  rejoined: 'Old leader back as a replica',
  healthy: 'Cluster healthy',
};

/** "1.2 s" for a duration in ms; "—" when unknown. */
export function seconds(ms: number | null | undefined): string {
  if (ms === null || ms === undefined) return '—';
  return `${(ms / 1000).toFixed(ms < 10_000 ? 2 : 1)} s`;
}
