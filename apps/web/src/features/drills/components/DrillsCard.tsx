import { Link } from 'react-router';
import type { DrillKind, DrillSummary } from '@keel/shared';
import './DrillsCard.css';
import { formatDateTime } from '../../../lib/formatTime.js';
import { Button } from '../../../ui/Button.js';
import { Card } from '../../../ui/Card.js';
import { ErrorBanner } from '../../../ui/ErrorBanner.js';
import { WarningIcon } from '../../../ui/icons.js';
import { Skeleton } from '../../../ui/Spinner.js';
import { Table } from '../../../ui/Table.js';
import { JobStatusPill } from '../../jobs/components/JobStatusPill.js';
import { drillKindInfo, seconds } from '../drillKinds.js';
import { useDrills, useRemoveSchedule, useSchedules } from '../hooks.js';

interface DrillsCardProps {
  clusterId: string;
  /** For operators: opens the drill dialog; the reason it is disabled, if it is. */
  onRun?: (() => void) | undefined;
  runDisabled?: string | undefined;
}

/** The cluster's drills, newest first: the trend of write downtime and loss, each linked to its report. */
export function DrillsCard({ clusterId, onRun, runDisabled }: DrillsCardProps) {
  const drills = useDrills(clusterId);
  const schedules = useSchedules(clusterId).data?.schedules ?? [];
  const remove = useRemoveSchedule(clusterId);
  const list = drills.data?.drills;
  return (
    <Card
      title="Failover drills"
      padding="none"
      actions={
        onRun && (
          <Button
            variant="danger"
            icon={<WarningIcon size={14} />}
            onClick={onRun}
            disabled={runDisabled !== undefined}
            title={runDisabled}
            data-testid="action-drill"
          >
            Run a drill…
          </Button>
        )
      }
    >
      {schedules.length > 0 && (
        <ul className="drills__schedules" data-testid="drill-schedules">
          {schedules.map((s) => (
            <li key={s.id}>
              <span>
                Every <code>{s.cron}</code> (UTC):{' '}
                {drillKindInfo[(s.params.kind as DrillKind) ?? 'planned-switchover'].label}
                {s.nextRunAt ? `, next ${formatDateTime(s.nextRunAt)}` : ', off'}
                {s.lastError ? ` — last run refused: ${s.lastError}` : ''}
              </span>
              {onRun && (
                <Button variant="ghost" onClick={() => remove.mutate(s.id)} disabled={remove.isPending}>
                  Remove
                </Button>
              )}
            </li>
          ))}
        </ul>
      )}
      {drills.isError && list === undefined ? (
        <div className="card__body--md">
          <ErrorBanner
            title="Could not load the drills"
            error={drills.error}
            onRetry={() => void drills.refetch()}
          />
        </div>
      ) : list === undefined ? (
        <div className="jobs__loading" aria-busy="true" aria-label="Loading drills">
          <Skeleton height={14} width="60%" />
        </div>
      ) : list.length === 0 ? (
        <p className="table-empty">
          No drill yet. A drill breaks the leader on purpose and measures, as clients see it, how long writes
          were down and whether any acknowledged write was lost.
        </p>
      ) : (
        <Table
          label="Failover drills"
          rows={list}
          rowKey={(d) => d.jobId}
          data-testid="drills-table"
          columns={[
            {
              id: 'when',
              header: 'When',
              cell: (d) => (
                <Link to={`/clusters/${clusterId}/drills/${d.jobId}`}>{formatDateTime(d.createdAt)}</Link>
              ),
            },
            { id: 'kind', header: 'Fault', cell: (d) => drillKindInfo[d.kind].label },
            { id: 'status', header: 'Status', cell: (d) => <JobStatusPill status={d.status} /> },
            {
              id: 'down',
              header: 'Write downtime',
              cell: (d) => seconds(d.report?.writeDowntimeMs),
              numeric: true,
            },
            { id: 'bound', header: 'Bound', cell: (d) => seconds(d.report?.bound.ms), numeric: true },
            { id: 'lost', header: 'Lost writes', cell: (d) => lostText(d), numeric: true },
          ]}
        />
      )}
    </Card>
  );
}

const lostText = (d: DrillSummary): string => (d.report ? String(d.report.writes.lost) : '—');
