import { createBrowserRouter, redirect } from 'react-router';
import { LoginPage } from '../features/auth/components/LoginPage.js';
import { RequireSession } from '../features/auth/components/RequireSession.js';
import { ClusterCrumb } from '../features/clusters/components/ClusterCrumb.js';
import { ClusterPage } from '../pages/ClusterPage.js';
import { DrillReportPage } from '../pages/DrillReportPage.js';
import { ClustersPage } from '../features/clusters/components/ClustersPage.js';
import { ImportClusterPage } from '../features/clusters/components/ImportClusterPage.js';
import { JobCrumb } from '../features/jobs/components/JobCrumb.js';
import { JobPage } from '../pages/JobPage.js';
import { JobsPage } from '../features/jobs/components/JobsPage.js';
import { SystemPage } from '../features/system/components/SystemPage.js';
import { AppShell } from './layout/AppShell.js';
import { NotFoundPage } from './NotFoundPage.js';
import { RouteErrorPage } from './RouteErrorPage.js';
import type { RouteHandle } from '../ui/routeHandle.js';
import { Spinner } from '../ui/Spinner.js';

const handle = (title: string, Label?: RouteHandle['Label']): RouteHandle => ({ title, Label });
type AdminPages = typeof import('./adminPages.js');
/** A page from the administration chunk, fetched the first time one of them is opened. */
const adminPage = (name: keyof AdminPages) => async () => ({
  Component: (await import('./adminPages.js'))[name],
});

export const router = createBrowserRouter([
  { path: 'login', element: <LoginPage />, errorElement: <RouteErrorPage /> },
  {
    element: (
      <RequireSession>
        <AppShell />
      </RequireSession>
    ),
    // Shown while a lazily loaded page (the administration chunk) arrives on the very first load.
    hydrateFallbackElement: (
      <div className="login">
        <Spinner label="Loading Keel" />
      </div>
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
              { path: ':id/drills/:jobId', element: <DrillReportPage />, handle: handle('Drill') },
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
              { path: 'users', lazy: adminPage('AdminUsers'), handle: handle('Users') },
              { path: 'tokens', lazy: adminPage('TokensPage'), handle: handle('API tokens') },
              { path: 'audit', lazy: adminPage('AdminAudit'), handle: handle('Audit log') },
              { path: 'credentials', lazy: adminPage('AdminCredentials'), handle: handle('Credentials') },
            ],
          },
          { path: 'account', lazy: adminPage('AccountPage'), handle: handle('Account') },
          { path: 'system', element: <SystemPage />, handle: handle('System') },
          { path: '*', element: <NotFoundPage />, handle: handle('Page not found') },
        ],
      },
    ],
  },
]);
