import type { ReactNode } from 'react';
import { DatabaseIcon, ServerIcon } from '../../ui/icons.js';

export interface NavItem {
  to: string;
  label: string;
  icon: ReactNode;
}

export interface NavSection {
  /** Visible heading; the first section needs none. */
  heading?: string;
  items: NavItem[];
}

// Only areas that exist are listed: a link to an unfinished page would promise something that isn't there.
export const navSections: NavSection[] = [
  { items: [{ to: '/clusters', label: 'Clusters', icon: <DatabaseIcon /> }] },
  { heading: 'Administration', items: [{ to: '/system', label: 'System', icon: <ServerIcon /> }] },
];
