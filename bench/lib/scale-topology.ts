/** The clusters of the scale benchmark, shared by the benchmark and the Patroni stand-in. */
export interface BenchMember {
  name: string;
  /** Its own loopback address: every member of every cluster has one (all of 127.0.0.0/8 is loopback). */
  address: string;
  apiUrl: string;
}

export interface BenchCluster {
  scope: string;
  members: BenchMember[];
}

export const membersPerCluster = 3;

/** 127.0.1.1 ... 127.0.1.250, 127.0.2.1 ...: clear of 127.0.0.1, where etcd and Keel listen. */
function addressOf(k: number): string {
  return `127.0.${1 + Math.floor(k / 250)}.${1 + (k % 250)}`;
}

export function benchTopology(clusterCount: number, port: number): BenchCluster[] {
  return Array.from({ length: clusterCount }, (_, i) => ({
    scope: `bench-${String(i).padStart(3, '0')}`,
    members: Array.from({ length: membersPerCluster }, (_, j) => {
      const address = addressOf(i * membersPerCluster + j);
      return { name: `pg${j + 1}`, address, apiUrl: `http://${address}:${port}` };
    }),
  }));
}

/** Messages from the benchmark to the stand-in (over the child process's IPC channel). */
export type ToStandIn = { type: 'switch'; scope: string; leader: string } | { type: 'stats' };

/** Messages from the stand-in to the benchmark. */
export type FromStandIn =
  | { type: 'ready'; listening: number }
  | { type: 'switched'; scope: string; timeline: number }
  | { type: 'stats'; requests: number; byPath: Record<string, number> }
  | { type: 'failed'; message: string };
