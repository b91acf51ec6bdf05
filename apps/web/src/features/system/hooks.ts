import { useQuery } from '@tanstack/react-query';
import { fetchHealth } from './api.js';
import { systemKeys } from './queryKeys.js';

const HEALTH_POLL_MS = 15_000;

/** Shared by the top bar and the System page, so both read one poll rather than two. */
export function useHealth() {
  return useQuery({
    queryKey: systemKeys.health(),
    queryFn: ({ signal }) => fetchHealth(signal),
    refetchInterval: HEALTH_POLL_MS,
    // One quick retry rides out a blip; more would delay "unreachable" by several seconds.
    retry: 1,
  });
}
