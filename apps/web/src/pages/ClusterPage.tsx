import type { ClusterDetail, Job } from '@keel/shared';
import { useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { ApiError } from '../api/ApiError.js';
import { useLiveFeedStatus } from '../api/liveFeedContext.js';
import { formatClock } from '../lib/formatTime.js';
import { buttonClassName } from '../ui/Button.js';
import { Card } from '../ui/Card.js';
import { EmptyState } from '../ui/EmptyState.js';
import { ErrorBanner } from '../ui/ErrorBanner.js';
import { CompassIcon, PauseIcon } from '../ui/icons.js';
import { Page } from '../ui/Page.js';
import { Skeleton } from '../ui/Spinner.js';
import { useHasRole } from '../features/auth/hooks.js';
import { JobPanel } from '../features/jobs/components/JobPanel.js';
import { RecentJobsCard } from '../features/jobs/components/RecentJobsCard.js';
import { useJobs } from '../features/jobs/hooks.js';
import { isActive } from '../features/jobs/model.js';
import { ClusterActions } from '../features/operations/components/ClusterActions.js';
import { ConfigEditorDialog } from '../features/operations/components/ConfigEditorDialog.js';
import { MemberActionsMenu } from '../features/operations/components/MemberActionsMenu.js';
import { OperationDialog } from '../features/operations/components/OperationDialog.js';
import type { Operation } from '../features/operations/operation.js';
import { useCluster } from '../features/clusters/hooks.js';
import { DrillDialog } from '../features/drills/components/DrillDialog.js';
import { DrillsCard } from '../features/drills/components/DrillsCard.js';
import { ActivityCard } from '../features/clusters/components/ActivityCard.js';
import { ClusterHeader } from '../features/clusters/components/ClusterHeader.js';
import { ClusterSummary } from '../features/clusters/components/ClusterSummary.js';
import { DynamicConfigCard } from '../features/clusters/components/DynamicConfigCard.js';
import { EtcdCard } from '../features/clusters/components/EtcdCard.js';
import { HaproxyCard } from '../features/clusters/components/HaproxyCard.js';
import { HealthReasons } from '../features/clusters/components/HealthReasons.js';
import { HistoryCard } from '../features/clusters/components/HistoryCard.js';
import { MembersTable } from '../features/clusters/components/MembersTable.js';
import { Topology } from '../features/clusters/components/Topology.js';
import { TlsUnverifiedBanner } from '../features/clusters/components/TlsUnverifiedBanner.js';
import { ViewInconsistentBanner } from '../features/clusters/components/ViewInconsistentBanner.js';
import '../features/clusters/components/ClusterPage.css';

export function ClusterPage() {
  const { id = '' } = useParams();
  const cluster = useCluster(id);

  if (cluster.data === undefined) {
    if (cluster.isPending) return <LoadingCluster />;
    if (cluster.error instanceof ApiError && cluster.error.statusCode === 404) return <ClusterGone />;
    return (
      <Page>
        <ErrorBanner
          title="Could not load this cluster"
          error={cluster.error}
          onRetry={() => void cluster.refetch()}
          retrying={cluster.isFetching}
        />
      </Page>
    );
  }
  const gone = cluster.error instanceof ApiError && cluster.error.statusCode === 404;
  if (gone) return <ClusterGone />;
  return <ClusterView cluster={cluster.data} refreshError={cluster.isError ? cluster.error : null} />;
}

const RECENT_JOBS = 10;

/**
 * Which job the page follows: the one in the address (`?job=`, set when this page started it or the
 * operator opened it), else the cluster's job under way unless the operator closed its panel.
 */
function useFollowedJob(activeJob: Job | undefined) {
  const [params, setParams] = useSearchParams();
  const [dismissed, setDismissed] = useState<string | null>(null);
  const followed = params.get('job');
  const shown = followed ?? (activeJob !== undefined && activeJob.id !== dismissed ? activeJob.id : null);
  const follow = (id: string) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        next.set('job', id);
        return next;
      },
      { replace: true },
    );
  const close = () => {
    setDismissed(shown);
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        next.delete('job');
        return next;
      },
      { replace: true },
    );
  };
  return { shown, follow, close };
}

