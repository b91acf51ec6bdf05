import { createContext, useContext, useSyncExternalStore } from 'react';
import type { LiveFeed, LiveFeedStatus } from './liveFeed.js';

/** The app's one live feed, provided once by the app providers. */
export const LiveFeedContext = createContext<LiveFeed | null>(null);

const detached: LiveFeedStatus = { state: 'connecting', retryAt: null, failures: 0 };
const noSubscription = () => () => undefined;

export function useLiveFeed(): LiveFeed | null {
  return useContext(LiveFeedContext);
}

export function useLiveFeedStatus(): LiveFeedStatus {
  const feed = useLiveFeed();
  return useSyncExternalStore(feed?.subscribe ?? noSubscription, feed?.getStatus ?? (() => detached));
}
