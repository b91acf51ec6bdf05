import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { AuditList } from '@keel/shared';
import { apiGet } from '../../api/http.js';
import { auditQueryString, type AuditFilters } from './query.js';

export const AUDIT_PAGE = 50;
export const auditExportUrl = (filters: AuditFilters) => `/api/v1/audit/export${auditQueryString(filters)}`;

export function useAuditEvents(filters: AuditFilters, before: number | undefined) {
  return useQuery({
    queryKey: ['audit', filters, before ?? null],
    queryFn: ({ signal }) =>
      apiGet<AuditList>(`/api/v1/audit${auditQueryString(filters, { before, limit: AUDIT_PAGE })}`, signal),
    // Paging keeps the old page on screen until the next arrives, so the table does not jump.
    placeholderData: keepPreviousData,
  });
}
