import type { AuditList } from '@keel/shared';
import { apiGet } from '../../api/http.js';
import { auditQueryString, type AuditFilters } from './filters.js';

/** How many events one page of the audit log holds. */
export const AUDIT_PAGE = 50;

/** The CSV download of everything the filters select; a plain link, so the browser saves it. */
export const auditExportUrl = (filters: AuditFilters) => `/api/v1/audit/export${auditQueryString(filters)}`;

export const fetchAuditEvents = (filters: AuditFilters, before: number | undefined, signal?: AbortSignal) =>
  apiGet<AuditList>(`/api/v1/audit${auditQueryString(filters, { before, limit: AUDIT_PAGE })}`, signal);
