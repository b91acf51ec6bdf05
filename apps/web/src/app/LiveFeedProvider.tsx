import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState, type ReactNode } from 'react';
import { eventsUrl, LiveFeed } from '../api/liveFeed.js';
import { LiveFeedContext } from '../api/liveFeedContext.js';
import { applyKeelEvent } from '../features/clusters/liveCache.js';

/** Opens the one WebSocket of this tab and writes what it hears into the query cache. */
export function LiveFeedProvider({ children }: { children: ReactNode }) {
  const queryClient = useQueryClient();
  const [feed] = useState(
    () =>
      new LiveFeed({
        url: eventsUrl(window.location),
        onEvent: (event) => applyKeelEvent(queryClient, event),
      }),
  );

  useEffect(() => {
    feed.start();
    const retry = () => feed.retryNow();
    window.addEventListener('online', retry);
    return () => {
      window.removeEventListener('online', retry);
      feed.stop();
    };
  }, [feed]);

  return <LiveFeedContext value={feed}>{children}</LiveFeedContext>;
}
