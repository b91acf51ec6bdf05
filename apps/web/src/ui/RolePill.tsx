import { Badge, type Tone } from './Badge.js';

/** Presentation names for a member's role; the clusters feature maps Patroni's roles onto these. */
export type MemberRole = 'leader' | 'standby-leader' | 'sync' | 'quorum' | 'replica' | 'unknown';

const ROLES: Record<MemberRole, { tone: Tone; label: string; strong: boolean }> = {
  leader: { tone: 'leader', label: 'Leader', strong: true },
  'standby-leader': { tone: 'leader', label: 'Standby leader', strong: false },
  sync: { tone: 'info', label: 'Sync', strong: false },
  quorum: { tone: 'info', label: 'Quorum', strong: false },
  replica: { tone: 'neutral', label: 'Replica', strong: false },
  unknown: { tone: 'neutral', label: 'Unknown', strong: false },
};

export function RolePill({ role, title }: { role: MemberRole; title?: string }) {
  const { tone, label, strong } = ROLES[role];
  return (
    <Badge tone={tone} strong={strong} shape="tag" title={title}>
      {label}
    </Badge>
  );
}
