import { failoverAdvisable, healthyLeader, type ClusterDetail, type Job } from '@keel/shared';
import { Button } from '../../../ui/Button.js';
import { EditIcon, PauseIcon, PlayIcon, RefreshIcon, SwitchIcon, WarningIcon } from '../../../ui/icons.js';
import { JobStatusPill } from '../../jobs/components/JobStatusPill.js';
import type { Operation } from '../operation.js';
import './ClusterActions.css';

interface ClusterActionsProps {
  cluster: ClusterDetail;
  /** The cluster's queued or running job: the server runs one at a time, so the others wait for it. */
  activeJob: Job | undefined;
  onOperation: (operation: Operation) => void;
  onEditConfig: () => void;
  onShowJob: (id: string) => void;
}

/** The cluster-wide operations, for operators. Each opens a confirmation that says what it will do. */
export function ClusterActions({
  cluster,
  activeJob,
  onOperation,
  onEditConfig,
  onShowJob,
}: ClusterActionsProps) {
  const leaderless = healthyLeader(cluster) === undefined;
  // Failover is for a cluster Patroni itself reports leaderless, never for Keel's own view disagreeing.
  const offerFailover = leaderless && failoverAdvisable(cluster);
  const leaderlessTitle = cluster.view.consistent
    ? 'No healthy leader to hand over: fail over instead'
    : 'Keel’s view is inconsistent: wait for it to agree, or re-read now';
  const busy = activeJob !== undefined;
  const busyTitle = busy ? `Wait for “${activeJob.summary}” to end, or cancel it` : undefined;
  return (
    <div
      className="cluster-actions"
      role="toolbar"
      aria-label="Cluster operations"
      data-testid="cluster-actions"
    >
      {offerFailover && (
        <Button
          variant="danger"
          icon={<WarningIcon size={14} />}
          disabled={busy}
          title={busyTitle ?? 'No healthy leader: promote a member'}
          onClick={() => onOperation({ kind: 'failover', candidate: '', force: false })}
          data-testid="action-failover"
        >
          Failover…
        </Button>
      )}
      <Button
        variant={offerFailover ? 'secondary' : 'primary'}
        icon={<SwitchIcon size={14} />}
        disabled={busy || leaderless}
        title={busyTitle ?? (leaderless ? leaderlessTitle : undefined)}
        onClick={() => onOperation({ kind: 'switchover' })}
        data-testid="action-switchover"
      >
        Switchover…
      </Button>
      <Button
        icon={<RefreshIcon size={14} />}
        disabled={busy}
        title={busyTitle}
        onClick={() => onOperation({ kind: 'restart' })}
        data-testid="action-restart"
      >
        Restart cluster…
      </Button>
      <Button
        disabled={busy}
        title={busyTitle ?? 'Re-read the configuration on every member'}
        onClick={() => onOperation({ kind: 'reload' })}
        data-testid="action-reload"
      >
        Reload…
      </Button>
      {cluster.paused ? (
        <Button
          icon={<PlayIcon size={14} />}
          disabled={busy}
          title={busyTitle ?? 'End maintenance mode: Patroni fails over again'}
          onClick={() => onOperation({ kind: 'resume' })}
          data-testid="action-resume"
        >
          Resume…
        </Button>
      ) : (
        <Button
          icon={<PauseIcon size={14} />}
          disabled={busy}
          title={busyTitle ?? 'Maintenance mode: Patroni stops failing over'}
          onClick={() => onOperation({ kind: 'pause' })}
          data-testid="action-pause"
        >
          Pause…
        </Button>
      )}
      <Button
        icon={<EditIcon size={14} />}
        disabled={busy || cluster.dynamicConfig === null}
        title={
          busyTitle ??
          (cluster.dynamicConfig === null ? 'Keel has not read the configuration yet' : undefined)
        }
        onClick={onEditConfig}
        data-testid="action-config"
      >
        Edit configuration…
      </Button>
      {busy && (
        <button
          type="button"
          className="cluster-actions__busy"
          onClick={() => onShowJob(activeJob.id)}
          data-testid="cluster-busy"
        >
          <JobStatusPill status={activeJob.status} />
          <span className="cluster-actions__busy-text">{activeJob.summary}</span>
          <span className="cluster-actions__busy-hint">one operation at a time</span>
        </button>
      )}
    </div>
  );
}
