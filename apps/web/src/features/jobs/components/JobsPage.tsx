import type { JobStatus } from '@keel/shared';
import { useSearchParams } from 'react-router';
import { Card } from '../../../ui/Card.js';
import { EmptyState } from '../../../ui/EmptyState.js';
import { ErrorBanner } from '../../../ui/ErrorBanner.js';
import { SegmentedChoice, SelectField } from '../../../ui/Field.js';
import { ListIcon } from '../../../ui/icons.js';
import { Page, PageHeader } from '../../../ui/Page.js';
import { Skeleton } from '../../../ui/Spinner.js';
import { useClusters } from '../../clusters/hooks.js';
import type { JobFilter } from '../api.js';
import { useJobs } from '../hooks.js';
import { JOB_STATUSES, jobStatusLabel } from '../model.js';
import { JobsTable } from './JobsTable.js';

type StatusChoice = JobStatus | 'all';
const STATUS_OPTIONS = [
  { value: 'all' as const, label: 'All' },
  ...JOB_STATUSES.map((status) => ({ value: status, label: jobStatusLabel(status) })),
];
const PAGE_SIZE = 100;

const isStatus = (value: string | null): value is JobStatus =>
  value !== null && (JOB_STATUSES as readonly string[]).includes(value);

/** Every cluster's jobs, newest first; the filters live in the address so a view can be shared. */
export function JobsPage() {
  const [params, setParams] = useSearchParams();
  const statusParam = params.get('status');
  const status: StatusChoice = isStatus(statusParam) ? statusParam : 'all';
  const clusterId = params.get('cluster') ?? '';
  const filter: JobFilter = {
    ...(status !== 'all' && { status }),
    ...(clusterId !== '' && { clusterId }),
    limit: PAGE_SIZE,
  };
  const jobs = useJobs(filter);
  const clusters = useClusters().data?.clusters ?? [];
  const list = jobs.data?.jobs;

  const setParam = (name: string, value: string) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (value === '' || value === 'all') next.delete(name);
        else next.set(name, value);
        return next;
      },
      { replace: true },
    );

  return (
    <Page>
      <PageHeader
        title="Jobs"
        description="Operations on every cluster: what was asked, by whom, each step and how it ended."
      />
      <div className="jobs__filters">
        <SegmentedChoice
          legend="Status"
          name="status"
          value={status}
          options={STATUS_OPTIONS}
          onChange={(value) => setParam('status', value)}
        />
        <SelectField label="Cluster" value={clusterId} onChange={(e) => setParam('cluster', e.target.value)}>
          <option value="">All clusters</option>
          {clusters.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </SelectField>
      </div>
      {jobs.isError && (
        <ErrorBanner
          title={list ? 'Could not refresh the jobs; showing the last answer' : 'Could not load the jobs'}
          error={jobs.error}
          onRetry={() => void jobs.refetch()}
          retrying={jobs.isFetching}
        />
      )}
      {list === undefined ? (
        jobs.isPending && (
          <Card padding="none">
            <div className="jobs__loading" aria-busy="true" aria-label="Loading jobs">
              {[0, 1, 2].map((i) => (
                <Skeleton key={i} height={14} width={`${70 - i * 12}%`} />
              ))}
            </div>
          </Card>
        )
      ) : list.length === 0 ? (
        <EmptyState
          data-testid="jobs-empty"
          icon={<ListIcon size={20} />}
          title={status === 'all' && clusterId === '' ? 'No jobs yet' : 'No jobs match'}
          description={
            status === 'all' && clusterId === ''
              ? 'Switchovers, restarts, reloads and configuration changes started from a cluster’s page appear here.'
              : 'Try another status or cluster.'
          }
        />
      ) : (
        <Card
          padding="none"
          title={`${list.length === PAGE_SIZE ? `Latest ${PAGE_SIZE}` : list.length} job${list.length === 1 ? '' : 's'}`}
        >
          <JobsTable jobs={list} />
        </Card>
      )}
    </Page>
  );
}
