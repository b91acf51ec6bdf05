import { useState } from 'react';
import { DrillKind as DrillKindSchema, type ClusterDetail, type DrillKind, type Job } from '@keel/shared';
import { ConfirmDialog } from '../../../ui/ConfirmDialog.js';
import { ErrorBanner } from '../../../ui/ErrorBanner.js';
import { SegmentedChoice, TextField } from '../../../ui/Field.js';
import { drillKindInfo } from '../drillKinds.js';
import { useScheduleDrill, useStartDrill } from '../hooks.js';
import './DrillDialog.css';

const kinds = DrillKindSchema.enum as readonly DrillKind[];

/**
 * Choose a fault and confirm it: the dialog names the cluster, the leader it breaks and what happens.
 * Faults that go over SSH are offered only when Keel can reach the hosts.
 */
export function DrillDialog({
  cluster,
  onClose,
  onStarted,
}: {
  cluster: ClusterDetail;
  onClose: () => void;
  onStarted: (job: Job) => void;
}) {
  const [kind, setKind] = useState<DrillKind>('planned-switchover');
  const [when, setWhen] = useState<'now' | 'schedule'>('now');
  const [cron, setCron] = useState('0 3 1 * *');
  const start = useStartDrill(cluster.id);
  const schedule = useScheduleDrill(cluster.id);
  const info = drillKindInfo[kind];
  const leader = cluster.leader ?? 'the leader';
  const failed = when === 'now' ? start : schedule;
  return (
    <ConfirmDialog
      open
      title={`Failover drill on ${cluster.name}`}
      confirmLabel={
        when === 'now'
          ? `Break ${leader}: ${info.label.toLowerCase()}`
          : `Schedule: ${info.label.toLowerCase()}`
      }
      tone="danger"
      size="lg"
      busy={start.isPending || schedule.isPending}
      confirmDisabled={when === 'schedule' && cron.trim() === ''}
      onCancel={onClose}
      onConfirm={() =>
        when === 'now'
          ? start.mutate(kind, { onSuccess: onStarted })
          : schedule.mutate({ kind, cron: cron.trim() }, { onSuccess: onClose })
      }
      footer={
        failed.isError && (
          <ErrorBanner
            title={when === 'now' ? 'The drill was not started' : 'The schedule was not saved'}
            error={failed.error}
          />
        )
      }
      data-testid="drill-dialog"
    >
      <p>
        Keel breaks <strong>{leader}</strong> on purpose, writes and reads through HAProxy the whole time,
        measures how long clients could not write and whether any acknowledged write was lost, then brings the
        cluster back to health and keeps the report.
      </p>
      <fieldset className="drill-kinds">
        <legend className="field__label">Fault</legend>
        {kinds.map((k) => {
          const unreachable = drillKindInfo[k].overSsh && cluster.hostAccess === null;
          return (
            <label key={k} className="drill-kinds__option" data-disabled={unreachable || undefined}>
              <input
                type="radio"
                name="drill-kind"
                value={k}
                checked={kind === k}
                disabled={unreachable}
                onChange={() => setKind(k)}
                data-testid={`drill-kind-${k}`}
              />
              <span>
                <strong>{drillKindInfo[k].label}</strong>
                <span className="drill-kinds__fault">
                  {unreachable
                    ? 'Needs SSH access to the hosts: set it in Connection settings.'
                    : drillKindInfo[k].fault}
                </span>
              </span>
            </label>
          );
        })}
      </fieldset>
      <SegmentedChoice
        legend="When"
        name="drill-when"
        value={when}
        options={[
          { value: 'now', label: 'Now' },
          { value: 'schedule', label: 'On a schedule' },
        ]}
        onChange={setWhen}
      />
      {when === 'schedule' && (
        <TextField
          label="Cron expression (UTC)"
          mono
          value={cron}
          onChange={(event) => setCron(event.target.value)}
          hint="Minute hour day-of-month month day-of-week: 0 3 1 * * is 03:00 UTC on the first of each month. A run is skipped with its reason if the cluster is not healthy then."
          data-testid="drill-cron"
        />
      )}
    </ConfirmDialog>
  );
}
