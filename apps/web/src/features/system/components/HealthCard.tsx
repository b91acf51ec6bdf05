import type { UseQueryResult } from '@tanstack/react-query';
import type { HealthResponse } from '@keel/shared';
import { formatDuration } from '../../../lib/formatDuration.js';
import { Card } from '../../../ui/Card.js';
import { KeyValueList, type KeyValueItem } from '../../../ui/KeyValueList.js';
import { Skeleton } from '../../../ui/Spinner.js';
import { StatusPill } from '../../../ui/StatusPill.js';

const timeFormat = new Intl.DateTimeFormat(undefined, { timeStyle: 'medium' });
const dateTimeFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
const LABELS = ['Status', 'Database', 'Version', 'Uptime', 'Started'] as const;

export function HealthCard({ health }: { health: UseQueryResult<HealthResponse> }) {
  const { data, dataUpdatedAt, isError } = health;
  return (
    <Card title="Server health" actions={data && <span>Checked {timeFormat.format(dataUpdatedAt)}</span>}>
      <KeyValueList
        items={data ? healthFacts(data, dataUpdatedAt) : isError ? unknownFacts() : loadingFacts()}
      />
    </Card>
  );
}

function healthFacts(health: HealthResponse, checkedAt: number): KeyValueItem[] {
  // From the answer's own timestamp rather than "now", so it doesn't drift between polls.
  const startedAt = checkedAt - health.uptimeSeconds * 1000;
  return [
    { label: 'Status', value: <StatusPill health={health.status === 'ok' ? 'healthy' : 'degraded'} /> },
    {
      label: 'Database',
      value:
        health.database === 'ok' ? (
          <StatusPill health="healthy" label="Available" />
        ) : (
          <StatusPill health="critical" label="Unavailable" />
        ),
    },
    { label: 'Version', value: health.version, mono: true },
    { label: 'Uptime', value: formatDuration(health.uptimeSeconds), mono: true },
    { label: 'Started', value: dateTimeFormat.format(startedAt) },
  ];
}

/** Without an answer nothing is known; say so rather than leave the card blank. */
function unknownFacts(): KeyValueItem[] {
  return LABELS.map((label) => ({
    label,
    value: label === 'Status' ? <StatusPill health="unknown" /> : <span className="muted">—</span>,
  }));
}

function loadingFacts(): KeyValueItem[] {
  return LABELS.map((label) => ({ label, value: <Skeleton width={120} height={14} /> }));
}
