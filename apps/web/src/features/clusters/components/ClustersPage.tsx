import { EmptyState } from '../../../ui/EmptyState.js';
import { DatabaseIcon } from '../../../ui/icons.js';
import { Page, PageHeader } from '../../../ui/Page.js';

export function ClustersPage() {
  return (
    <Page>
      <PageHeader
        title="Clusters"
        description="PostgreSQL clusters under Keel's care: Patroni, etcd and HAProxy."
      />
      {/* Deliberately no sample rows: an operator must never mistake placeholder data for a real cluster. */}
      <EmptyState
        data-testid="clusters-empty"
        icon={<DatabaseIcon size={20} />}
        title="No clusters yet"
        description="Importing a cluster arrives with live status."
      />
    </Page>
  );
}
