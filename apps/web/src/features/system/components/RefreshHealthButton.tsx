import type { UseQueryResult } from '@tanstack/react-query';
import type { HealthResponse } from '@keel/shared';
import { Button } from '../../../ui/Button.js';
import { RefreshIcon } from '../../../ui/icons.js';

export function RefreshHealthButton({ health }: { health: UseQueryResult<HealthResponse> }) {
  return (
    <Button
      icon={<RefreshIcon size={14} />}
      busy={health.isFetching}
      // The result is shown by the query itself; nothing to do with the promise here.
      onClick={() => void health.refetch()}
    >
      Refresh
    </Button>
  );
}
