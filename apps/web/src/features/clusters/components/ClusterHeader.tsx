import type { ClusterDetail } from '@keel/shared';
import { useState } from 'react';
import { formatAgo, formatDateTime } from '../../../lib/formatTime.js';
import { useNow } from '../../../lib/useNow.js';
import { MaintenanceBadge } from './MaintenanceBadge.js';
import { PageHeader } from '../../../ui/Page.js';
import { StatusPill } from '../../../ui/StatusPill.js';
import { RemoveClusterButton } from './RemoveClusterButton.js';
import { RereadButton } from './RereadButton.js';
import { Button } from '../../../ui/Button.js';
import { useHasRole } from '../../auth/hooks.js';
import { ConnectionSettingsDialog } from './ConnectionSettingsDialog.js';

export function ClusterHeader({ cluster }: { cluster: ClusterDetail }) {
  const now = useNow();
  const isAdmin = useHasRole('admin');
  const [editing, setEditing] = useState(false);
  return (
    <PageHeader
      title={
        <span className="cluster__title">
          <span data-testid="cluster-name">{cluster.name}</span>
          <span data-testid="cluster-health" data-level={cluster.health.level}>
            <StatusPill health={cluster.health.level} />
          </span>
          {cluster.paused && <MaintenanceBadge />}
        </span>
      }
      description={
        <span className="cluster__meta">
          <span>
            scope <span className="mono">{cluster.scope}</span>
          </span>
          <span>
            namespace <span className="mono">{cluster.namespace}</span>
          </span>
          <span title={formatDateTime(cluster.createdAt)}>imported {formatAgo(cluster.createdAt, now)}</span>
          {cluster.observedAt !== null && (
            <span title={formatDateTime(cluster.observedAt)} data-testid="cluster-observed">
              observed {formatAgo(cluster.observedAt, now)}
            </span>
          )}
        </span>
      }
      actions={
        <>
          <RereadButton clusterId={cluster.id} />
          {isAdmin && (
            <Button onClick={() => setEditing(true)} data-testid="edit-connection">
              Connection settings…
            </Button>
          )}
          <RemoveClusterButton cluster={cluster} />
          {editing && <ConnectionSettingsDialog cluster={cluster} onClose={() => setEditing(false)} />}
        </>
      }
    />
  );
}
