import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState, type ReactNode } from 'react';
import { eventsUrl, LiveFeed } from '../api/liveFeed.js';
import { LiveFeedContext } from '../api/liveFeedContext.js';
import { useSession } from '../features/auth/hooks.js';
import { authKeys } from '../features/auth/queryKeys.js';
import { applyKeelEvent } from '../features/clusters/liveCache.js';
import { applyJobEvent } from '../features/jobs/liveCache.js';

/**
 * Opens the one WebSocket of this tab and writes what it hears into the query cache. It runs while someone
 * is signed in (the server refuses the feed otherwise), and starts afresh for whoever signs in next.
 */
export function LiveFeedProvider({ children }: { children: ReactNode }) {
  const queryClient = useQueryClient();
  const user = useSession().data?.user;
  const signedIn = user !== undefined && !user.mustChangePassword ? user.id : null;
  const [feed] = useState(
    () =>
      new LiveFeed({
        url: eventsUrl(window.location),
        onEvent: (event) => {
          applyKeelEvent(queryClient, event);
          applyJobEvent(queryClient, event);
        },
        // Asking who is signed in sends a signed-out tab to the sign-in page.
        onAccessLost: () => void queryClient.invalidateQueries({ queryKey: authKeys.session() }),
      }),
  );

  useEffect(() => {
    if (signedIn === null) return;
    feed.start();
    const retry = () => feed.retryNow();
    window.addEventListener('online', retry);
    return () => {
      window.removeEventListener('online', retry);
      feed.stop();
    };
  }, [feed, signedIn]);

  return <LiveFeedContext value={feed}>{children}</LiveFeedContext>;
}
