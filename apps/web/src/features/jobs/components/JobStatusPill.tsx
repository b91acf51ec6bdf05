import type { JobStatus } from '@keel/shared';
import { Badge } from '../../../ui/Badge.js';
import { jobStatusLabel, jobStatusTone } from '../model.js';

export function JobStatusPill({ status }: { status: JobStatus }) {
  return (
    <Badge tone={jobStatusTone(status)} dot data-job-status={status}>
      {jobStatusLabel(status)}
    </Badge>
  );
}
