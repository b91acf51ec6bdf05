import { ErrorBanner } from '../../../ui/ErrorBanner.js';
import { Page, PageGrid, PageHeader } from '../../../ui/Page.js';
import { useHealth } from '../hooks.js';
import { ApiReferenceCard } from './ApiReferenceCard.js';
import { HealthCard } from './HealthCard.js';
import { RefreshHealthButton } from './RefreshHealthButton.js';

export function SystemPage() {
  const health = useHealth();
  return (
    <Page>
      <PageHeader
        title="System"
        description="The Keel server this console talks to."
        actions={<RefreshHealthButton health={health} />}
      />
      {health.isError && (
        <ErrorBanner
          title={
            health.data
              ? 'The latest health check failed; showing the last answer'
              : 'Could not load server health'
          }
          error={health.error}
        />
      )}
      <PageGrid>
        <HealthCard health={health} />
        <ApiReferenceCard />
      </PageGrid>
    </Page>
  );
}
