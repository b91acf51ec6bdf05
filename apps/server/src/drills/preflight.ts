import { isStreamingReplica, type Check, type ClusterState } from '@keel/shared';

/** Replicas further behind than this would turn a drill into real data loss, so the drill is refused. */
export const drillLagLimitBytes = 1024 * 1024;

/**
 * What must hold before Keel breaks a leader on purpose: a healthy, unpaused cluster whose replicas all
 * stream close behind. (No other job on the cluster is the runner's busy lock; the role is the kind's access.)
 */
export function drillPreflight(state: ClusterState): Check[] {
  const replicas = state.members.filter((m) => m.name !== state.leader);
  const notStreaming = replicas.filter((m) => !isStreamingReplica(m));
  const lagging = replicas.filter((m) => (m.lagBytes ?? Infinity) > drillLagLimitBytes);
  return [
    {
      name: 'Cluster healthy',
      ok: state.health.level === 'healthy',
      detail: `health is ${state.health.level}`,
    },
    { name: 'Not paused', ok: !state.paused, detail: state.paused ? 'maintenance mode is on' : 'not paused' },
    {
      name: 'Replicas streaming',
      ok: replicas.length > 0 && notStreaming.length === 0,
      detail:
        replicas.length === 0
          ? 'no replica to fail over to'
          : notStreaming.length === 0
            ? `${replicas.length} streaming`
            : `not streaming: ${notStreaming.map((m) => m.name).join(', ')}`,
    },
    {
      name: 'Replica lag',
      ok: lagging.length === 0,
      detail:
        lagging.length === 0
          ? `every replica within ${drillLagLimitBytes} bytes`
          : `lagging: ${lagging.map((m) => `${m.name} ${m.lagBytes ?? 'unknown'}`).join(', ')}`,
    },
  ] as Check[];
}
