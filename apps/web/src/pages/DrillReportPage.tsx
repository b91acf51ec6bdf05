import { Link, useParams } from 'react-router';
import type { DrillReport } from '@keel/shared';
import { Button, buttonClassName } from '../ui/Button.js';
import { Card } from '../ui/Card.js';
import { EmptyState } from '../ui/EmptyState.js';
import { ErrorBanner } from '../ui/ErrorBanner.js';
import { CompassIcon, DownloadIcon } from '../ui/icons.js';
import { Page, PageHeader } from '../ui/Page.js';
import { Skeleton } from '../ui/Spinner.js';
import { JobPanel } from '../features/jobs/components/JobPanel.js';
import { DrillReportView } from '../features/drills/components/DrillReportView.js';
import { drillKindInfo } from '../features/drills/drillKinds.js';
import { useDrills } from '../features/drills/hooks.js';
import { useCluster } from '../features/clusters/hooks.js';
import './DrillReportPage.css';

/** One drill: `/clusters/:id/drills/:jobId`. Its report (printable, exportable as JSON) and its job. */
export function DrillReportPage() {
  const { id = '', jobId = '' } = useParams();
  const cluster = useCluster(id);
  const drills = useDrills(id);
  const drill = drills.data?.drills.find((d) => d.jobId === jobId);
  if (drills.data !== undefined && drill === undefined)
    return (
      <Page>
        <EmptyState
          data-testid="drill-not-found"
          icon={<CompassIcon size={20} />}
          title="No such drill"
          description="The link may be old, or the drill belongs to another cluster."
          action={
            <Link to={`/clusters/${id}`} className={buttonClassName({ variant: 'secondary' })}>
              Back to the cluster
            </Link>
          }
        />
      </Page>
    );
  const name = cluster.data?.name ?? 'cluster';
  return (
    <Page>
      <PageHeader
        title={drill ? `${drillKindInfo[drill.kind].label} drill on ${name}` : 'Drill'}
        description={drill ? `Requested by ${drill.requestedBy}; ${drill.result ?? 'running'}` : undefined}
        actions={
          drill?.report && (
            <div className="drill-page__actions">
              <Button
                icon={<DownloadIcon size={14} />}
                onClick={() => download(name, drill.jobId, drill.report!)}
              >
                Export JSON
              </Button>
              <Button onClick={() => window.print()}>Print</Button>
            </div>
          )
        }
      />
      {drills.isError && <ErrorBanner title="Could not load the drill" error={drills.error} />}
      {drill === undefined ? (
        <Skeleton height={240} />
      ) : drill.report ? (
        <Card title="Report">
          <DrillReportView report={drill.report} />
        </Card>
      ) : (
        <p>The report appears here when the drill ends; its steps run below.</p>
      )}
      <div className="drill-page__job">
        <JobPanel jobId={jobId} />
      </div>
    </Page>
  );
}

function download(cluster: string, jobId: string, report: DrillReport): void {
  const blob = new Blob([JSON.stringify({ cluster, jobId, ...report }, null, 2)], {
    type: 'application/json',
  });
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = `keel-drill-${cluster}-${report.faultAt.slice(0, 19).replaceAll(':', '')}.json`;
  link.click();
  URL.revokeObjectURL(link.href);
}
