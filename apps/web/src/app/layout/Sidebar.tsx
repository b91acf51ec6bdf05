import type { Role } from '@keel/shared';
import { Link, NavLink } from 'react-router';
import { useSession } from '../../features/auth/hooks.js';
import { roleAtLeast } from '../../features/auth/roles.js';
import { LogoMark } from '../../ui/LogoMark.js';
import { navSections } from './navItems.js';
import './Sidebar.css';

/** The main navigation; on a phone a panel over the page (`shell--nav-open`), closed by Escape. */
export function Sidebar({ id, onClose }: { id: string; onClose: () => void }) {
  const role = useSession().data?.user.role;
  const allowed = (needed: Role | undefined) =>
    needed === undefined || (role !== undefined && roleAtLeast(role, needed));
  return (
    <div
      className="sidebar"
      id={id}
      data-testid="sidebar"
      onKeyDown={(event) => {
        if (event.key === 'Escape') onClose();
      }}
    >
      <Link to="/" className="sidebar__brand" aria-label="Keel home">
        <LogoMark />
        <span className="sidebar__name">Keel</span>
      </Link>
      <nav className="sidebar__nav" aria-label="Main">
        {navSections.map((section, index) => (
          <div className="sidebar__section" key={section.heading ?? index}>
            {section.heading !== undefined && <p className="sidebar__heading">{section.heading}</p>}
            <ul className="sidebar__list">
              {section.items
                .filter((item) => allowed(item.role))
                .map((item) => (
                  <li key={item.to}>
                    {/* NavLink sets aria-current="page" on the active link; the styling keys off that. */}
                    <NavLink to={item.to} className="sidebar__link" title={item.label}>
                      {item.icon}
                      <span className="sidebar__label">{item.label}</span>
                    </NavLink>
                  </li>
                ))}
            </ul>
          </div>
        ))}
      </nav>
    </div>
  );
}
