import type { Role, User } from '@keel/shared';
import { useState } from 'react';
import { ConfirmDialog } from '../../../ui/ConfirmDialog.js';
import { ErrorBanner } from '../../../ui/ErrorBanner.js';
import { SelectField, TextField } from '../../../ui/Field.js';
import { ROLE_DESCRIPTIONS, ROLES } from '../../auth/roles.js';
import { useDeleteUser, useEndSessions, useUpdateUser } from '../hooks.js';
import { MIN_PASSWORD } from './CreateUserDialog.js';

export type UserAction = 'role' | 'password' | 'sessions' | 'disable' | 'enable' | 'delete';

const sessionsNote = (user: User) =>
  user.activeSessions === 0
    ? `${user.username} has no session open.`
    : `${user.username}'s ${user.activeSessions} open session${user.activeSessions === 1 ? ' ends' : 's end'} at once.`;

/** One change to one user, said plainly before it is made. */
export function UserActionDialog({
  user,
  action,
  onClose,
}: {
  user: User;
  action: UserAction;
  onClose: () => void;
}) {
  const update = useUpdateUser();
  const remove = useDeleteUser();
  const end = useEndSessions();
  const [role, setRole] = useState<Role>(user.role);
  const [password, setPassword] = useState('');
  const [checked, setChecked] = useState(false);
  const pending = update.isPending || remove.isPending || end.isPending;
  const error = update.error ?? remove.error ?? end.error;
  const done = { onSuccess: onClose };

  const dialog = {
    role: {
      title: `Change ${user.username}'s role`,
      confirm: 'Change role',
      run: () => update.mutate({ id: user.id, patch: { role } }, done),
      body: (
        <>
          <SelectField
            label="Role"
            value={role}
            onChange={(event) => setRole(event.target.value as Role)}
            hint={ROLE_DESCRIPTIONS[role]}
          >
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {r}
              </option>
            ))}
          </SelectField>
          <p>{sessionsNote(user)} They sign in again with the new role.</p>
        </>
      ),
    },
    password: {
      title: `Reset ${user.username}'s password`,
      confirm: 'Set password',
      run: () => {
        setChecked(true);
        if (password.length >= MIN_PASSWORD) update.mutate({ id: user.id, patch: { password } }, done);
      },
      body: (
        <>
          <TextField
            label="New password"
            type="password"
            autoComplete="new-password"
            value={password}
            onChange={(event) => setPassword(event.target.value)}
            error={
              checked && password.length < MIN_PASSWORD
                ? `Use at least ${MIN_PASSWORD} characters.`
                : undefined
            }
            hint="Hand it over privately. It is one-time: they choose their own at their next sign-in."
          />
          <p>{sessionsNote(user)} Their API tokens are revoked.</p>
        </>
      ),
    },
    sessions: {
      title: `End ${user.username}'s sessions?`,
      confirm: 'End sessions',
      run: () => end.mutate(user.id, done),
      body: <p>{sessionsNote(user)} Their API tokens keep working; revoke those on the API tokens page.</p>,
    },
    disable: {
      title: `Disable ${user.username}?`,
      confirm: 'Disable',
      run: () => update.mutate({ id: user.id, patch: { disabled: true } }, done),
      body: (
        <p>
          {user.username} can no longer sign in. {sessionsNote(user)} The account and its history stay; enable
          it again at any time.
        </p>
      ),
    },
    enable: {
      title: `Enable ${user.username}?`,
      confirm: 'Enable',
      run: () => update.mutate({ id: user.id, patch: { disabled: false } }, done),
      body: <p>{user.username} can sign in again with their password.</p>,
    },
    delete: {
      title: `Delete ${user.username}?`,
      confirm: 'Delete user',
      run: () => remove.mutate(user.id, done),
      body: (
        <p>
          The account is removed and its sessions end. The audit log keeps what {user.username} did. To keep
          the account for later, disable it instead.
        </p>
      ),
    },
  }[action];

  const danger = action === 'delete' || action === 'disable';
  return (
    <ConfirmDialog
      open
      title={dialog.title}
      confirmLabel={dialog.confirm}
      tone={danger ? 'danger' : 'primary'}
      busy={pending}
      onCancel={onClose}
      onConfirm={dialog.run}
      footer={error !== null && <ErrorBanner title="Nothing was changed" error={error} />}
    >
      <div className="admin__form">{dialog.body}</div>
    </ConfirmDialog>
  );
}
