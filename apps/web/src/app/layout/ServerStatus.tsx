import { Link } from 'react-router';
import { describeError } from '../../api/describeError.js';
import { useHealth } from '../../features/system/hooks.js';
import { serverState, type ServerState } from './serverState.js';
import './ServerStatus.css';

const LABELS: Record<ServerState, string> = {
  checking: 'Checking server…',
  ok: 'Server ok',
  degraded: 'Server degraded',
  error: 'Server error',
  unreachable: 'Server unreachable',
};

/** The header's one-glance answer to "is Keel itself working?"; links to the System page for detail. */
export function ServerStatus() {
  const health = useHealth();
  const state = serverState(health);
  const detail =
    state === 'unreachable' || state === 'error'
      ? describeError(health.error).message
      : health.data && `Keel ${health.data.version}, database ${health.data.database}`;

  return (
    <Link
      to="/system"
      className={`server-status server-status--${state}`}
      data-testid="server-status"
      data-state={state}
      title={detail}
    >
      <span className="server-status__dot" aria-hidden="true" />
      {/* Polite live region: a screen reader hears a change of state, not every poll. */}
      <span aria-live="polite">{LABELS[state]}</span>
    </Link>
  );
}
