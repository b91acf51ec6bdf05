import type { ApiTokenInfo } from '@keel/shared';
import { useState } from 'react';
import { formatAgo, formatDateTime } from '../../../lib/formatTime.js';
import { useNow } from '../../../lib/useNow.js';
import { Badge } from '../../../ui/Badge.js';
import { Button } from '../../../ui/Button.js';
import { Card } from '../../../ui/Card.js';
import { ConfirmDialog } from '../../../ui/ConfirmDialog.js';
import { EmptyState } from '../../../ui/EmptyState.js';
import { ErrorBanner } from '../../../ui/ErrorBanner.js';
import { KeyIcon, PlusIcon } from '../../../ui/icons.js';
import { Page, PageHeader } from '../../../ui/Page.js';
import { Skeleton } from '../../../ui/Spinner.js';
import { Table, type Column } from '../../../ui/Table.js';
import { useHasRole } from '../../auth/hooks.js';
import { tokenState, type TokenState } from '../expiry.js';
import { useRevokeToken, useTokens } from '../hooks.js';
import { CreateTokenDialog } from './CreateTokenDialog.js';
import '../../users/components/UsersPage.css';
import './TokensPage.css';

const STATE_TONE = { active: 'ok', expired: 'neutral', revoked: 'critical' } as const;

/** API tokens for scripts: `/admin/tokens`. Everyone sees their own; admins see everyone's. */
export function TokensPage() {
  const tokens = useTokens();
  const isAdmin = useHasRole('admin');
  const now = useNow();
  const [creating, setCreating] = useState(false);
  const [revoking, setRevoking] = useState<ApiTokenInfo | null>(null);
  const list = tokens.data?.tokens;

  const when = (at: string | null, none: string) =>
    at === null ? (
      <span className="muted">{none}</span>
    ) : (
      <span title={formatDateTime(at)}>{formatAgo(at, now)}</span>
    );

  const columns: Column<ApiTokenInfo>[] = [
    { id: 'name', header: 'Name', cell: (t) => <span className="tokens__name">{t.name}</span> },
    { id: 'owner', header: 'Owner', cell: (t) => t.owner },
    { id: 'role', header: 'Role', width: 100, cell: (t) => <Badge shape="tag">{t.role}</Badge> },
    { id: 'created', header: 'Created', width: 110, cell: (t) => when(t.createdAt, '—') },
    {
      id: 'expires',
      header: 'Expires',
      width: 130,
      cell: (t) =>
        t.expiresAt === null ? (
          <span className="muted">never</span>
        ) : (
          <span title={formatDateTime(t.expiresAt)}>{t.expiresAt.slice(0, 10)}</span>
        ),
    },
    { id: 'used', header: 'Last used', width: 110, cell: (t) => when(t.lastUsedAt, 'never') },
    {
      id: 'state',
      header: 'State',
      width: 110,
      cell: (t) => {
        const state: TokenState = tokenState(t, now);
        return (
          <Badge
            tone={STATE_TONE[state]}
            dot
            title={t.revokedAt ? `revoked ${formatDateTime(t.revokedAt)}` : undefined}
          >
            {state}
          </Badge>
        );
      },
    },
    {
      id: 'actions',
      header: <span className="visually-hidden">Actions</span>,
      width: 90,
      cell: (t) =>
        t.revokedAt === null && (
          <Button size="sm" variant="ghost" onClick={() => setRevoking(t)} data-testid={`revoke-${t.name}`}>
            Revoke
          </Button>
        ),
    },
  ];

  return (
    <Page>
      <PageHeader
        title="API tokens"
        description={
          isAdmin
            ? "Tokens let scripts call Keel's API with a role. As an admin you see everyone's."
            : "Tokens let your scripts call Keel's API with a role up to yours."
        }
        actions={
          <Button
            variant="primary"
            icon={<PlusIcon size={14} />}
            onClick={() => setCreating(true)}
            data-testid="create-token"
          >
            Create token
          </Button>
        }
      />
      {tokens.isError && (
        <ErrorBanner
          title="Could not load the tokens"
          error={tokens.error}
          onRetry={() => void tokens.refetch()}
          retrying={tokens.isFetching}
        />
      )}
      {list === undefined ? (
        <Card padding="none">
          <div className="admin__loading" aria-busy="true" aria-label="Loading tokens">
            <Skeleton height={14} width="60%" />
            <Skeleton height={14} width="45%" />
          </div>
        </Card>
      ) : list.length === 0 ? (
        <EmptyState
          icon={<KeyIcon size={20} />}
          title="No API tokens"
          description="Create one for a script or a monitoring system; its secret is shown once."
        />
      ) : (
        <Card padding="none">
          <Table
            label="API tokens"
            columns={columns}
            rows={list}
            rowKey={(t) => t.id}
            rowAttributes={(t) => ({
              'data-testid': `token-row-${t.name}`,
              'data-state': tokenState(t, now),
            })}
            rowTone={(t) => (tokenState(t, now) === 'active' ? undefined : 'muted')}
            data-testid="tokens-table"
          />
        </Card>
      )}
      {creating && <CreateTokenDialog onClose={() => setCreating(false)} />}
      {revoking !== null && <RevokeDialog token={revoking} onClose={() => setRevoking(null)} />}
    </Page>
  );
}

function RevokeDialog({ token, onClose }: { token: ApiTokenInfo; onClose: () => void }) {
  const revoke = useRevokeToken();
  return (
    <ConfirmDialog
      open
      title={`Revoke “${token.name}”?`}
      confirmLabel="Revoke token"
      tone="danger"
      busy={revoke.isPending}
      onCancel={onClose}
      onConfirm={() => revoke.mutate(token.id, { onSuccess: onClose })}
      footer={revoke.isError && <ErrorBanner title="The token was not revoked" error={revoke.error} />}
    >
      <p>
        Requests with it are refused from now on. Whatever uses it ({token.owner}&apos;s script or system)
        needs a new token. This cannot be undone.
      </p>
    </ConfirmDialog>
  );
}
