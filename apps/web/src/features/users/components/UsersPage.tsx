import type { User } from '@keel/shared';
import { useState } from 'react';
import { formatAgo, formatDateTime } from '../../../lib/formatTime.js';
import { useNow } from '../../../lib/useNow.js';
import { Badge } from '../../../ui/Badge.js';
import { Button } from '../../../ui/Button.js';
import { Card } from '../../../ui/Card.js';
import { ErrorBanner } from '../../../ui/ErrorBanner.js';
import { MoreIcon, PlusIcon } from '../../../ui/icons.js';
import { Menu } from '../../../ui/Menu.js';
import { Page, PageHeader } from '../../../ui/Page.js';
import { Skeleton } from '../../../ui/Spinner.js';
import { Table, type Column } from '../../../ui/Table.js';
import { useSession } from '../../auth/hooks.js';
import { useUsers } from '../hooks.js';
import { CreateUserDialog } from './CreateUserDialog.js';
import { UserActionDialog, type UserAction } from './UserActionDialog.js';
import './UsersPage.css';

/** Who may sign in, with what role: `/admin/users`, for admins. */
export function UsersPage() {
  const users = useUsers();
  const me = useSession().data?.user.id;
  const now = useNow();
  const [creating, setCreating] = useState(false);
  const [action, setAction] = useState<{ user: User; action: UserAction } | null>(null);
  const list = users.data?.users;

  const columns: Column<User>[] = [
    {
      id: 'name',
      header: 'Username',
      cell: (u) => (
        <span className="users__name">
          <strong>{u.username}</strong>
          {u.id === me && <Badge shape="tag">you</Badge>}
        </span>
      ),
    },
    {
      id: 'role',
      header: 'Role',
      width: 110,
      cell: (u) => (
        <Badge tone={u.role === 'admin' ? 'leader' : u.role === 'operator' ? 'info' : 'neutral'} shape="tag">
          {u.role}
        </Badge>
      ),
    },
    {
      id: 'state',
      header: 'State',
      cell: (u) => (
        <span className="users__state">
          {u.disabled ? (
            <Badge tone="critical" dot>
              Disabled
            </Badge>
          ) : (
            <Badge tone="ok" dot>
              Active
            </Badge>
          )}
          {u.mustChangePassword && (
            <Badge tone="warn" shape="tag">
              must change password
            </Badge>
          )}
        </span>
      ),
    },
    { id: 'sessions', header: 'Sessions', numeric: true, width: 90, cell: (u) => u.activeSessions },
    {
      id: 'created',
      header: 'Created',
      width: 120,
      cell: (u) => (
        <span className="muted" title={formatDateTime(u.createdAt)}>
          {formatAgo(u.createdAt, now)}
        </span>
      ),
    },
    {
      id: 'actions',
      header: <span className="visually-hidden">Actions</span>,
      width: 44,
      cell: (u) => {
        const self = u.id === me;
        const open = (kind: UserAction) => () => setAction({ user: u, action: kind });
        return (
          <Menu
            label={`Actions for ${u.username}`}
            trigger={<MoreIcon size={16} />}
            data-testid={`user-actions-${u.username}`}
            items={[
              {
                label: 'Change role…',
                onSelect: open('role'),
                ...(self && { disabled: true, hint: 'ask another admin' }),
              },
              { label: 'Reset password…', onSelect: open('password') },
              {
                label: 'End sessions…',
                onSelect: open('sessions'),
                ...(u.activeSessions === 0 && { disabled: true, hint: 'no session open' }),
              },
              u.disabled
                ? { label: 'Enable…', onSelect: open('enable') }
                : {
                    label: 'Disable…',
                    onSelect: open('disable'),
                    ...(self && { disabled: true, hint: 'ask another admin' }),
                  },
              {
                label: 'Delete…',
                onSelect: open('delete'),
                tone: 'danger',
                ...(self && { disabled: true, hint: 'ask another admin' }),
              },
            ]}
          />
        );
      },
    },
  ];

  return (
    <Page>
      <PageHeader
        title="Users"
        description="People who sign in to Keel, and what their role lets them do."
        actions={
          <Button
            variant="primary"
            icon={<PlusIcon size={14} />}
            onClick={() => setCreating(true)}
            data-testid="add-user"
          >
            Add user
          </Button>
        }
      />
      {users.isError && (
        <ErrorBanner
          title="Could not load the users"
          error={users.error}
          onRetry={() => void users.refetch()}
          retrying={users.isFetching}
        />
      )}
      <Card padding="none">
        {list === undefined ? (
          <div className="admin__loading" aria-busy="true" aria-label="Loading users">
            <Skeleton height={14} width="60%" />
            <Skeleton height={14} width="45%" />
          </div>
        ) : (
          <Table
            label="Users"
            columns={columns}
            rows={list}
            rowKey={(u) => u.id}
            rowAttributes={(u) => ({ 'data-testid': `user-row-${u.username}` })}
            rowTone={(u) => (u.disabled ? 'muted' : undefined)}
            data-testid="users-table"
          />
        )}
      </Card>
      <p className="admin__note">
        <strong>viewer</strong> sees everything but secrets · <strong>operator</strong> also runs operations ·{' '}
        <strong>admin</strong> also manages clusters, credentials, users and tokens. Changing a role, a
        password or disabling an account ends that user&apos;s sessions at once.
      </p>
      {creating && <CreateUserDialog onClose={() => setCreating(false)} />}
      {action !== null && (
        <UserActionDialog user={action.user} action={action.action} onClose={() => setAction(null)} />
      )}
    </Page>
  );
}
