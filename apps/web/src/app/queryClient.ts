import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { ApiError } from '../api/ApiError.js';
import { authKeys } from '../features/auth/queryKeys.js';
import { activityKeys } from '../features/clusters/queryKeys.js';

const MAX_RETRIES = 2;

/** A 4xx will answer the same way again; only failures that might be transient are retried. */
function shouldRetry(failureCount: number, error: unknown): boolean {
  if (error instanceof ApiError && error.statusCode >= 400 && error.statusCode < 500) return false;
  return failureCount < MAX_RETRIES;
}

export function createQueryClient(): QueryClient {
  // A 401 anywhere means the session ended (expired, signed out elsewhere): check it, and the guard then
  // takes the operator to the sign-in page instead of leaving every panel to show its own error.
  const onError = (error: Error) => {
    if (error instanceof ApiError && error.statusCode === 401) {
      void queryClient.invalidateQueries({ queryKey: authKeys.session() });
    }
  };
  const queryClient = new QueryClient({
    queryCache: new QueryCache({
      onError: (error, query) => {
        if (query.queryKey[0] !== authKeys.all[0]) onError(error);
      },
    }),
    mutationCache: new MutationCache({ onError }),
    defaultOptions: {
      queries: { retry: shouldRetry, staleTime: 5_000 },
      mutations: { retry: false },
    },
  });
  // The live feed's activity exists only in this tab: keep it while the tab lives, even off screen.
  queryClient.setQueryDefaults(activityKeys.all, { gcTime: Infinity, staleTime: Infinity });
  return queryClient;
}
