import { createBrowserRouter, redirect } from 'react-router';
import { ClustersPage } from '../features/clusters/components/ClustersPage.js';
import { SystemPage } from '../features/system/components/SystemPage.js';
import { AppShell } from './layout/AppShell.js';
import { NotFoundPage } from './NotFoundPage.js';
import { RouteErrorPage } from './RouteErrorPage.js';
import type { RouteHandle } from './routeHandle.js';

const handle = (title: string): RouteHandle => ({ title });

export const router = createBrowserRouter([
  {
    element: <AppShell />,
    children: [
      {
        // A pathless boundary inside the shell: a failing page keeps the sidebar and top bar usable.
        errorElement: <RouteErrorPage />,
        children: [
          { index: true, loader: () => redirect('/clusters') },
          { path: 'clusters', element: <ClustersPage />, handle: handle('Clusters') },
          { path: 'system', element: <SystemPage />, handle: handle('System') },
          { path: '*', element: <NotFoundPage />, handle: handle('Page not found') },
        ],
      },
    ],
  },
]);
