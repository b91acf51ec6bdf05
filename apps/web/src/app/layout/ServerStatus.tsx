import { Link } from 'react-router';
import { useHealth } from '../../features/system/hooks.js';
import { describeError } from '../../api/describeError.js';
import './ServerStatus.css';

type State = 'checking' | 'ok' | 'degraded' | 'unreachable';

const LABELS: Record<State, string> = {
  checking: 'Checking server…',
  ok: 'Server ok',
  degraded: 'Server degraded',
  unreachable: 'Server unreachable',
};

/** The header's one-glance answer to "is Keel itself working?"; links to the System page for detail. */
export function ServerStatus() {
  const health = useHealth();
  // A failed latest poll wins over older data: the operator must see that the picture may be stale.
  const state: State = health.isError
    ? 'unreachable'
    : health.data === undefined
      ? 'checking'
      : health.data.status === 'ok'
        ? 'ok'
        : 'degraded';
  const detail =
    state === 'unreachable'
      ? describeError(health.error).message
      : health.data !== undefined
        ? `Keel ${health.data.version} · database ${health.data.database}`
        : undefined;

  return (
    <Link
      to="/system"
      className={`server-status server-status--${state}`}
      data-testid="server-status"
      data-state={state}
      title={detail}
    >
      <span className="server-status__dot" aria-hidden="true" />
      {/* A polite live region: screen readers hear a change of state, not every poll. */}
      <span aria-live="polite">{LABELS[state]}</span>
      {health.data !== undefined && state !== 'unreachable' && (
        <span className="server-status__version mono">v{health.data.version}</span>
      )}
    </Link>
  );
}
