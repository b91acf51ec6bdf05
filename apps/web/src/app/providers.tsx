import { QueryClientProvider } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { LiveFeedProvider } from './LiveFeedProvider.js';
import { createQueryClient } from './queryClient.js';

export function Providers({ children }: { children: ReactNode }) {
  // One client per mounted app, created lazily so tests and hot reloads don't share a cache.
  const [queryClient] = useState(createQueryClient);
  return (
    <QueryClientProvider client={queryClient}>
      <LiveFeedProvider>{children}</LiveFeedProvider>
    </QueryClientProvider>
  );
}
