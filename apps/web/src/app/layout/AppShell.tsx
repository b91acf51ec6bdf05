import { useEffect, useState } from 'react';
import { Outlet, ScrollRestoration, useLocation } from 'react-router';
import { Sidebar } from './Sidebar.js';
import { TopBar } from './TopBar.js';
import './AppShell.css';

export function AppShell() {
  // On a phone the navigation is a panel the top bar's Menu button opens; it closes once a page is chosen.
  const [navOpen, setNavOpen] = useState(false);
  const location = useLocation();
  useEffect(() => setNavOpen(false), [location.pathname]);
  return (
    <div className={navOpen ? 'shell shell--nav-open' : 'shell'} data-testid="app-shell">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <Sidebar id="main-navigation" onClose={() => setNavOpen(false)} />
      <div className="shell__column">
        <TopBar navOpen={navOpen} onToggleNav={() => setNavOpen((open) => !open)} />
        <main id="main" className="shell__main" tabIndex={-1}>
          <Outlet />
        </main>
      </div>
      <ScrollRestoration />
    </div>
  );
}
