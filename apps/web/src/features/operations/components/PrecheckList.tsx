import { ErrorBanner } from '../../../ui/ErrorBanner.js';
import { CheckIcon, CrossIcon } from '../../../ui/icons.js';
import { Skeleton } from '../../../ui/Spinner.js';
import type { Check } from '../operation.js';
import './OperationDialog.css';

interface PrecheckListProps {
  checks: readonly Check[] | undefined;
  /** Where the checks come from, said above them. */
  source: string;
  loading?: boolean;
  error?: unknown;
  onRetry?: () => void;
}

/** Each check with ✓ or ✗ and the figure it looked at, before the operator confirms. */
export function PrecheckList({ checks, source, loading = false, error, onRetry }: PrecheckListProps) {
  const failed = checks?.filter((c) => !c.ok).length ?? 0;
  return (
    <div className="prechecks">
      <p className="prechecks__heading">
        <span>Pre-checks</span>
        <span className="prechecks__source">{source}</span>
      </p>
      {checks === undefined ? (
        error !== undefined && error !== null ? (
          <ErrorBanner title="Could not run the pre-checks" error={error} onRetry={onRetry} />
        ) : (
          loading && (
            <div className="prechecks__loading" aria-busy="true" aria-label="Running the pre-checks">
              <Skeleton height={12} width="80%" />
              <Skeleton height={12} width="65%" />
              <Skeleton height={12} width="72%" />
            </div>
          )
        )
      ) : (
        <>
          <ul className="prechecks__list" data-testid="precheck-list" data-ok={String(failed === 0)}>
            {checks.map((check) => (
              <li
                key={check.name}
                className={check.ok ? 'precheck precheck--ok' : 'precheck precheck--failed'}
                data-ok={String(check.ok)}
              >
                <span className="precheck__icon" aria-label={check.ok ? 'passed' : 'failed'}>
                  {check.ok ? <CheckIcon size={14} /> : <CrossIcon size={14} />}
                </span>
                <span className="precheck__name">{check.name}</span>
                <span className="precheck__detail">{check.detail}</span>
              </li>
            ))}
          </ul>
          {failed > 0 && (
            <p className="prechecks__verdict" role="status">
              {failed === 1 ? 'One check fails' : `${failed} checks fail`}: the operation cannot start until{' '}
              {failed === 1 ? 'it passes' : 'they pass'}.
            </p>
          )}
        </>
      )}
    </div>
  );
}
