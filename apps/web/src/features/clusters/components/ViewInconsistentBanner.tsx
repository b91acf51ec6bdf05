import type { ClusterDetail } from '@keel/shared';
import { formatAgo, formatDateTime } from '../../../lib/formatTime.js';
import { useNow } from '../../../lib/useNow.js';
import { AlertIcon } from '../../../ui/icons.js';
import { viewProblem } from '../viewStatus.js';
import { RereadButton } from './RereadButton.js';

/**
 * Shown while Keel's sources disagree about who leads: the page's leader may be wrong, so it says so,
 * lists who says what, and what Keel does about it. It never points at a failover: that is for a cluster
 * Patroni reports leaderless, which the last sentence states either way.
 */
export function ViewInconsistentBanner({ cluster }: { cluster: ClusterDetail }) {
  const now = useNow();
  const problem = viewProblem(cluster);
  if (problem === null) return null;
  return (
    <section
      className="view-problem"
      role="alert"
      aria-label="Keel's view is inconsistent"
      data-testid="view-inconsistent"
    >
      <div className="view-problem__head">
        <AlertIcon size={18} />
        <strong>{problem.headline}</strong>
        <RereadButton clusterId={cluster.id} />
      </div>
      <table className="view-problem__claims">
        <caption className="visually-hidden">Who each source says leads</caption>
        <thead>
          <tr>
            <th scope="col">Source</th>
            <th scope="col">Says the leader is</th>
            <th scope="col">Detail</th>
            <th scope="col">When</th>
          </tr>
        </thead>
        <tbody>
          {problem.claims.map((claim, index) => (
            <tr key={`${claim.source}:${index}`} data-odd={claim.odd} data-testid="view-claim">
              <td>{claim.source}</td>
              <td>
                <strong>{claim.leader}</strong>
              </td>
              <td className="muted">{claim.detail}</td>
              <td className="muted" title={claim.at === null ? undefined : formatDateTime(claim.at)}>
                {claim.at === null ? 'never' : formatAgo(claim.at, now)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <ul className="view-problem__doing" data-testid="view-doing">
        {problem.doing.map((sentence) => (
          <li key={sentence}>{sentence}</li>
        ))}
      </ul>
    </section>
  );
}
