import type { UseQueryResult } from '@tanstack/react-query';
import type { HealthResponse } from '@keel/shared';
import { useState } from 'react';
import { Button } from '../../../ui/Button.js';
import { RefreshIcon } from '../../../ui/icons.js';

export function RefreshHealthButton({ health }: { health: UseQueryResult<HealthResponse> }) {
  // Busy only for the operator's own click: background polls every 15 s must not make the button twitch.
  const [refreshing, setRefreshing] = useState(false);
  const refresh = () => {
    setRefreshing(true);
    // The query shows the outcome itself; the promise only tells us when to stop spinning.
    void health.refetch().finally(() => setRefreshing(false));
  };
  return (
    <Button icon={<RefreshIcon size={14} />} busy={refreshing} onClick={refresh}>
      Refresh
    </Button>
  );
}
