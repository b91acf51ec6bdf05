import type { UseQueryResult } from '@tanstack/react-query';
import type { HealthResponse } from '@keel/shared';
import { formatDuration } from '../../../lib/formatDuration.js';
import { Card } from '../../../ui/Card.js';
import { KeyValueList, type KeyValueItem } from '../../../ui/KeyValueList.js';
import { Skeleton } from '../../../ui/Spinner.js';
import { StatusPill } from '../../../ui/StatusPill.js';

const timeFormat = new Intl.DateTimeFormat(undefined, { timeStyle: 'medium' });
const dateTimeFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

export function HealthCard({ health }: { health: UseQueryResult<HealthResponse> }) {
  const { data, dataUpdatedAt } = health;
  return (
    <Card title="Server health" actions={data && <span>Checked {timeFormat.format(dataUpdatedAt)}</span>}>
      {data ? (
        <HealthFacts health={data} checkedAt={dataUpdatedAt} />
      ) : (
        <HealthSkeleton failed={health.isError} />
      )}
    </Card>
  );
}

function HealthFacts({ health, checkedAt }: { health: HealthResponse; checkedAt: number }) {
  // Derived from the answer's own timestamp rather than "now", so it doesn't drift between polls.
  const startedAt = checkedAt - health.uptimeSeconds * 1000;
  const items: KeyValueItem[] = [
    {
      label: 'Status',
      value: <StatusPill health={health.status === 'ok' ? 'healthy' : 'degraded'} />,
    },
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
  return <KeyValueList items={items} />;
}

function HealthSkeleton({ failed }: { failed: boolean }) {
  if (failed) return <p className="muted">No answer from the server yet.</p>;
  const labels = ['Status', 'Database', 'Version', 'Uptime', 'Started'];
  return (
    <KeyValueList items={labels.map((label) => ({ label, value: <Skeleton width={120} height={14} /> }))} />
  );
}
