import type { CrumbLabel } from '../../../ui/routeHandle.js';
import { useCluster } from '../hooks.js';

/** The cluster's name as its crumb and document title, following a rename live. */
export const ClusterCrumb: CrumbLabel = ({ params, fallback, isCurrent }) => {
  const name = useCluster(params.id ?? '').data?.name ?? fallback;
  return (
    <>
      {name}
      {isCurrent && <title>{`${name} · Keel`}</title>}
    </>
  );
};
