import { formatBytes, type ClusterDetail, type MemberState } from '@keel/shared';
import { portOf } from '../clusters/model.js';

/** What an operation's texts, checks and member menu read of a cluster. */
export type OperationCluster = Pick<
  ClusterDetail,
  'name' | 'leader' | 'members' | 'timeline' | 'paused' | 'haproxyEndpoints' | 'view'
>;

export interface OperationText {
  title: string;
  confirmLabel: string;
  tone: 'primary' | 'danger';
  /** What will happen, in order, and what clients notice: one sentence per paragraph. */
  effects: string[];
  /** Typed to confirm: the cluster's name for a forced failover, the member's for a reinitialize. */
  typeToConfirm?: string;
}

// The phrases the texts are made of, so every operation names the leader, timeline and ports alike.
export const leaderOf = (cluster: OperationCluster) => cluster.leader ?? 'the leader';
export const nextTimelineOf = (cluster: OperationCluster) =>
  cluster.timeline === null ? 'a new timeline' : `timeline ${cluster.timeline + 1}`;
export const writes = (cluster: OperationCluster) => {
  const port = portOf(cluster.haproxyEndpoints.readWrite);
  return port === null ? 'Writes through HAProxy' : `Writes through HAProxy :${port}`;
};
export const reads = (cluster: OperationCluster) => {
  const port = portOf(cluster.haproxyEndpoints.readOnly);
  return port === null ? 'the read pool' : `the read pool (:${port})`;
};
export const memberNamed = (cluster: OperationCluster, name: string | undefined) =>
  cluster.members.find((m) => m.name === name);
export const lagOf = (m: MemberState | undefined) =>
  m?.lagBytes === null || m?.lagBytes === undefined ? 'an unknown amount' : formatBytes(m.lagBytes);
export const list = (names: string[]) =>
  names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
