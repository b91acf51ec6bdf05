import type { Role } from '@keel/shared';
import { useState } from 'react';
import { ConfirmDialog } from '../../../ui/ConfirmDialog.js';
import { ErrorBanner } from '../../../ui/ErrorBanner.js';
import { SelectField, TextField } from '../../../ui/Field.js';
import { ROLE_DESCRIPTIONS, ROLES } from '../../auth/roles.js';
import { useCreateUser } from '../hooks.js';

export const MIN_PASSWORD = 12;

export function CreateUserDialog({ onClose }: { onClose: () => void }) {
  const create = useCreateUser();
  const [username, setUsername] = useState('');
  const [role, setRole] = useState<Role>('viewer');
  const [password, setPassword] = useState('');
  const [checked, setChecked] = useState(false);
  const problems = {
    username: username.trim() === '' ? 'Give the user a name.' : undefined,
    password: password.length < MIN_PASSWORD ? `Use at least ${MIN_PASSWORD} characters.` : undefined,
  };
  return (
    <ConfirmDialog
      open
      title="Add a user"
      confirmLabel="Add user"
      busy={create.isPending}
      onCancel={onClose}
      onConfirm={() => {
        setChecked(true);
        if (problems.username || problems.password) return;
        create.mutate({ username: username.trim(), role, password }, { onSuccess: onClose });
      }}
      footer={create.isError && <ErrorBanner title="The user was not added" error={create.error} />}
    >
      <div className="admin__form">
        <TextField
          label="Username"
          autoComplete="off"
          value={username}
          onChange={(event) => setUsername(event.target.value)}
          error={checked ? problems.username : undefined}
          hint="Letters, digits and . _ @ -"
        />
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
        <TextField
          label="Password"
          type="password"
          autoComplete="new-password"
          value={password}
          onChange={(event) => setPassword(event.target.value)}
          error={checked ? problems.password : undefined}
          hint={`At least ${MIN_PASSWORD} characters. Hand it over privately; it is one-time: they choose their own at first sign-in.`}
        />
      </div>
    </ConfirmDialog>
  );
}
