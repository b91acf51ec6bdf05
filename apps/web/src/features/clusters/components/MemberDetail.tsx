import {
  formatBytes,
  memberReplication,
  type ClusterDetail,
  type MemberState,
  type ReplicationSlot,
  type ReplicationView,
} from '@keel/shared';
import { formatClock } from '../../../lib/formatTime.js';
import { Badge } from '../../../ui/Badge.js';
import { Button } from '../../../ui/Button.js';
import { CopyButton } from '../../../ui/CopyButton.js';
import { CloseIcon } from '../../../ui/icons.js';
import { KeyValueList, type KeyValueItem } from '../../../ui/KeyValueList.js';
import { connectionStrings } from '../connectionStrings.js';

export const MEMBER_DETAIL_ID = 'member-detail';

const dash = <span className="muted">—</span>;
const lsn = (value: string | null) => value ?? dash;
const bytes = (value: number | null) => (value === null ? dash : formatBytes(value));

/** Why there is no replication view to read from, in words. */
function replicationUnknown(cluster: ClusterDetail, replication: ReplicationView | null): string | null {
  if (replication === null) {
    return cluster.hasDatabaseLogin
      ? 'Keel has no read-write endpoint for this cluster, so it cannot ask the leader.'
      : 'Keel has no database login for this cluster, so it cannot ask the leader (Connection settings).';
  }
  if (replication.error !== null) return `The leader could not be asked: ${replication.error}`;
  return null;
}

function slotItems(slot: ReplicationSlot): KeyValueItem[] {
  return [
    { label: 'Slot', value: slot.name, mono: true },
    {
      label: 'Active',
      value: <Badge tone={slot.active ? 'ok' : 'warn'}>{slot.active ? 'active' : 'inactive'}</Badge>,
    },
    { label: 'Restart LSN', value: lsn(slot.restartLsn), mono: true },
    { label: 'WAL status', value: slot.walStatus ?? dash },
    { label: 'WAL held back', value: bytes(slot.retainedBytes), mono: true },
  ];
}

/** What the leader's PostgreSQL says about this member: its replication and its slot. */
function ReplicationFacts({ cluster, member }: { cluster: ClusterDetail; member: MemberState }) {
  const replication = cluster.replication;
  const unknown = replicationUnknown(cluster, replication);
  if (unknown !== null || replication === null) return <p className="muted">{unknown}</p>;
  const asOf = replication.checkedAt ? `, ${formatClock(replication.checkedAt)}` : '';

  if (member.name === cluster.leader) {
    return (
      <>
        <KeyValueList
          items={[
            { label: 'Current WAL LSN', value: lsn(replication.currentLsn), mono: true },
            {
              label: 'Streams to',
              value:
                replication.standbys.length === 0
                  ? 'no standby'
                  : replication.standbys
                      .map((s) => `${s.applicationName} (${s.state ?? '?'}, ${s.syncState ?? '?'})`)
                      .join(', '),
            },
          ]}
        />
        <h4 className="member-detail__subtitle">Replication slots on {member.name}</h4>
        {replication.slots.length === 0 ? (
          <p className="muted">None.</p>
        ) : (
          <ul className="member-detail__slots">
            {replication.slots.map((slot) => (
              <li key={slot.name}>
                <KeyValueList items={slotItems(slot)} />
              </li>
            ))}
          </ul>
        )}
        <p className="member-detail__source muted">pg_stat_replication and pg_replication_slots{asOf}</p>
      </>
    );
  }

  const { standby, slot } = memberReplication(replication, member.name);
  const leader = cluster.leader ?? 'the leader';
  return (
    <>
      {standby === null ? (
        <p className="muted">
          {leader} is not streaming to {member.name} (no row in its pg_stat_replication).
        </p>
      ) : (
        <KeyValueList
          items={[
            { label: 'State', value: standby.state ?? dash },
            {
              label: 'Sync state',
              value: `${standby.syncState ?? 'unknown'}${standby.syncPriority ? ` (priority ${standby.syncPriority})` : ''}`,
            },
            { label: 'Sent LSN', value: lsn(standby.sentLsn), mono: true },
            { label: 'Write LSN', value: lsn(standby.writeLsn), mono: true },
            { label: 'Flush LSN', value: lsn(standby.flushLsn), mono: true },
            { label: 'Replay LSN', value: lsn(standby.replayLsn), mono: true },
            { label: 'Replay behind', value: bytes(standby.replayLagBytes), mono: true },
            { label: 'Leader at', value: lsn(replication.currentLsn), mono: true },
          ]}
        />
      )}
      <h4 className="member-detail__subtitle">Replication slot</h4>
      {slot === null ? (
        <p className="muted">{leader} keeps no slot for this member.</p>
      ) : (
        <KeyValueList items={slotItems(slot)} />
      )}
      <p className="member-detail__source muted">
        As {leader} reports it (pg_stat_replication, pg_replication_slots){asOf}
      </p>
    </>
  );
}

function Tags({ member }: { member: MemberState }) {
  const tags = Object.entries(member.tags);
  if (tags.length === 0) return <p className="muted">No tags.</p>;
  return (
    <ul className="member-detail__tags">
      {tags.map(([tag, value]) => (
        <li key={tag}>
          <Badge shape="tag">
            <span className="mono">
              {tag}: {typeof value === 'string' ? value : JSON.stringify(value)}
            </span>
          </Badge>
        </li>
      ))}
    </ul>
  );
}

/** One member in detail: what an operator looks up before acting on it. */
export function MemberDetail({
  cluster,
  member,
  onClose,
}: {
  cluster: ClusterDetail;
  member: MemberState;
  onClose: () => void;
}) {
  return (
    <section
      id={MEMBER_DETAIL_ID}
      className="member-detail"
      aria-labelledby="member-detail-title"
      data-testid="member-detail"
      data-member={member.name}
    >
      <header className="member-detail__header">
        <h3 id="member-detail-title" className="member-detail__title">
          <span className="mono">{member.name}</span> in detail
        </h3>
        <Button size="sm" variant="ghost" icon={<CloseIcon size={14} />} onClick={onClose}>
          Close
        </Button>
      </header>
      <div className="member-detail__grid">
        <div className="member-detail__block" data-testid="member-replication">
          <h4 className="member-detail__subtitle">Replication</h4>
          <ReplicationFacts cluster={cluster} member={member} />
        </div>
        <div className="member-detail__block">
          <h4 className="member-detail__subtitle">Tags</h4>
          <Tags member={member} />
          <h4 className="member-detail__subtitle">Connect</h4>
          <ul className="member-detail__connect" data-testid="member-connect">
            {connectionStrings(cluster, member).map((c) => (
              <li key={c.uri}>
                <span className="member-detail__connect-label">{c.label}</span>
                <span className="member-detail__connect-line">
                  <code className="mono">{c.uri}</code>
                  <CopyButton text={c.uri} />
                </span>
              </li>
            ))}
          </ul>
        </div>
      </div>
    </section>
  );
}
