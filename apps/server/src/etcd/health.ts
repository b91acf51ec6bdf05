import type { EtcdMemberState } from '@keel/shared';
import { fetchFailure } from '../failure.js';

const timeoutMs = 1_500;

interface StatusResponse {
  header?: { member_id?: string };
  leader?: string;
}
interface MemberListResponse {
  members?: { ID?: string; name?: string; clientURLs?: string[] }[];
}

async function post<T>(endpoint: string, path: string): Promise<T> {
  const res = await fetch(new URL(path, endpoint), {
    method: 'POST',
    body: '{}',
    signal: AbortSignal.timeout(timeoutMs),
  });
  if (!res.ok) throw new Error(`etcd answered ${res.status} for ${path}`);
  return (await res.json()) as T;
}

const shared = new Map<string, { at: number; answer: Promise<EtcdMemberState[]> }>();
const shareForMs = 2_000;

/**
 * Many clusters often share one etcd: within a couple of seconds, every observer of the same endpoints
 * gets the same answer instead of asking again.
 */
export function readEtcdHealthShared(endpoints: string[], now: () => Date): Promise<EtcdMemberState[]> {
  const key = [...endpoints].sort().join(',');
  const cached = shared.get(key);
  if (cached && now().getTime() - cached.at < shareForMs) return cached.answer;
  const answer = readEtcdHealth(endpoints, now);
  shared.set(key, { at: now().getTime(), answer });
  return answer;
}

/**
 * etcd's own view of its members, through its HTTP gateway: each endpoint's /health and its status
 * (member id, leader id). Cheap enough to ask every few seconds, and needs no gRPC connection.
 */
export async function readEtcdHealth(endpoints: string[], now: () => Date): Promise<EtcdMemberState[]> {
  const names = new Map<string, string>();
  const list = await Promise.any(
    endpoints.map((ep) => post<MemberListResponse>(ep, '/v3/cluster/member/list')),
  ).catch(() => null);
  for (const m of list?.members ?? []) {
    for (const url of m.clientURLs ?? []) names.set(new URL(url).host, m.name ?? m.ID ?? url);
  }

  return Promise.all(
    endpoints.map(async (endpoint): Promise<EtcdMemberState> => {
      const name = names.get(new URL(endpoint).host) ?? new URL(endpoint).hostname;
      try {
        const [health, status] = await Promise.all([
          fetch(new URL('/health', endpoint), { signal: AbortSignal.timeout(timeoutMs) }).then(
            async (r) => (await r.json()) as { health?: string; reason?: string },
          ),
          post<StatusResponse>(endpoint, '/v3/maintenance/status'),
        ]);
        const healthy = health.health === 'true';
        return {
          name,
          endpoint,
          healthy,
          isLeader: status.leader !== undefined && status.leader === status.header?.member_id,
          error: healthy ? null : (health.reason ?? 'etcd reports itself unhealthy'),
          lastSeen: now().toISOString(),
        };
      } catch (error) {
        return {
          name,
          endpoint,
          healthy: false,
          isLeader: false,
          error: fetchFailure(error, timeoutMs),
          lastSeen: null,
        };
      }
    }),
  );
}
