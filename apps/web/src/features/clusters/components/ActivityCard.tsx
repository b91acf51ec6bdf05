import { activityKey, type ActivityEvent } from '@keel/shared';
import type { ReactNode } from 'react';
import { describeError } from '../../../api/describeError.js';
import { formatClock } from '../../../lib/formatTime.js';
import { Card } from '../../../ui/Card.js';
import { StatusPill } from '../../../ui/StatusPill.js';
import { useClusterActivity } from '../hooks.js';

const ROLE_WORDS: Record<string, string> = {
  leader: 'leader',
  standby_leader: 'standby leader',
  sync_standby: 'sync standby',
  quorum_standby: 'quorum standby',
  replica: 'replica',
  unknown: 'unknown',
};
const role = (value: string | null) => (value === null ? 'gone' : (ROLE_WORDS[value] ?? value));

function describe(event: ActivityEvent): { kind: string; text: ReactNode } {
  switch (event.type) {
    case 'cluster.leader':
      return {
        kind: 'leader',
        text: (
          <>
            Leader <b className="mono">{event.from ?? 'none'}</b> →{' '}
            <b className="mono">{event.to ?? 'none'}</b>
          </>
        ),
      };
    case 'member.role':
      return {
        kind: 'role',
        text: (
          <>
            <b className="mono">{event.member}</b> {role(event.from)} → {role(event.to)}
          </>
        ),
      };
    case 'cluster.health':
      return {
        kind: 'health',
        text: (
          <span className="activity__health">
            <StatusPill health={event.from} /> → <StatusPill health={event.to} />
            {event.reasons[0] && <span className="activity__reason">{event.reasons[0]}</span>}
          </span>
        ),
      };
  }
}

/**
 * The story of a failover, newest first: what Keel kept of this cluster's leader, role and health changes
 * (across reloads and restarts of Keel), and each new one the moment Keel sees it.
 */
export function ActivityCard({ clusterId }: { clusterId: string }) {
  const { events, error, pending } = useClusterActivity(clusterId);
  return (
    <Card title="Live activity" padding="none" className="activity" actions="kept by Keel, newest first">
      {error !== null && events.length === 0 ? (
        <p className="table-empty" role="status">
          Could not load what Keel kept ({describeError(error).message}); new changes still appear here as
          Keel sees them.
        </p>
      ) : events.length === 0 ? (
        <p className="table-empty">
          {pending
            ? 'Loading what Keel kept…'
            : 'Leader, role and health changes appear here the moment Keel sees them.'}
        </p>
      ) : (
        <ol className="activity__list" data-testid="activity">
          {events.map((event) => {
            const entry = describe(event);
            return (
              <li key={activityKey(event)} className={`activity__item activity__item--${entry.kind}`}>
                <time className="activity__time mono" dateTime={event.at}>
                  {formatClock(event.at)}
                </time>
                <span className="activity__text">{entry.text}</span>
              </li>
            );
          })}
        </ol>
      )}
    </Card>
  );
}
