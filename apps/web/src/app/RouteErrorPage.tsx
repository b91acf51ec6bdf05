import { isRouteErrorResponse, useRouteError } from 'react-router';
import { Button } from '../ui/Button.js';
import { ErrorBanner } from '../ui/ErrorBanner.js';
import { Page, PageHeader } from '../ui/Page.js';

/** Shown in place of a page that threw while rendering or loading. */
export function RouteErrorPage() {
  const error = useRouteError();
  const shown = isRouteErrorResponse(error) ? new Error(`${error.status} ${error.statusText}`) : error;
  return (
    <Page>
      <PageHeader
        title="This page failed to load"
        actions={
          <Button variant="secondary" onClick={() => window.location.reload()}>
            Reload
          </Button>
        }
      />
      <ErrorBanner title="Something went wrong on this page" error={shown} />
    </Page>
  );
}
