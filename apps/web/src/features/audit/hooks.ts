import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { fetchAuditEvents } from './api.js';
import type { AuditFilters } from './filters.js';
import { auditKeys } from './queryKeys.js';

export function useAuditEvents(filters: AuditFilters, before: number | undefined) {
  return useQuery({
    queryKey: auditKeys.page(filters, before),
    queryFn: ({ signal }) => fetchAuditEvents(filters, before, signal),
    // Paging keeps the old page on screen until the next arrives, so the table does not jump.
    placeholderData: keepPreviousData,
  });
}
