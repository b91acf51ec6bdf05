import type { LiveFeedState } from '../../api/liveFeed.js';
import { useLiveFeed, useLiveFeedStatus } from '../../api/liveFeedContext.js';
import { useNow } from '../../lib/useNow.js';
import './LiveFeedIndicator.css';

const LABELS: Record<LiveFeedState, string> = {
  connecting: 'Connecting…',
  live: 'Live',
  reconnecting: 'Reconnecting',
};

const TITLES: Record<LiveFeedState, string> = {
  connecting: 'Opening the live feed of cluster status',
  live: 'Cluster status arrives live from the server',
  reconnecting: 'The live feed is down: cluster status on screen may be stale',
};

/** Whether the status on screen is live; while reconnecting it may be stale, and says so. */
export function LiveFeedIndicator() {
  const feed = useLiveFeed();
  const status = useLiveFeedStatus();
  return (
    <div
      className={`live-feed live-feed--${status.state}`}
      data-testid="live-feed"
      data-state={status.state}
      title={TITLES[status.state]}
    >
      <span className="live-feed__dot" aria-hidden="true" />
      {/* Polite live region: a screen reader hears the feed drop and return, not every countdown tick. */}
      <span aria-live="polite">{LABELS[status.state]}</span>
      {status.state === 'reconnecting' && (
        <button type="button" className="live-feed__retry" onClick={() => feed?.retryNow()}>
          {status.retryAt !== null && <RetryCountdown at={status.retryAt} />}
        </button>
      )}
    </div>
  );
}

function RetryCountdown({ at }: { at: number }) {
  const now = useNow();
  const seconds = Math.max(0, Math.ceil((at - now) / 1000));
  return (
    <>
      <span className="visually-hidden">Retry now; next attempt </span>
      <span className="mono">{seconds > 0 ? `in ${seconds}s` : 'now'}</span>
    </>
  );
}
