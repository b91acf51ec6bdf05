import { QueryClient } from '@tanstack/react-query';
import { ApiError } from '../api/ApiError.js';
import { activityKeys } from '../features/clusters/queryKeys.js';

const MAX_RETRIES = 2;

/** A 4xx will answer the same way again; only failures that might be transient are retried. */
function shouldRetry(failureCount: number, error: unknown): boolean {
  if (error instanceof ApiError && error.statusCode >= 400 && error.statusCode < 500) return false;
  return failureCount < MAX_RETRIES;
}

export function createQueryClient(): QueryClient {
  const queryClient = new QueryClient({
    defaultOptions: {
      queries: { retry: shouldRetry, staleTime: 5_000 },
      mutations: { retry: false },
    },
  });
  // The live feed's activity exists only in this tab: keep it while the tab lives, even off screen.
  queryClient.setQueryDefaults(activityKeys.all, { gcTime: Infinity, staleTime: Infinity });
  return queryClient;
}
