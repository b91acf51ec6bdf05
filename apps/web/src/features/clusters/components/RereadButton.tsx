import { describeError } from '../../../api/describeError.js';
import { Button } from '../../../ui/Button.js';
import { RefreshIcon } from '../../../ui/icons.js';
import { useRefreshCluster } from '../hooks.js';

/** "Re-read now": Keel reads every source of the cluster again and restarts its etcd watch. */
export function RereadButton({ clusterId }: { clusterId: string }) {
  const refresh = useRefreshCluster(clusterId);
  return (
    <span className="reread">
      <Button
        size="sm"
        icon={<RefreshIcon size={14} />}
        busy={refresh.isPending}
        onClick={() => refresh.mutate()}
        title="Read Patroni, etcd, HAProxy and the SQL probe again now, and restart Keel's etcd watch"
        data-testid="reread"
      >
        Re-read now
      </Button>
      {refresh.isError && (
        <span className="reread__error" role="alert">
          Could not re-read: {describeError(refresh.error).message}
        </span>
      )}
    </span>
  );
}
