import type { Role } from '@keel/shared';
import type { ReactNode } from 'react';
import {
  DatabaseIcon,
  KeyIcon,
  ListIcon,
  LockIcon,
  ServerIcon,
  ShieldIcon,
  UserIcon,
  UsersIcon,
} from '../../ui/icons.js';

export interface NavItem {
  to: string;
  label: string;
  icon: ReactNode;
  /** Shown only to this role and above; the server refuses the rest anyway. */
  role?: Role;
}

export interface NavSection {
  /** Visible heading; the first section needs none. */
  heading?: string;
  items: NavItem[];
}

// Only areas that exist are listed: a link to an unfinished page would promise something that isn't there.
export const navSections: NavSection[] = [
  {
    items: [
      { to: '/clusters', label: 'Clusters', icon: <DatabaseIcon /> },
      { to: '/jobs', label: 'Jobs', icon: <ListIcon /> },
    ],
  },
  {
    heading: 'Administration',
    items: [
      { to: '/admin/users', label: 'Users', icon: <UsersIcon />, role: 'admin' },
      { to: '/admin/tokens', label: 'API tokens', icon: <KeyIcon /> },
      { to: '/admin/audit', label: 'Audit log', icon: <ShieldIcon />, role: 'admin' },
      { to: '/admin/credentials', label: 'Credentials', icon: <LockIcon />, role: 'admin' },
      { to: '/account', label: 'Account', icon: <UserIcon /> },
      { to: '/system', label: 'System', icon: <ServerIcon /> },
    ],
  },
];