function ClusterView({ cluster, refreshError }: { cluster: ClusterDetail; refreshError: unknown }) {
  const feed = useLiveFeedStatus();
  const canOperate = useHasRole('operator');
  const jobs = useJobs({ clusterId: cluster.id, limit: RECENT_JOBS });
  const activeJob = jobs.data?.jobs.find(isActive);
  const job = useFollowedJob(activeJob);
  const [operation, setOperation] = useState<Operation | null>(null);
  const [editingConfig, setEditingConfig] = useState(false);
  const [drilling, setDrilling] = useState(false);

  const started = (started: Job) => {
    setOperation(null);
    setEditingConfig(false);
    setDrilling(false);
    job.follow(started.id);
  };

  return (
    <Page>
      <ClusterHeader cluster={cluster} />
      {canOperate && (
        <ClusterActions
          cluster={cluster}
          activeJob={activeJob}
          onOperation={setOperation}
          onEditConfig={() => setEditingConfig(true)}
          onShowJob={job.follow}
        />
      )}
      {feed.state === 'reconnecting' && (
        <div className="cluster__stale" role="status" data-testid="cluster-stale">
          <strong>Live updates paused</strong> while Keel&apos;s live feed reconnects. What you see was
          observed at {cluster.observedAt ? formatClock(cluster.observedAt) : 'an unknown time'} and is
          refreshed once a minute until the feed is back.
        </div>
      )}
      {refreshError !== null && (
        <ErrorBanner title="Could not refresh this cluster; showing the last state" error={refreshError} />
      )}
      {cluster.paused && (
        <div className="cluster__paused" role="status" data-testid="cluster-paused">
          <PauseIcon size={18} />
          <div>
            <strong>Maintenance mode.</strong> Patroni is paused on this cluster: it will not fail over, and
            changes to members are not acted on until it is resumed.
          </div>
        </div>
      )}
      <TlsUnverifiedBanner cluster={cluster} />
      <ViewInconsistentBanner cluster={cluster} />
      <ClusterSummary cluster={cluster} />
      {job.shown !== null && <JobPanel key={job.shown} jobId={job.shown} onClose={job.close} linkToJob />}
      <HealthReasons health={cluster.health} />
      <div className="cluster__grid cluster__grid--topology">
        <Card title="Topology" className="cluster__topology-card">
          <Topology cluster={cluster} />
        </Card>
        <ActivityCard clusterId={cluster.id} />
      </div>
      <MembersTable
        cluster={cluster}
        actions={
          canOperate
            ? (member) => (
                <MemberActionsMenu
                  cluster={cluster}
                  member={member}
                  busy={activeJob !== undefined}
                  onOperation={setOperation}
                />
              )
            : undefined
        }
      />
      <RecentJobsCard clusterId={cluster.id} jobs={jobs} />
      <DrillsCard
        clusterId={cluster.id}
        onRun={canOperate ? () => setDrilling(true) : undefined}
        runDisabled={
          activeJob !== undefined
            ? `Wait for “${activeJob.summary}” to end, or cancel it`
            : cluster.health.level !== 'healthy'
              ? 'A drill needs a healthy cluster'
              : undefined
        }
      />
      <div className="cluster__grid">
        <HaproxyCard cluster={cluster} />
        <EtcdCard cluster={cluster} />
      </div>
      <div className="cluster__grid">
        <HistoryCard history={cluster.history} timeline={cluster.timeline} />
        <DynamicConfigCard
          config={cluster.dynamicConfig}
          onEdit={canOperate && activeJob === undefined ? () => setEditingConfig(true) : undefined}
        />
      </div>
      {operation !== null && (
        <OperationDialog
          cluster={cluster}
          operation={operation}
          onClose={() => setOperation(null)}
          onStarted={started}
        />
      )}
      {drilling && <DrillDialog cluster={cluster} onClose={() => setDrilling(false)} onStarted={started} />}
      {editingConfig && (
        <ConfigEditorDialog cluster={cluster} onClose={() => setEditingConfig(false)} onStarted={started} />
      )}
    </Page>
  );
}

function ClusterGone() {
  return (
    <Page>
      <EmptyState
        data-testid="cluster-not-found"
        icon={<CompassIcon size={20} />}
        title="This cluster is not in Keel"
        description="It was removed from Keel, or the link is old. The cluster itself is not affected by either."
        action={
          <Link to="/clusters" className={buttonClassName({ variant: 'secondary' })}>
            Go to clusters
          </Link>
        }
      />
    </Page>
  );
}

function LoadingCluster() {
  return (
    <Page>
      <div aria-busy="true" aria-label="Loading the cluster" className="cluster__loading">
        <Skeleton width={220} height={24} />
        <Skeleton height={64} />
        <div className="cluster__grid cluster__grid--topology">
          <Skeleton height={320} />
          <Skeleton height={320} />
        </div>
        <Skeleton height={160} />
      </div>
    </Page>
  );
}
