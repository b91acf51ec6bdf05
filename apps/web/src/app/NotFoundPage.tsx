import { Link, useLocation } from 'react-router';
import { buttonClassName } from '../ui/Button.js';
import { EmptyState } from '../ui/EmptyState.js';
import { CompassIcon } from '../ui/icons.js';
import { Page, PageHeader } from '../ui/Page.js';

export function NotFoundPage() {
  const { pathname } = useLocation();
  return (
    <Page>
      <PageHeader title="Page not found" />
      <EmptyState
        data-testid="not-found"
        icon={<CompassIcon size={20} />}
        title={
          <>
            Nothing lives at <code>{pathname}</code>
          </>
        }
        description="The link may be old, or the address mistyped."
        action={
          <Link to="/clusters" className={buttonClassName({ variant: 'secondary' })}>
            Go to clusters
          </Link>
        }
      />
    </Page>
  );
}
