import type { EndpointProbe, EtcdMemberState, HaproxyBackendState, HistoryEntry } from '@keel/shared';
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
  clusterError: string | null;
  nodes: Map<string, NodeFact>;
  /** The leader key straight from the etcd watch: undefined until etcd has told us. */
  etcdLeader: string | null | undefined;
  etcdError: string | null;
  etcd: EtcdMemberState[];
  haproxyBackends: HaproxyBackendState[];
  haproxyError: string | null;
  readWrite: EndpointProbe | null;
  readOnly: EndpointProbe | null;
  history: HistoryEntry[];
  dynamicConfig: Record<string, unknown> | null;
  observedAt: string | null;
}

export function emptyFacts(): ClusterFacts {
  return {
    cluster: null,
    clusterError: null,
    nodes: new Map(),
    etcdLeader: undefined,
    etcdError: null,
    etcd: [],
    haproxyBackends: [],
    haproxyError: null,
    readWrite: null,
    readOnly: null,
    history: [],
    dynamicConfig: null,
    observedAt: null,
  };
}
