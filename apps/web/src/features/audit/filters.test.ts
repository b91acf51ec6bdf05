import { describe, expect, it } from 'vitest';
import { auditQueryString, emptyAuditFilters, filtersFromParams, filtersToParams } from './filters.js';

describe('audit filters', () => {
  it('round-trips through the address, leaving out what is empty', () => {
    const filters = { ...emptyAuditFilters, actor: 'admin', outcome: 'denied' as const };
    const params = filtersToParams(filters);
    expect(params.toString()).toBe('actor=admin&outcome=denied');
    expect(filtersFromParams(params)).toEqual(filters);
    expect(filtersFromParams(new URLSearchParams('outcome=bogus')).outcome).toBe('');
  });

  it('sends times as ISO UTC and pages by id', () => {
    const query = auditQueryString(
      { ...emptyAuditFilters, since: '2026-03-01T10:00' },
      { before: 42, limit: 50 },
    );
    const params = new URLSearchParams(query.slice(1));
    expect(params.get('since')).toBe(new Date('2026-03-01T10:00').toISOString());
    expect(params.get('before')).toBe('42');
    expect(auditQueryString(emptyAuditFilters)).toBe('');
  });
});
