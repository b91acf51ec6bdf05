import { useState } from 'react';
import { Outlet, ScrollRestoration, useLocation } from 'react-router';
import { Sidebar } from './Sidebar.js';
import { TopBar } from './TopBar.js';
import './AppShell.css';

export function AppShell() {
  // On a phone the navigation is a panel the top bar's Menu button opens; it closes once a page is chosen.
  // Kept as the page it was opened on, so it is closed on any other page without an effect.
  const { pathname } = useLocation();
  const [openOn, setOpenOn] = useState<string | null>(null);
  const navOpen = openOn === pathname;
  const setNavOpen = (open: boolean) => setOpenOn(open ? pathname : null);
  return (
    <div className={navOpen ? 'shell shell--nav-open' : 'shell'} data-testid="app-shell">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <Sidebar id="main-navigation" onClose={() => setNavOpen(false)} />
      <div className="shell__column">
        <TopBar navOpen={navOpen} onToggleNav={() => setNavOpen(!navOpen)} />
        <main id="main" className="shell__main" tabIndex={-1}>
          <Outlet />
        </main>
      </div>
      <ScrollRestoration />
    </div>
  );
}
