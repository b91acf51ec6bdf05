import type { EtcdMemberState } from '@keel/shared';
import { errorMessage } from '../failure.js';
import { etcdGateway } from './gateway.js';
import type { EtcdAccess } from './watch.js';

const timeoutMs = 1_500;

interface StatusResponse {
  header?: { member_id?: string };
  leader?: string;
}
interface MemberListResponse {
  members?: { ID?: string; name?: string; clientURLs?: string[] }[];
}

const post = <T>(endpoint: string, path: string, access: EtcdAccess | undefined): Promise<T> =>
  etcdGateway<T>(endpoint, path, {}, access, timeoutMs);

const shared = new Map<string, { at: number; answer: Promise<EtcdMemberState[]> }>();
const shareForMs = 2_000;

/**
 * Many clusters often share one etcd: within a couple of seconds, every observer of the same endpoints
 * gets the same answer instead of asking again.
 */
export function readEtcdHealthShared(
  endpoints: string[],
  now: () => Date,
  access?: EtcdAccess,
): Promise<EtcdMemberState[]> {
  // Another user (or none) may see another answer: etcd's permissions belong to the signed-in user.
  const key = `${[...endpoints].sort().join(',')}|${access?.login?.username ?? ''}|${access?.tls ? 'tls' : ''}`;
  const cached = shared.get(key);
  if (cached && now().getTime() - cached.at < shareForMs) return cached.answer;
  const answer = readEtcdHealth(endpoints, now, access);
  shared.set(key, { at: now().getTime(), answer });
  return answer;
}

/**
 * etcd's own view of its members, through its HTTP gateway: each endpoint's /health and its status
 * (member id, leader id). Cheap enough to ask every few seconds, and needs no gRPC connection (but with
 * a client certificate: `grpc-reads.ts`).
 */
export async function readEtcdHealth(
  endpoints: string[],
  now: () => Date,
  access?: EtcdAccess,
): Promise<EtcdMemberState[]> {
  const names = new Map<string, string>();
  const list = await Promise.any(
    endpoints.map((ep) => post<MemberListResponse>(ep, '/v3/cluster/member/list', access)),
  ).catch(() => null);
  for (const m of list?.members ?? []) {
    for (const url of m.clientURLs ?? []) names.set(new URL(url).host, m.name ?? m.ID ?? url);
  }

  return Promise.all(
    endpoints.map(async (endpoint): Promise<EtcdMemberState> => {
      const name = names.get(new URL(endpoint).host) ?? new URL(endpoint).hostname;
      try {
        const [health, status] = await Promise.all([
          etcdGateway<{ health?: string; reason?: string }>(
            endpoint,
            '/health',
            undefined,
            access,
            timeoutMs,
            [200, 503],
          ),
          post<StatusResponse>(endpoint, '/v3/maintenance/status', access),
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
          error: errorMessage(error),
          lastSeen: null,
        };
      }
    }),
  );
}
