/** Every page of the dashboard, as an admin sees it (the admin sees the most), with what shows it is ready. */
export const everyPage = (clusterId: string) => [
  { name: 'clusters', path: '/clusters', ready: 'clusters-table' },
  { name: 'import', path: '/clusters/import', ready: 'import-form' },
  { name: 'cluster', path: `/clusters/${clusterId}`, ready: 'topology' },
  { name: 'jobs', path: '/jobs', ready: 'app-shell' },
  { name: 'users', path: '/admin/users', ready: 'app-shell' },
  { name: 'tokens', path: '/admin/tokens', ready: 'app-shell' },
  { name: 'audit', path: '/admin/audit', ready: 'app-shell' },
  { name: 'credentials', path: '/admin/credentials', ready: 'app-shell' },
  { name: 'account', path: '/account', ready: 'app-shell' },
  { name: 'system', path: '/system', ready: 'app-shell' },
  { name: 'not found', path: '/no-such-page', ready: 'app-shell' },
];
