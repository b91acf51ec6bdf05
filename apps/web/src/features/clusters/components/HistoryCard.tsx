import type { HistoryEntry } from '@keel/shared';
import { formatLsn } from '../../../lib/formatLsn.js';
import { formatAgo, formatDateTime } from '../../../lib/formatTime.js';
import { useNow } from '../../../lib/useNow.js';
import { Card } from '../../../ui/Card.js';
import { Table, type Column } from '../../../ui/Table.js';

const SHOWN = 10;

/** Patroni's timeline history: each row is a switchover or failover that promoted a new leader. */
export function HistoryCard({ history, timeline }: { history: HistoryEntry[]; timeline: number | null }) {
  const now = useNow();
  const columns: Column<HistoryEntry>[] = [
    // The entry for timeline N ends it: the new leader starts timeline N + 1.
    {
      id: 'timeline',
      header: 'Timeline',
      numeric: true,
      width: 80,
      cell: (h) => `${h.timeline} → ${h.timeline + 1}`,
    },
    {
      id: 'leader',
      header: 'New leader',
      cell: (h) =>
        h.newLeader ? <strong className="mono">{h.newLeader}</strong> : <span className="muted">—</span>,
    },
    {
      id: 'reason',
      header: 'Reason',
      cell: (h) => (
        <span className="history__reason" title={h.reason}>
          {h.reason}
        </span>
      ),
    },
    {
      id: 'when',
      header: 'When',
      numeric: true,
      cell: (h) =>
        h.at ? (
          <span title={formatDateTime(h.at)}>{formatAgo(h.at, now)}</span>
        ) : (
          <span className="muted">—</span>
        ),
    },
    {
      id: 'lsn',
      header: 'LSN',
      numeric: true,
      cell: (h) => <span className="muted">{formatLsn(h.lsn)}</span>,
    },
  ];
  return (
    <Card
      title="Failovers and switchovers"
      padding="none"
      actions={history.length > SHOWN ? `latest ${SHOWN} of ${history.length}` : undefined}
    >
      {history.length === 0 ? (
        <p className="table-empty">
          None yet: the cluster has kept its first leader{timeline !== null ? ` (timeline ${timeline})` : ''}.
        </p>
      ) : (
        <Table
          label="Failovers and switchovers"
          columns={columns}
          rows={history.slice(0, SHOWN)}
          rowKey={(h) => String(h.timeline)}
          data-testid="history-table"
        />
      )}
    </Card>
  );
}
