import type { AuditOutcome } from '@keel/shared';
import { localToIsoUtc } from '../../lib/localTime.js';

/** The audit page's filters as typed: text, an outcome, and local times from datetime-local inputs. */
export interface AuditFilters {
  actor: string;
  action: string;
  outcome: AuditOutcome | '';
  since: string;
  until: string;
}

export const emptyAuditFilters: AuditFilters = { actor: '', action: '', outcome: '', since: '', until: '' };

const OUTCOMES = new Set(['success', 'failure', 'denied']);

/** The filters from the address, so a filtered view can be linked to and survives a reload. */
export function filtersFromParams(params: URLSearchParams): AuditFilters {
  const outcome = params.get('outcome') ?? '';
  return {
    actor: params.get('actor') ?? '',
    action: params.get('action') ?? '',
    outcome: OUTCOMES.has(outcome) ? (outcome as AuditOutcome) : '',
    since: params.get('since') ?? '',
    until: params.get('until') ?? '',
  };
}

export function filtersToParams(filters: AuditFilters): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filters) as [string, string][])
    if (value.trim() !== '') params.set(key, value.trim());
  return params;
}

/** The API's query string: times as ISO UTC, paging by `before` (the id the next page ends under). */
export function auditQueryString(
  filters: AuditFilters,
  extra: { before?: number; limit?: number } = {},
): string {
  const params = new URLSearchParams();
  if (filters.actor.trim()) params.set('actor', filters.actor.trim());
  if (filters.action.trim()) params.set('action', filters.action.trim());
  if (filters.outcome) params.set('outcome', filters.outcome);
  const since = localToIsoUtc(filters.since);
  const until = localToIsoUtc(filters.until);
  if (since) params.set('since', since);
  if (until) params.set('until', until);
  if (extra.before !== undefined) params.set('before', String(extra.before));
  if (extra.limit !== undefined) params.set('limit', String(extra.limit));
  const query = params.toString();
  return query === '' ? '' : `?${query}`;
}
