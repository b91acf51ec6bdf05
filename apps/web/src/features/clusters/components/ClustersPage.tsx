import type { ClusterSummary } from '@keel/shared';
import { Link } from 'react-router';
import { formatAgo, formatDateTime } from '../../../lib/formatTime.js';
import { useNow } from '../../../lib/useNow.js';
import { buttonClassName } from '../../../ui/Button.js';
import { Card } from '../../../ui/Card.js';
import { EmptyState } from '../../../ui/EmptyState.js';
import { ErrorBanner } from '../../../ui/ErrorBanner.js';
import { DatabaseIcon, PlusIcon } from '../../../ui/icons.js';
import { Page, PageHeader } from '../../../ui/Page.js';
import { Skeleton } from '../../../ui/Spinner.js';
import { StatusPill } from '../../../ui/StatusPill.js';
import { Table, type Column } from '../../../ui/Table.js';
import { useHasRole } from '../../auth/hooks.js';
import { useClusters } from '../hooks.js';
import { sortReasons } from '../model.js';
import { MaintenanceBadge } from './MaintenanceBadge.js';
import './ClustersPage.css';

function ImportLink({ variant }: { variant: 'primary' | 'secondary' }) {
  // Changing the inventory is an admin's; others would only meet a refusal.
  if (!useHasRole('admin')) return null;
  return (
    <Link to="/clusters/import" className={buttonClassName({ variant })} data-testid="import-cluster">
      <PlusIcon size={14} />
      Import cluster
    </Link>
  );
}

export function ClustersPage() {
  const clusters = useClusters();
  const list = clusters.data?.clusters;
  return (
    <Page>
      <PageHeader
        title="Clusters"
        description="PostgreSQL clusters under Keel's care: Patroni, etcd and HAProxy."
        actions={list !== undefined && list.length > 0 && <ImportLink variant="primary" />}
      />
      {clusters.isError && (
        <ErrorBanner
          title={
            list ? 'Could not refresh the clusters; showing the last answer' : 'Could not load the clusters'
          }
          error={clusters.error}
          onRetry={() => void clusters.refetch()}
          retrying={clusters.isFetching}
        />
      )}
      {list === undefined ? (
        clusters.isPending && <LoadingTable />
      ) : list.length === 0 ? (
        // Deliberately no sample rows: an operator must never mistake placeholder data for a real cluster.
        <EmptyState
          data-testid="clusters-empty"
          icon={<DatabaseIcon size={20} />}
          title="No clusters yet"
          description="Import a running cluster by one of its Patroni REST URLs, or by its etcd endpoints and scope. Keel only watches it until you act."
          action={<ImportLink variant="primary" />}
        />
      ) : (
        <Card padding="none">
          <ClustersTable clusters={list} />
        </Card>
      )}
    </Page>
  );
}

const healthRank = { critical: 0, degraded: 1, unknown: 2, healthy: 3 } as const;

function ClustersTable({ clusters }: { clusters: ClusterSummary[] }) {
  const now = useNow();
  // Trouble first, then by name: the list is a triage view.
  const rows = [...clusters].sort(
    (a, b) => healthRank[a.health.level] - healthRank[b.health.level] || a.name.localeCompare(b.name),
  );
  const columns: Column<ClusterSummary>[] = [
    {
      id: 'name',
      header: 'Name',
      width: '18%',
      cell: (c) => (
        <span className="clusters__name-cell">
          <Link to={`/clusters/${c.id}`} className="clusters__name">
            {c.name}
          </Link>
          {c.paused && <MaintenanceBadge />}
        </span>
      ),
    },
    {
      id: 'health',
      header: 'Health',
      cell: (c) => {
        const reasons = c.health.reasons;
        const top = sortReasons(reasons)[0];
        const more = reasons.length - 1;
        return (
          <span className="clusters__health">
            <StatusPill health={c.health.level} />
            {top && c.health.level !== 'healthy' && (
              <span className="clusters__reason" title={reasons.map((r) => r.message).join('\n')}>
                {top.message}
                {more > 0 && <span className="clusters__more"> +{more} more</span>}
              </span>
            )}
          </span>
        );
      },
    },
    {
      id: 'leader',
      header: 'Leader',
      width: '12%',
      cell: (c) =>
        c.leader ? <span className="mono">{c.leader}</span> : <span className="clusters__none">none</span>,
    },
    { id: 'members', header: 'Members', numeric: true, width: 90, cell: (c) => c.memberCount },
    {
      id: 'scope',
      header: 'Scope',
      width: '14%',
      cell: (c) => <span className="mono muted">{c.scope}</span>,
    },
    {
      id: 'created',
      header: 'Imported',
      width: 110,
      cell: (c) => (
        <span className="muted" title={formatDateTime(c.createdAt)}>
          {formatAgo(c.createdAt, now)}
        </span>
      ),
    },
  ];
  return (
    <Table
      label="Clusters"
      columns={columns}
      rows={rows}
      rowKey={(c) => c.id}
      rowAttributes={(c) => ({
        'data-testid': `cluster-row-${c.name}`,
        'data-health': c.health.level,
        'data-paused': String(c.paused),
      })}
      data-testid="clusters-table"
    />
  );
}

function LoadingTable() {
  return (
    <Card padding="none">
      <div className="clusters__loading" aria-busy="true" aria-label="Loading clusters">
        {[0, 1, 2].map((i) => (
          <Skeleton key={i} height={14} width={`${70 - i * 12}%`} />
        ))}
      </div>
    </Card>
  );
}
