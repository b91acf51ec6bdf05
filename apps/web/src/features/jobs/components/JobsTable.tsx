import type { Job } from '@keel/shared';
import { Link } from 'react-router';
import { formatAgo, formatDateTime } from '../../../lib/formatTime.js';
import { useNow } from '../../../lib/useNow.js';
import { Table, type Column } from '../../../ui/Table.js';
import { useClusters } from '../../clusters/hooks.js';
import { formatSeconds, jobSeconds } from '../model.js';
import { JobStatusPill } from './JobStatusPill.js';
import './JobsTable.css';

interface JobsTableProps {
  jobs: readonly Job[];
  /** Leaves out the cluster column, on a cluster's own page. */
  showCluster?: boolean;
  maxHeight?: number;
}

export function JobsTable({ jobs, showCluster = true, maxHeight }: JobsTableProps) {
  const now = useNow();
  const clusters = useClusters().data?.clusters;
  const clusterName = (id: string | null) => clusters?.find((c) => c.id === id)?.name;

  const columns: Column<Job>[] = [
    { id: 'status', header: 'Status', width: 120, cell: (j) => <JobStatusPill status={j.status} /> },
    {
      id: 'summary',
      header: 'Job',
      cell: (j) => (
        <Link to={`/jobs/${j.id}`} className="jobs__summary" title={j.result ?? undefined}>
          {j.summary}
        </Link>
      ),
    },
    ...(showCluster
      ? [
          {
            id: 'cluster',
            header: 'Cluster',
            width: '14%',
            cell: (j: Job) =>
              j.clusterId === null ? (
                <span className="muted">—</span>
              ) : (
                <Link to={`/clusters/${j.clusterId}`}>{clusterName(j.clusterId) ?? 'removed cluster'}</Link>
              ),
          },
        ]
      : []),
    { id: 'by', header: 'By', width: '12%', cell: (j) => j.requestedBy },
    {
      id: 'when',
      header: 'When',
      width: 150,
      cell: (j) =>
        j.status === 'queued' && j.scheduledAt !== null ? (
          <span title={formatDateTime(j.scheduledAt)}>at {formatDateTime(j.scheduledAt)}</span>
        ) : (
          <span className="muted" title={formatDateTime(j.createdAt)}>
            {formatAgo(j.createdAt, now)}
          </span>
        ),
    },
    {
      id: 'took',
      header: 'Took',
      numeric: true,
      width: 90,
      cell: (j) => {
        const seconds = jobSeconds(j, now);
        return seconds === null ? <span className="muted">—</span> : formatSeconds(seconds);
      },
    },
  ];
  return (
    <Table
      label="Jobs"
      columns={columns}
      rows={jobs}
      rowKey={(j) => j.id}
      maxHeight={maxHeight}
      rowAttributes={(j) => ({ 'data-testid': `job-row-${j.id}`, 'data-status': j.status })}
      rowTone={(j) => (j.status === 'failed' ? 'critical' : undefined)}
      data-testid="jobs-table"
    />
  );
}
