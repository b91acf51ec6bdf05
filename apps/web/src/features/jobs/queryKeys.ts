import type { JobFilter } from './api.js';

/** Query keys for jobs; a list's key holds its filter, so the live cache can tell which lists a job belongs in. */
export const jobKeys = {
  all: ['jobs'] as const,
  lists: () => [...jobKeys.all, 'list'] as const,
  list: (filter: JobFilter) => [...jobKeys.lists(), filter] as const,
  details: () => [...jobKeys.all, 'detail'] as const,
  detail: (id: string) => [...jobKeys.details(), id] as const,
};
