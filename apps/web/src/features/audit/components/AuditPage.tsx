import type { AuditEvent, AuditOutcome } from '@keel/shared';
import { useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import { formatDateTime } from '../../../lib/formatTime.js';
import { Badge, type Tone } from '../../../ui/Badge.js';
import { Button, LinkButton } from '../../../ui/Button.js';
import { Card } from '../../../ui/Card.js';
import { ErrorBanner } from '../../../ui/ErrorBanner.js';
import { SelectField, TextField } from '../../../ui/Field.js';
import { DownloadIcon } from '../../../ui/icons.js';
import { Page, PageHeader } from '../../../ui/Page.js';
import { Skeleton } from '../../../ui/Spinner.js';
import { Table, type Column } from '../../../ui/Table.js';
import { AUDIT_PAGE, auditExportUrl } from '../api.js';
import { useAuditEvents } from '../hooks.js';
import { filtersFromParams, filtersToParams, type AuditFilters } from '../filters.js';
import '../../users/components/UsersPage.css';
import './AuditPage.css';

const OUTCOME_TONE: Record<AuditOutcome, Tone> = { success: 'ok', failure: 'warn', denied: 'critical' };

/** Who did what, newest first: `/admin/audit`, for admins. Filters live in the address. */
export function AuditPage() {
  const [params, setParams] = useSearchParams();
  const filters = filtersFromParams(params);
  return (
    <Page>
      <PageHeader
        title="Audit log"
        description="Every sign-in and every change, with who made it, from where, and how it ended. Secrets are never recorded."
        actions={
          <LinkButton
            href={auditExportUrl(filters)}
            download
            icon={<DownloadIcon size={14} />}
            data-testid="audit-export"
          >
            Export JSON
          </LinkButton>
        }
      />
      <FilterForm initial={filters} onApply={(next) => setParams(filtersToParams(next), { replace: true })} />
      {/* A new filter starts again from the newest page. */}
      <AuditTable key={params.toString()} filters={filters} />
    </Page>
  );
}

function FilterForm({
  initial,
  onApply,
}: {
  initial: AuditFilters;
  onApply: (filters: AuditFilters) => void;
}) {
  const [draft, setDraft] = useState(initial);
  const set = (key: keyof AuditFilters) => (event: { target: { value: string } }) =>
    setDraft({ ...draft, [key]: event.target.value });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onApply(draft);
  };
  const clear = () => {
    const empty: AuditFilters = { actor: '', action: '', outcome: '', since: '', until: '' };
    setDraft(empty);
    onApply(empty);
  };
  return (
    <form className="audit__filters" onSubmit={submit} aria-label="Filter the audit log">
      <TextField label="Actor" value={draft.actor} onChange={set('actor')} placeholder="admin" />
      <TextField
        label="Action contains"
        value={draft.action}
        onChange={set('action')}
        placeholder="switchover"
        mono
      />
      <SelectField label="Outcome" value={draft.outcome} onChange={set('outcome')}>
        <option value="">Any</option>
        <option value="success">success</option>
        <option value="failure">failure</option>
        <option value="denied">denied</option>
      </SelectField>
      <TextField label="From" type="datetime-local" value={draft.since} onChange={set('since')} />
      <TextField label="Until" type="datetime-local" value={draft.until} onChange={set('until')} />
      <div className="audit__filter-buttons">
        <Button type="submit" variant="primary">
          Apply
        </Button>
        <Button variant="ghost" onClick={clear}>
          Clear
        </Button>
      </div>
    </form>
  );
}

function AuditTable({ filters }: { filters: AuditFilters }) {
  // The ids each older page ends under; empty on the newest page.
  const [cursors, setCursors] = useState<number[]>([]);
  const events = useAuditEvents(filters, cursors.at(-1));
  const list = events.data?.events;

  const columns: Column<AuditEvent>[] = [
    {
      id: 'at',
      header: 'Time',
      width: 170,
      cell: (e) => <span className="mono audit__time">{formatDateTime(e.at)}</span>,
    },
    {
      id: 'actor',
      header: 'Actor',
      cell: (e) => (
        <span className="audit__actor">
          {e.actor}
          {e.actorType !== 'user' && <span className="muted">{e.actorType}</span>}
        </span>
      ),
    },
    { id: 'action', header: 'Action', cell: (e) => <span className="mono">{e.action}</span> },
    {
      id: 'target',
      header: 'Target',
      // The name it had (a cluster, user, token, credential); the id stays one hover away.
      cell: (e) =>
        e.targetName ? (
          <span className="audit__clip" title={e.target ?? undefined}>
            {e.targetName}
          </span>
        ) : (
          <span className="audit__clip mono muted" title={e.target ?? undefined}>
            {e.target ?? '—'}
          </span>
        ),
    },
    {
      id: 'outcome',
      header: 'Outcome',
      width: 110,
      cell: (e) => (
        <Badge tone={OUTCOME_TONE[e.outcome]} dot>
          {e.outcome}
        </Badge>
      ),
    },
    { id: 'status', header: 'HTTP', numeric: true, width: 60, cell: (e) => e.statusCode ?? '—' },
    { id: 'ip', header: 'IP', cell: (e) => <span className="mono muted">{e.ip ?? '—'}</span> },
    {
      id: 'detail',
      header: 'Detail',
      cell: (e) => {
        const params = e.params === null ? '' : JSON.stringify(e.params);
        const text = [e.detail, params].filter(Boolean).join(' · ');
        return (
          <span className="audit__clip audit__detail" title={text || undefined}>
            {text || '—'}
          </span>
        );
      },
    },
  ];

  const last = list?.at(-1);
  return (
    <>
      {events.isError && (
        <ErrorBanner
          title="Could not load the audit log"
          error={events.error}
          onRetry={() => void events.refetch()}
          retrying={events.isFetching}
        />
      )}
      <Card padding="none">
        {list === undefined ? (
          <div className="admin__loading" aria-busy="true" aria-label="Loading the audit log">
            <Skeleton height={14} width="70%" />
            <Skeleton height={14} width="55%" />
          </div>
        ) : list.length === 0 ? (
          <p className="table-empty">No events match these filters.</p>
        ) : (
          <div className="audit__scroll" tabIndex={0} role="region" aria-label="Audit log, scrolls sideways">
            <Table
              label="Audit log"
              columns={columns}
              rows={list}
              rowKey={(e) => String(e.id)}
              rowAttributes={(e) => ({ 'data-outcome': e.outcome })}
              rowTone={(e) => (e.outcome === 'denied' ? 'critical' : undefined)}
              data-testid="audit-table"
            />
          </div>
        )}
        <div className="audit__pager">
          <span className="muted">
            {cursors.length === 0 ? 'Newest events' : `Page ${cursors.length + 1}`}
            {list !== undefined && list.length > 0 && ` · ${list.length} shown`}
          </span>
          <Button size="sm" disabled={cursors.length === 0} onClick={() => setCursors(cursors.slice(0, -1))}>
            ← Newer
          </Button>
          <Button
            size="sm"
            disabled={last === undefined || (list?.length ?? 0) < AUDIT_PAGE || events.isPlaceholderData}
            onClick={() => last && setCursors([...cursors, last.id])}
          >
            Older →
          </Button>
        </div>
      </Card>
    </>
  );
}
