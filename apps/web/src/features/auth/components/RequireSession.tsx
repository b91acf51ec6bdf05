import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { ErrorBanner } from '../../../ui/ErrorBanner.js';
import { Spinner } from '../../../ui/Spinner.js';
import { useSession } from '../hooks.js';
import './LoginPage.css';

/** The signed-in part of the app: without a session (or with a password to change) it goes to /login. */
export function RequireSession({ children }: { children: ReactNode }) {
  const session = useSession();
  const location = useLocation();

  if (session.isPending) {
    return (
      <div className="login">
        <Spinner label="Checking your session" />
      </div>
    );
  }
  if (session.isError && session.data === undefined) {
    return (
      <div className="login">
        <div className="login__panel">
          <ErrorBanner
            title="Could not check your session"
            error={session.error}
            onRetry={() => void session.refetch()}
            retrying={session.isFetching}
          />
        </div>
      </div>
    );
  }
  if (!session.data || session.data.user.mustChangePassword) {
    const next = `${location.pathname}${location.search}`;
    return <Navigate to={`/login?next=${encodeURIComponent(next)}`} replace />;
  }
  return children;
}
