import type {
  EndpointProbe,
  EtcdMemberState,
  HaproxyBackendState,
  HistoryEntry,
  ReplicationView,
  WatchStatus,
} from '@keel/shared';
import type { PatroniClusterResponse, PatroniNodeResponse } from '../patroni/types.js';

/** One member's own answer to /patroni, or why there was none. */
export interface NodeFact {
  node: PatroniNodeResponse | null;
  error: string | null;
  lastSeen: string | null;
}

/** The raw facts an observer has gathered, each from its own source; ClusterState is derived from them. */
export interface ClusterFacts {
  /** /cluster as last read from any member (the DCS view). */
  cluster: PatroniClusterResponse | null;
  /** When the read that gave `cluster` was sent: a read sent before a watch event is older news. */
  clusterReadAt: string | null;
  clusterError: string | null;
  nodes: Map<string, NodeFact>;
  /** The leader key straight from the etcd watch: undefined until etcd has told us. */
  etcdLeader: string | null | undefined;
  /** When the watch last said so (or last proved it still holds, by a fresh read that agreed). */
  etcdLeaderAt: string | null;
  /** The leader key from the last fresh read that checks the watch. */
  etcdRead: { leader: string | null; at: string } | null;
  etcdError: string | null;
  watch: WatchStatus;
  /** For a cluster Keel knows no etcd of: where it looked, and an etcd found holding it in the v2 API. */
  dcsSearch: { tried: string[]; v2Endpoint: string | null } | null;
  /** Since when (ms) the sources have disagreed about the leader; null while they agree. */
  disagreeSince: number | null;
  etcd: EtcdMemberState[];
  haproxyBackends: HaproxyBackendState[];
  haproxyError: string | null;
  readWrite: EndpointProbe | null;
  readOnly: EndpointProbe | null;
  /** The leader's pg_stat_replication and slots, through the read-write endpoint. */
  replication: ReplicationView | null;
  history: HistoryEntry[];
  dynamicConfig: Record<string, unknown> | null;
  observedAt: string | null;
}

export function emptyFacts(): ClusterFacts {
  return {
    cluster: null,
    clusterReadAt: null,
    clusterError: null,
    nodes: new Map(),
    etcdLeader: undefined,
    etcdLeaderAt: null,
    etcdRead: null,
    etcdError: null,
    watch: { status: 'off', lastEventAt: null, restarts: 0, lastRestart: null },
    dcsSearch: null,
    disagreeSince: null,
    etcd: [],
    haproxyBackends: [],
    haproxyError: null,
    readWrite: null,
    readOnly: null,
    replication: null,
    history: [],
    dynamicConfig: null,
    observedAt: null,
  };
}
