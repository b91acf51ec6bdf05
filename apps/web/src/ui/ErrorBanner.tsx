import { describeError } from '../api/describeError.js';
import { Button } from './Button.js';
import { AlertIcon } from './icons.js';
import './ErrorBanner.css';

interface ErrorBannerProps {
  /** What failed, from the operator's point of view, e.g. "Could not load server health". */
  title: string;
  /** Anything thrown; an ApiError's server message is shown as is. */
  error: unknown;
  onRetry?: () => void;
  retrying?: boolean;
}

export function ErrorBanner({ title, error, onRetry, retrying = false }: ErrorBannerProps) {
  const { message, detail } = describeError(error);
  return (
    <div className="error-banner" role="alert" data-testid="error-banner">
      <AlertIcon className="error-banner__icon" />
      <div className="error-banner__text">
        <p className="error-banner__title">{title}</p>
        <p className="error-banner__message">{message}</p>
        {detail !== undefined && <p className="error-banner__detail mono">{detail}</p>}
      </div>
      {onRetry !== undefined && (
        <Button size="sm" onClick={onRetry} busy={retrying}>
          Retry
        </Button>
      )}
    </div>
  );
}
