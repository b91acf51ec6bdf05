import type { CrumbLabel } from '../../../ui/routeHandle.js';
import { useJob } from '../hooks.js';

/** The job's summary as its crumb and document title. */
export const JobCrumb: CrumbLabel = ({ params, fallback, isCurrent }) => {
  const summary = useJob(params.id ?? '').data?.summary ?? fallback;
  return (
    <>
      {summary}
      {isCurrent && <title>{`${summary} · Keel`}</title>}
    </>
  );
};
