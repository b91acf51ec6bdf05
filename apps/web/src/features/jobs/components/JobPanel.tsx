import type { JobDetail, JobStep } from '@keel/shared';
import { Link } from 'react-router';
import { formatClock, formatDateTime } from '../../../lib/formatTime.js';
import { useNow } from '../../../lib/useNow.js';
import { Badge } from '../../../ui/Badge.js';
import { Button } from '../../../ui/Button.js';
import { Card } from '../../../ui/Card.js';
import { ErrorBanner } from '../../../ui/ErrorBanner.js';
import { CheckIcon, CloseIcon, CrossIcon } from '../../../ui/icons.js';
import { Skeleton, Spinner } from '../../../ui/Spinner.js';
import { useJob } from '../hooks.js';
import { formatSeconds, isActive, jobSeconds, stepTone } from '../model.js';
import { CancelJobButton } from './CancelJobButton.js';
import { JobLog } from './JobLog.js';
import { JobStatusPill } from './JobStatusPill.js';
import './JobPanel.css';

interface JobPanelProps {
  jobId: string;
  /** Shows a close button; the job goes on regardless. */
  onClose?: () => void;
  /** Links to the job's own page (not wanted on that page itself). */
  linkToJob?: boolean;
}

/** One job as it happens: its steps with what each found, the log as it is written, and how it ended. */
export function JobPanel({ jobId, onClose, linkToJob = false }: JobPanelProps) {
  const job = useJob(jobId);
  const data = job.data;
  const actions = (
    <>
      {data && <CancelJobButton job={data} />}
      {linkToJob && (
        <Link to={`/jobs/${jobId}`} className="job-panel__link">
          Job page
        </Link>
      )}
      {onClose && (
        <Button size="sm" variant="ghost" onClick={onClose} aria-label="Close the job panel" title="Close">
          <CloseIcon size={14} />
        </Button>
      )}
    </>
  );

  if (data === undefined) {
    return (
      <Card title="Job" actions={actions} className="job-panel">
        {job.isError ? (
          <ErrorBanner
            title="Could not load the job"
            error={job.error}
            onRetry={() => void job.refetch()}
            retrying={job.isFetching}
          />
        ) : (
          <div className="job-panel__loading" aria-busy="true" aria-label="Loading the job">
            <Skeleton height={14} width="40%" />
            <Skeleton height={14} width="70%" />
          </div>
        )}
      </Card>
    );
  }

  return (
    <section
      className={`card job-panel job-panel--${data.status}`}
      aria-label={`Job: ${data.summary}`}
      data-testid="job-panel"
      data-status={data.status}
      data-job-id={data.id}
    >
      <header className="card__header job-panel__header">
        <div className="job-panel__title">
          <h2 className="card__title">{data.summary}</h2>
          <JobStatusPill status={data.status} />
        </div>
        <div className="card__actions">{actions}</div>
      </header>
      <div className="job-panel__body">
        <JobMeta job={data} />
        {data.result !== null && (
          <p className={`job-panel__result job-panel__result--${data.status}`} data-testid="job-result">
            {data.result}
          </p>
        )}
        <div className="job-panel__columns">
          <div>
            <h3 className="job-panel__heading">Steps</h3>
            <JobSteps job={data} />
          </div>
          <div>
            <h3 className="job-panel__heading">Log</h3>
            <JobLog lines={data.log} live={isActive(data)} />
          </div>
        </div>
      </div>
    </section>
  );
}

function JobMeta({ job }: { job: JobDetail }) {
  const now = useNow();
  const seconds = jobSeconds(job, now);
  return (
    <p className="job-panel__meta">
      <span>
        by <strong>{job.requestedBy}</strong>
      </span>
      {job.status === 'queued' && job.scheduledAt !== null ? (
        <span data-testid="job-scheduled">
          scheduled for <strong>{formatDateTime(job.scheduledAt)}</strong> (
          {formatSeconds(Math.max(0, (Date.parse(job.scheduledAt) - now) / 1000))} from now)
        </span>
      ) : (
        <span title={formatDateTime(job.createdAt)}>requested {formatClock(job.createdAt)}</span>
      )}
      {seconds !== null && (
        <span>
          {isActive(job) ? 'running for' : 'took'} <span className="mono">{formatSeconds(seconds)}</span>
        </span>
      )}
      <span className="mono job-panel__id" title="Job id">
        {job.id}
      </span>
    </p>
  );
}

function StepIcon({ status }: { status: JobStep['status'] }) {
  if (status === 'running') return <Spinner size="sm" label="" />;
  if (status === 'succeeded') return <CheckIcon size={14} />;
  if (status === 'failed') return <CrossIcon size={14} />;
  return <span className="job-step__dash">–</span>;
}

function JobSteps({ job }: { job: JobDetail }) {
  const now = useNow();
  if (job.steps.length === 0) {
    return (
      <p className="muted job-panel__empty">
        {job.status === 'queued' ? 'Steps appear here once the job starts.' : 'No steps were run.'}
      </p>
    );
  }
  return (
    <ol className="job-steps" data-testid="job-steps">
      {job.steps.map((step, index) => {
        const end = step.finishedAt === null ? now : Date.parse(step.finishedAt);
        const took = (end - Date.parse(step.startedAt)) / 1000;
        return (
          <li
            // Steps are appended, never reordered: the position is their identity.
            key={index}
            className={`job-step job-step--${step.status}`}
            data-testid={`job-step-${index + 1}`}
            data-status={step.status}
          >
            <span className="job-step__icon" aria-hidden="true">
              <StepIcon status={step.status} />
            </span>
            <div className="job-step__text">
              <div className="job-step__line">
                <span className="job-step__name">{step.name}</span>
                {step.status !== 'succeeded' && (
                  <Badge tone={stepTone(step.status)} shape="tag">
                    {step.status}
                  </Badge>
                )}
                <span className="job-step__time mono">{formatSeconds(Math.max(0, took))}</span>
              </div>
              {step.detail !== null && <p className="job-step__detail">{step.detail}</p>}
            </div>
          </li>
        );
      })}
    </ol>
  );
}
