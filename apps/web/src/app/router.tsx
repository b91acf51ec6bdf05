import type { ReactNode } from 'react';
import { createBrowserRouter, redirect } from 'react-router';
import { AuditPage } from '../features/audit/components/AuditPage.js';
import { AccountPage } from '../features/auth/components/AccountPage.js';
import { LoginPage } from '../features/auth/components/LoginPage.js';
import { RequireRole } from '../features/auth/components/RequireRole.js';
import { RequireSession } from '../features/auth/components/RequireSession.js';
import { ClusterCrumb } from '../features/clusters/components/ClusterCrumb.js';
import { ClusterPage } from '../features/clusters/components/ClusterPage.js';
import { ClustersPage } from '../features/clusters/components/ClustersPage.js';
import { ImportClusterPage } from '../features/clusters/components/ImportClusterPage.js';
import { CredentialsPage } from '../features/credentials/components/CredentialsPage.js';
import { JobCrumb } from '../features/jobs/components/JobCrumb.js';
import { JobPage } from '../features/jobs/components/JobPage.js';
import { JobsPage } from '../features/jobs/components/JobsPage.js';
import { SystemPage } from '../features/system/components/SystemPage.js';
import { TokensPage } from '../features/tokens/components/TokensPage.js';
import { UsersPage } from '../features/users/components/UsersPage.js';
import { AppShell } from './layout/AppShell.js';
import { NotFoundPage } from './NotFoundPage.js';
import { RouteErrorPage } from './RouteErrorPage.js';
import type { RouteHandle } from './routeHandle.js';

const handle = (title: string, Label?: RouteHandle['Label']): RouteHandle => ({ title, Label });
const admin = (page: ReactNode) => <RequireRole role="admin">{page}</RequireRole>;

export const router = createBrowserRouter([
  { path: 'login', element: <LoginPage />, errorElement: <RouteErrorPage /> },
  {
    element: (
      <RequireSession>
        <AppShell />
      </RequireSession>
    ),
    children: [
      {
        // A pathless boundary inside the shell: a failing page keeps the sidebar and top bar usable.
        errorElement: <RouteErrorPage />,
        children: [
          { index: true, loader: () => redirect('/clusters') },
          {
            path: 'clusters',
            handle: handle('Clusters'),
            children: [
              { index: true, element: <ClustersPage /> },
              { path: 'import', element: <ImportClusterPage />, handle: handle('Import') },
              { path: ':id', element: <ClusterPage />, handle: handle('Cluster', ClusterCrumb) },
            ],
          },
          {
            path: 'jobs',
            handle: handle('Jobs'),
            children: [
              { index: true, element: <JobsPage /> },
              { path: ':id', element: <JobPage />, handle: handle('Job', JobCrumb) },
            ],
          },
          {
            path: 'admin',
            children: [
              { index: true, loader: () => redirect('/admin/tokens') },
              { path: 'users', element: admin(<UsersPage />), handle: handle('Users') },
              { path: 'tokens', element: <TokensPage />, handle: handle('API tokens') },
              { path: 'audit', element: admin(<AuditPage />), handle: handle('Audit log') },
              { path: 'credentials', element: admin(<CredentialsPage />), handle: handle('Credentials') },
            ],
          },
          { path: 'account', element: <AccountPage />, handle: handle('Account') },
          { path: 'system', element: <SystemPage />, handle: handle('System') },
          { path: '*', element: <NotFoundPage />, handle: handle('Page not found') },
        ],
      },
    ],
  },
]);
