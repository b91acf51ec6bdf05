import { UserMenu } from '../../features/auth/components/UserMenu.js';
import { CloseIcon, ListIcon } from '../../ui/icons.js';
import { Breadcrumbs } from './Breadcrumbs.js';
import { LiveFeedIndicator } from './LiveFeedIndicator.js';
import { ServerStatus } from './ServerStatus.js';
import { ThemeToggle } from './ThemeToggle.js';
import './TopBar.css';

interface TopBarProps {
  navOpen: boolean;
  onToggleNav: () => void;
}

export function TopBar({ navOpen, onToggleNav }: TopBarProps) {
  return (
    <header className="topbar">
      {/* Shown on narrow screens only, where the navigation folds away. */}
      <button
        type="button"
        className="topbar__menu"
        aria-expanded={navOpen}
        aria-controls="main-navigation"
        onClick={onToggleNav}
        data-testid="nav-toggle"
      >
        {navOpen ? <CloseIcon size={16} /> : <ListIcon size={16} />}
        <span>Menu</span>
      </button>
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
