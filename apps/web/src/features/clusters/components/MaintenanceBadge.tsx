import { Badge } from '../../../ui/Badge.js';
import { PauseIcon } from '../../../ui/icons.js';

/** Maintenance mode (Patroni paused), wherever a cluster is named: nothing fails over while it shows. */
export function MaintenanceBadge() {
  return (
    <span data-testid="maintenance-badge" className="maintenance-badge">
      <Badge tone="warn" shape="tag" title="Patroni is paused: no automatic failover until it is resumed">
        <PauseIcon size={12} />
        Maintenance
      </Badge>
    </span>
  );
}
