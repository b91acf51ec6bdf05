import type { ClusterDetail, EtcdMemberState } from '@keel/shared';
import { formatAgo, formatDateTime } from '../../../lib/formatTime.js';
import { useNow } from '../../../lib/useNow.js';
import { Badge } from '../../../ui/Badge.js';
import { Card } from '../../../ui/Card.js';
import { Table, type Column } from '../../../ui/Table.js';
import { describeWatch } from '../viewStatus.js';

export function EtcdCard({ cluster }: { cluster: ClusterDetail }) {
  const now = useNow();
  const healthy = cluster.etcd.filter((e) => e.healthy).length;
  const quorum = Math.floor(cluster.etcd.length / 2) + 1;
  const watch = cluster.view.watch;
  const watchText = describeWatch(watch);
  const columns: Column<EtcdMemberState>[] = [
    {
      id: 'name',
      header: 'Member',
      cell: (e) => (
        <span className="members__name">
          <strong>{e.name}</strong>
          {e.isLeader && (
            <Badge tone="leader" shape="tag">
              raft leader
            </Badge>
          )}
        </span>
      ),
    },
    {
      id: 'health',
      header: 'Health',
      cell: (e) => (
        <span title={e.error ?? undefined}>
          <Badge tone={e.healthy ? 'ok' : 'critical'} dot>
            {e.healthy ? 'healthy' : 'unhealthy'}
          </Badge>
        </span>
      ),
    },
    { id: 'endpoint', header: 'Endpoint', cell: (e) => <span className="mono muted">{e.endpoint}</span> },
    {
      id: 'seen',
      header: 'Last seen',
      numeric: true,
      cell: (e) =>
        e.lastSeen === null ? (
          <span className="members__off">never</span>
        ) : (
          <span className="muted" title={formatDateTime(e.lastSeen)}>
            {formatAgo(e.lastSeen, now)}
          </span>
        ),
    },
  ];
  return (
    <Card
      title="etcd"
      padding="none"
      actions={
        cluster.etcd.length > 0 && (
          <span className={healthy < quorum ? 'members__alert' : undefined}>
            {healthy}/{cluster.etcd.length} healthy · quorum {quorum}
          </span>
        )
      }
    >
      <p className="etcd-watch" data-testid="etcd-watch" data-status={watch.status}>
        <span>Keel&apos;s watch</span>
        <Badge tone={watchText.tone} dot>
          {watchText.label}
        </Badge>
        {watch.lastEventAt !== null && (
          <span className="muted" title={formatDateTime(watch.lastEventAt)}>
            last change {formatAgo(watch.lastEventAt, now)}
          </span>
        )}
        <span className="muted" data-testid="etcd-watch-restarts">
          {watch.restarts === 0 ? 'never restarted' : `restarted ${watch.restarts}×`}
        </span>
        {watch.lastRestart !== null && (
          <span className="etcd-watch__reason" title={formatDateTime(watch.lastRestart.at)}>
            last restart {formatAgo(watch.lastRestart.at, now)}: {watch.lastRestart.reason}
          </span>
        )}
      </p>
      {cluster.etcd.length === 0 ? (
        <p className="table-empty">
          No etcd member observed yet
          {cluster.etcdEndpoints.length > 0 && (
            <>
              {' '}
              (endpoints <span className="mono">{cluster.etcdEndpoints.join(', ')}</span>)
            </>
          )}
          .
        </p>
      ) : (
        <>
          <Table
            label="etcd members"
            columns={columns}
            rows={cluster.etcd}
            rowKey={(e) => e.name}
            rowAttributes={(e) => ({
              'data-testid': `etcd-row-${e.name}`,
              'data-healthy': String(e.healthy),
              'data-leader': String(e.isLeader),
            })}
            rowTone={(e) => (e.healthy ? undefined : 'critical')}
          />
          {cluster.etcd.some((e) => e.error) && (
            <ul className="members__errors">
              {cluster.etcd
                .filter((e) => e.error)
                .map((e) => (
                  <li key={e.name}>
                    <strong>{e.name}</strong> <span className="mono">{e.error}</span>
                  </li>
                ))}
            </ul>
          )}
        </>
      )}
    </Card>
  );
}
