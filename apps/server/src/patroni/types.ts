/** The parts of Patroni's REST responses Keel reads (3.0 to 4.x). Everything is optional: versions differ. */
export interface PatroniClusterMember {
  name: string;
  role?: string;
  state?: string;
  api_url?: string;
  host?: string;
  port?: number;
  timeline?: number;
  lag?: number | string;
  pending_restart?: boolean;
  tags?: Record<string, unknown>;
}

export interface PatroniClusterResponse {
  members: PatroniClusterMember[];
  scope?: string;
  pause?: boolean;
  scheduled_switchover?: { at: string; from?: string; to?: string };
}

export interface PatroniNodeResponse {
  state?: string;
  role?: string;
  timeline?: number;
  /** When this member's PostgreSQL last started: a restart or a rebuild changes it. */
  postmaster_start_time?: string;
  pending_restart?: boolean;
  pause?: boolean;
  server_version?: number;
  patroni?: { version?: string; scope?: string; name?: string };
  xlog?: { location?: number; received_location?: number; replayed_location?: number };
}

/** One /history row: [timeline, lsn, reason, timestamp?, new_leader?] */
export type PatroniHistoryRow = [number, number, string, string?, string?];
