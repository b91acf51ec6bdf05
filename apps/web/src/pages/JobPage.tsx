import { Link, useParams } from 'react-router';
import { ApiError } from '../api/ApiError.js';
import { buttonClassName } from '../ui/Button.js';
import { EmptyState } from '../ui/EmptyState.js';
import { CompassIcon } from '../ui/icons.js';
import { Page, PageHeader } from '../ui/Page.js';
import { useCluster } from '../features/clusters/hooks.js';
import { useJob } from '../features/jobs/hooks.js';
import { jobKindLabel } from '../features/jobs/model.js';
import { JobPanel } from '../features/jobs/components/JobPanel.js';

/** One job, live: `/jobs/:id`. */
export function JobPage() {
  const { id = '' } = useParams();
  const job = useJob(id);
  if (job.error instanceof ApiError && job.error.statusCode === 404) {
    return (
      <Page>
        <EmptyState
          data-testid="job-not-found"
          icon={<CompassIcon size={20} />}
          title="No such job"
          description="The link may be old, or the address mistyped."
          action={
            <Link to="/jobs" className={buttonClassName({ variant: 'secondary' })}>
              Go to jobs
            </Link>
          }
        />
      </Page>
    );
  }
  const data = job.data;
  return (
    <Page>
      <PageHeader
        title={data ? jobKindLabel(data.kind) : 'Job'}
        description={data?.clusterId ? <ClusterLink id={data.clusterId} /> : undefined}
      />
      <JobPanel jobId={id} />
    </Page>
  );
}

function ClusterLink({ id }: { id: string }) {
  const cluster = useCluster(id);
  if (cluster.error instanceof ApiError && cluster.error.statusCode === 404) {
    return <span>on a cluster no longer in Keel</span>;
  }
  return (
    <span>
      on cluster <Link to={`/clusters/${id}`}>{cluster.data?.name ?? '…'}</Link>
    </span>
  );
}
