import type { CredentialInfo } from '@keel/shared';
import { useState } from 'react';
import { formatAgo, formatDateTime } from '../../../lib/formatTime.js';
import { useNow } from '../../../lib/useNow.js';
import { Badge } from '../../../ui/Badge.js';
import { Button } from '../../../ui/Button.js';
import { Card } from '../../../ui/Card.js';
import { ConfirmDialog } from '../../../ui/ConfirmDialog.js';
import { EmptyState } from '../../../ui/EmptyState.js';
import { ErrorBanner } from '../../../ui/ErrorBanner.js';
import { TextField } from '../../../ui/Field.js';
import { LockIcon, MoreIcon, PlusIcon } from '../../../ui/icons.js';
import { Menu } from '../../../ui/Menu.js';
import { Page, PageHeader } from '../../../ui/Page.js';
import { Skeleton } from '../../../ui/Spinner.js';
import { Table, type Column } from '../../../ui/Table.js';
import { useCredentials, useDeleteCredential, useUpdateCredential } from '../hooks.js';
import { AddCredentialDialog } from './AddCredentialDialog.js';
import { ReplaceSecretDialog } from './ReplaceSecretDialog.js';
import '../../users/components/UsersPage.css';

type Pending = { credential: CredentialInfo; action: 'rename' | 'secret' | 'delete' };

/** SSH keys and database logins Keel holds: `/admin/credentials`, for admins. Secrets never come back. */
export function CredentialsPage() {
  const credentials = useCredentials();
  const now = useNow();
  const [adding, setAdding] = useState(false);
  const [pending, setPending] = useState<Pending | null>(null);
  const list = credentials.data?.credentials;

  const columns: Column<CredentialInfo>[] = [
    { id: 'name', header: 'Name', cell: (c) => <strong>{c.name}</strong> },
    {
      id: 'kind',
      header: 'Kind',
      width: 120,
      cell: (c) => (
        <Badge shape="tag">
          {c.kind === 'ssh'
            ? 'SSH key'
            : c.kind === 'http'
              ? 'HTTP login'
              : c.kind === 'tls'
                ? 'TLS certificate'
                : 'database'}
        </Badge>
      ),
    },
    { id: 'user', header: 'Username', cell: (c) => <span className="mono">{c.username ?? '—'}</span> },
    {
      id: 'fingerprint',
      header: 'Fingerprint',
      cell: (c) => <span className="mono muted">{c.fingerprint ?? '—'}</span>,
    },
    {
      id: 'used',
      header: 'Used by',
      cell: (c) => (c.usedBy.length === 0 ? <span className="muted">nothing</span> : c.usedBy.join(', ')),
    },
    {
      id: 'updated',
      header: 'Updated',
      width: 110,
      cell: (c) => (
        <span className="muted" title={formatDateTime(c.updatedAt)}>
          {formatAgo(c.updatedAt, now)}
        </span>
      ),
    },
    {
      id: 'actions',
      header: <span className="visually-hidden">Actions</span>,
      width: 44,
      cell: (c) => (
        <Menu
          label={`Actions for ${c.name}`}
          trigger={<MoreIcon size={16} />}
          items={[
            { label: 'Rename…', onSelect: () => setPending({ credential: c, action: 'rename' }) },
            {
              label: c.kind === 'ssh' ? 'Replace key…' : 'Replace password…',
              onSelect: () => setPending({ credential: c, action: 'secret' }),
              'data-testid': `replace-secret-${c.name}`,
              ...(c.usedBy.length > 0 && { hint: `${c.usedBy.join(', ')} reconnect` }),
            },
            {
              label: 'Delete…',
              tone: 'danger',
              onSelect: () => setPending({ credential: c, action: 'delete' }),
              ...(c.usedBy.length > 0 && { hint: `used by ${c.usedBy.join(', ')}` }),
            },
          ]}
        />
      ),
    },
  ];

  return (
    <Page>
      <PageHeader
        title="Credentials"
        description="SSH keys and database logins Keel uses, stored encrypted. Secrets go in once and are never shown again."
        actions={
          <Button
            variant="primary"
            icon={<PlusIcon size={14} />}
            onClick={() => setAdding(true)}
            data-testid="add-credential"
          >
            Add credential
          </Button>
        }
      />
      {credentials.isError && (
        <ErrorBanner
          title="Could not load the credentials"
          error={credentials.error}
          onRetry={() => void credentials.refetch()}
          retrying={credentials.isFetching}
        />
      )}
      {list === undefined ? (
        <Card padding="none">
          <div className="admin__loading" aria-busy="true" aria-label="Loading credentials">
            <Skeleton height={14} width="60%" />
          </div>
        </Card>
      ) : list.length === 0 ? (
        <EmptyState
          icon={<LockIcon size={20} />}
          title="No credentials yet"
          description="Add the SSH key Keel logs in to the hosts with, or a database login for its health probe."
        />
      ) : (
        <Card padding="none">
          <Table
            label="Credentials"
            columns={columns}
            rows={list}
            rowKey={(c) => c.id}
            rowAttributes={(c) => ({ 'data-testid': `credential-row-${c.name}` })}
            data-testid="credentials-table"
          />
        </Card>
      )}
      {adding && <AddCredentialDialog onClose={() => setAdding(false)} />}
      {pending?.action === 'rename' && (
        <RenameDialog credential={pending.credential} onClose={() => setPending(null)} />
      )}
      {pending?.action === 'secret' && (
        <ReplaceSecretDialog credential={pending.credential} onClose={() => setPending(null)} />
      )}
      {pending?.action === 'delete' && (
        <DeleteDialog credential={pending.credential} onClose={() => setPending(null)} />
      )}
    </Page>
  );
}

function RenameDialog({ credential, onClose }: { credential: CredentialInfo; onClose: () => void }) {
  const update = useUpdateCredential();
  const [name, setName] = useState(credential.name);
  return (
    <ConfirmDialog
      open
      title={`Rename ${credential.name}`}
      confirmLabel="Rename"
      busy={update.isPending}
      confirmDisabled={name.trim() === '' || name.trim() === credential.name}
      onCancel={onClose}
      onConfirm={() =>
        update.mutate({ id: credential.id, patch: { name: name.trim() } }, { onSuccess: onClose })
      }
      footer={update.isError && <ErrorBanner title="Not renamed" error={update.error} />}
    >
      <TextField
        label="Name"
        value={name}
        autoComplete="off"
        onChange={(event) => setName(event.target.value)}
      />
    </ConfirmDialog>
  );
}

function DeleteDialog({ credential, onClose }: { credential: CredentialInfo; onClose: () => void }) {
  const remove = useDeleteCredential();
  return (
    <ConfirmDialog
      open
      title={`Delete ${credential.name}?`}
      confirmLabel="Delete credential"
      tone="danger"
      busy={remove.isPending}
      onCancel={onClose}
      onConfirm={() => remove.mutate(credential.id, { onSuccess: onClose })}
      footer={remove.isError && <ErrorBanner title="The credential was not deleted" error={remove.error} />}
    >
      <p>
        Keel forgets the {credential.kind === 'ssh' ? 'key' : 'login'}. It cannot be recovered from Keel; the
        key or password itself is not changed anywhere else.
      </p>
      {credential.usedBy.length > 0 && (
        <p>
          It is used by <strong>{credential.usedBy.join(', ')}</strong>: Keel refuses to delete it while it
          is.
        </p>
      )}
    </ConfirmDialog>
  );
}
