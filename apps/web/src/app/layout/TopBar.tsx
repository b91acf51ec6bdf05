import { UserMenu } from '../../features/auth/components/UserMenu.js';
import { Breadcrumbs } from './Breadcrumbs.js';
import { LiveFeedIndicator } from './LiveFeedIndicator.js';
import { ServerStatus } from './ServerStatus.js';
import { ThemeToggle } from './ThemeToggle.js';
import './TopBar.css';

export function TopBar() {
  return (
    <header className="topbar">
      <Breadcrumbs />
      <div className="topbar__tools">
        <LiveFeedIndicator />
        <ServerStatus />
        <span className="topbar__divider" aria-hidden="true" />
        <ThemeToggle />
        <span className="topbar__divider" aria-hidden="true" />
        <UserMenu />
      </div>
    </header>
  );
}
