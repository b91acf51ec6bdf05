import type { AuditFilters } from './filters.js';

/** Query keys for the audit log; a page's key holds its filters and where it starts. */
export const auditKeys = {
  all: ['audit'] as const,
  page: (filters: AuditFilters, before: number | undefined) =>
    [...auditKeys.all, filters, before ?? null] as const,
};
