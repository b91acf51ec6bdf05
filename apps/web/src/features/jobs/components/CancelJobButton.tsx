import type { Job } from '@keel/shared';
import { useState } from 'react';
import { Button } from '../../../ui/Button.js';
import { ConfirmDialog } from '../../../ui/ConfirmDialog.js';
import { ErrorBanner } from '../../../ui/ErrorBanner.js';
import { useHasRole } from '../../auth/hooks.js';
import { useCancelJob } from '../hooks.js';
import { isActive } from '../model.js';

/** Cancel for a queued or running job, for operators; it asks first, saying what a cancel leaves behind. */
export function CancelJobButton({ job }: { job: Job }) {
  const cancel = useCancelJob();
  const [asking, setAsking] = useState(false);
  const mayCancel = useHasRole('operator');
  if (!mayCancel || !isActive(job)) return null;
  const close = () => {
    setAsking(false);
    cancel.reset();
  };
  return (
    <>
      <Button size="sm" variant="danger" onClick={() => setAsking(true)} data-testid="job-cancel">
        Cancel job
      </Button>
      <ConfirmDialog
        open={asking}
        title={`Cancel “${job.summary}”?`}
        confirmLabel="Cancel job"
        tone="danger"
        busy={cancel.isPending}
        onCancel={close}
        onConfirm={() => cancel.mutate(job.id, { onSuccess: close })}
        footer={cancel.isError && <ErrorBanner title="The job was not cancelled" error={cancel.error} />}
        data-testid="cancel-job-dialog"
      >
        {job.status === 'queued' ? (
          <p>The job has not started: nothing on the cluster changes, and it will not run.</p>
        ) : (
          <>
            <p>
              Keel stops the job <strong>between two steps</strong>; a step already under way (Patroni may be
              in the middle of a switchover or restart) is not undone.
            </p>
            <p>The job&apos;s log will say what state the cluster was left in.</p>
          </>
        )}
      </ConfirmDialog>
    </>
  );
}
