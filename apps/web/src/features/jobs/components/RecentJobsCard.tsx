import { Link } from 'react-router';
import { Card } from '../../../ui/Card.js';
import { ErrorBanner } from '../../../ui/ErrorBanner.js';
import { Skeleton } from '../../../ui/Spinner.js';
import type { useJobs } from '../hooks.js';
import { JobsTable } from './JobsTable.js';

/** The cluster's latest jobs; the list is the page's own query, shared with the actions bar. */
export function RecentJobsCard({ clusterId, jobs }: { clusterId: string; jobs: ReturnType<typeof useJobs> }) {
  const list = jobs.data?.jobs;
  return (
    <Card
      title="Recent jobs"
      padding="none"
      actions={<Link to={`/jobs?cluster=${clusterId}`}>All jobs of this cluster</Link>}
    >
      {jobs.isError && list === undefined ? (
        <div className="card__body--md">
          <ErrorBanner
            title="Could not load the jobs"
            error={jobs.error}
            onRetry={() => void jobs.refetch()}
          />
        </div>
      ) : list === undefined ? (
        <div className="jobs__loading" aria-busy="true" aria-label="Loading jobs">
          <Skeleton height={14} width="60%" />
          <Skeleton height={14} width="45%" />
        </div>
      ) : list.length === 0 ? (
        <p className="table-empty">
          No operations yet. Switchovers, restarts, reloads and configuration changes appear here with their
          steps.
        </p>
      ) : (
        <JobsTable jobs={list} showCluster={false} />
      )}
    </Card>
  );
}
