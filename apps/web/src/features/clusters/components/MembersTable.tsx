import { failoverLagLimit, formatBytes, hasTag, type ClusterDetail, type MemberState } from '@keel/shared';
import { useState, type ReactNode } from 'react';
import { formatAgo, formatDateTime } from '../../../lib/formatTime.js';
import { useNow } from '../../../lib/useNow.js';
import { Badge } from '../../../ui/Badge.js';
import { Card } from '../../../ui/Card.js';
import { RolePill } from '../../../ui/RolePill.js';
import { Table, type Column } from '../../../ui/Table.js';
import { useLagHistory } from '../hooks.js';
import { memberStateTone, rolePill, shownRole } from '../model.js';
import { LagSparkline } from './LagSparkline.js';
import { MEMBER_DETAIL_ID, MemberDetail } from './MemberDetail.js';

/** Seen longer ago than this (a few polls missed) reads as stale. */
const STALE_MS = 10_000;

// Boolean Patroni tags that change how a member behaves; worth seeing next to its name.
const FLAG_TAGS = ['nofailover', 'noloadbalance', 'nosync', 'nostream'] as const;

interface MembersTableProps {
  cluster: ClusterDetail;
  /** Each row's operations, for those who may run them. */
  actions?: (member: MemberState) => ReactNode;
}

export function MembersTable({ cluster, actions }: MembersTableProps) {
  const now = useNow();
  const lag = useLagHistory(cluster.id);
  // Lag past the failover limit is worth a colour even before the health rule fires.
  const lagLimit = failoverLagLimit(cluster);
  const isLeader = (m: MemberState) => m.name === cluster.leader;
  // One member in detail at a time, below the table: readable at any width, unlike a row inside it.
  const [open, setOpen] = useState<string | null>(null);
  const opened = cluster.members.find((m) => m.name === open);

  const columns: Column<MemberState>[] = [
    {
      id: 'name',
      header: 'Member',
      cell: (m) => (
        <span className="members__name">
          <button
            type="button"
            className="members__toggle"
            aria-expanded={open === m.name}
            aria-controls={open === m.name ? MEMBER_DETAIL_ID : undefined}
            title={`${m.name}: replication, slots, tags and connection strings`}
            onClick={() => setOpen(open === m.name ? null : m.name)}
            data-testid={`member-toggle-${m.name}`}
          >
            <span className="members__chevron" aria-hidden="true">
              {open === m.name ? '▾' : '▸'}
            </span>
            <strong>{m.name}</strong>
          </button>
          {FLAG_TAGS.filter((tag) => hasTag(m, tag)).map((tag) => (
            <Badge key={tag} shape="tag">
              {tag}
            </Badge>
          ))}
        </span>
      ),
    },
    {
      id: 'role',
      header: 'Role',
      cell: (m) => {
        const role = shownRole(m, cluster.leader);
        const stale = role !== m.role ? `last known: ${m.role.replace('_', ' ')}` : undefined;
        return <RolePill role={rolePill(role)} title={stale} />;
      },
    },
    {
      id: 'state',
      header: 'State',
      cell: (m) => (
        <span title={m.error ?? undefined}>
          <Badge tone={memberStateTone(m)} dot>
            {m.reachable ? m.state : 'unreachable'}
          </Badge>
        </span>
      ),
    },
    {
      id: 'timeline',
      header: 'TL',
      numeric: true,
      cell: (m) => (
        <span className={m.timeline !== null && m.timeline !== cluster.timeline ? 'members__off' : undefined}>
          {m.timeline ?? '—'}
        </span>
      ),
    },
    {
      id: 'lag',
      header: 'Lag',
      numeric: true,
      cell: (m) =>
        isLeader(m) ? (
          <span className="muted">—</span>
        ) : m.reachable && m.lagBytes !== null ? (
          <span className={m.lagBytes > lagLimit ? 'members__off' : undefined}>
            {formatBytes(m.lagBytes)}
          </span>
        ) : (
          <span className="muted">unknown</span>
        ),
    },
    {
      id: 'trend',
      header: 'Lag, last 10 min',
      width: 140,
      cell: (m) =>
        isLeader(m) ? null : <LagSparkline samples={lag.data?.members[m.name]} warnAt={lagLimit} />,
    },
    {
      id: 'restart',
      header: 'Restart',
      cell: (m) =>
        m.pendingRestart ? (
          <Badge tone="warn" shape="tag">
            pending
          </Badge>
        ) : (
          <span className="muted">—</span>
        ),
    },
    {
      id: 'address',
      header: 'Address',
      cell: (m) => (
        <span className="mono muted" title={m.apiUrl}>
          {m.host}:{m.port}
        </span>
      ),
    },
    {
      id: 'version',
      header: 'Patroni',
      cell: (m) => <span className="mono muted">{m.patroniVersion ?? '—'}</span>,
    },
    {
      id: 'seen',
      header: 'Last seen',
      numeric: true,
      cell: (m) =>
        m.lastSeen === null ? (
          <span className="members__off">never</span>
        ) : (
          <span
            className={now - Date.parse(m.lastSeen) > STALE_MS ? 'members__off' : 'muted'}
            title={formatDateTime(m.lastSeen)}
          >
            {formatAgo(m.lastSeen, now)}
          </span>
        ),
    },
  ];
  if (actions) {
    columns.push({
      id: 'actions',
      header: <span className="visually-hidden">Operations</span>,
      width: 44,
      cell: (m) => <span className="members__actions">{actions(m)}</span>,
    });
  }

  const unreachable = cluster.members.filter((m) => !m.reachable);
  return (
    <Card
      title="Members"
      padding="none"
      actions={
        unreachable.length > 0 ? (
          <span className="members__alert">{unreachable.map((m) => m.name).join(', ')} unreachable</span>
        ) : (
          `${cluster.members.length} members`
        )
      }
    >
      {/* Wide on narrow screens: it scrolls sideways inside its card rather than widening the page. */}
      <div className="members__scroll">
        <Table
          label="Members"
          columns={columns}
          rows={[...cluster.members].sort((a, b) =>
            a.name.localeCompare(b.name, undefined, { numeric: true }),
          )}
          rowKey={(m) => m.name}
          rowAttributes={(m) => ({
            'data-testid': `member-row-${m.name}`,
            'data-role': shownRole(m, cluster.leader),
            'data-reachable': String(m.reachable),
          })}
          rowTone={(m) => (m.reachable ? undefined : 'critical')}
          data-testid="members-table"
        />
      </div>
      {opened !== undefined && (
        <MemberDetail cluster={cluster} member={opened} onClose={() => setOpen(null)} />
      )}
      {unreachable.some((m) => m.error) && (
        <ul className="members__errors">
          {unreachable.map((m) => (
            <li key={m.name}>
              <strong>{m.name}</strong> <span className="mono">{m.error}</span>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
