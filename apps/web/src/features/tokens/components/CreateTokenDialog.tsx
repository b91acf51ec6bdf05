import type { CreatedToken, Role } from '@keel/shared';
import { useState } from 'react';
import { ConfirmDialog } from '../../../ui/ConfirmDialog.js';
import { CopyButton } from '../../../ui/CopyButton.js';
import { ErrorBanner } from '../../../ui/ErrorBanner.js';
import { SelectField, TextField } from '../../../ui/Field.js';
import { WarningIcon } from '../../../ui/icons.js';
import { useSession } from '../../auth/hooks.js';
import { ROLE_DESCRIPTIONS, ROLES, roleAtLeast } from '../../auth/roles.js';
import { EXPIRY_CHOICES, expiresAt, type ExpiryChoice } from '../expiry.js';
import { useCreateToken } from '../hooks.js';
import './TokensPage.css';

/** A new token: name, role (up to one's own) and lifetime; then its secret, shown this once. */
export function CreateTokenDialog({ onClose }: { onClose: () => void }) {
  const own = useSession().data?.user.role ?? 'viewer';
  const create = useCreateToken();
  const [name, setName] = useState('');
  const [role, setRole] = useState<Role>('viewer');
  const [expiry, setExpiry] = useState<ExpiryChoice>('90');
  const [checked, setChecked] = useState(false);
  const [created, setCreated] = useState<CreatedToken>();

  if (created) {
    return (
      <ConfirmDialog
        open
        title={`Token “${created.name}” created`}
        confirmLabel="Done"
        cancelLabel={null}
        onCancel={onClose}
        onConfirm={onClose}
        data-testid="token-created"
      >
        <div className="token-secret__warning" role="alert">
          <WarningIcon size={16} />
          <p>
            <strong>Copy it now: it is shown only this once.</strong> Keel keeps only a hash; if it is lost,
            revoke it and create another.
          </p>
        </div>
        <div className="token-secret">
          <code className="token-secret__value" data-testid="token-secret">
            {created.token}
          </code>
          <CopyButton text={created.token} />
        </div>
        <p>
          Send it as <code>Authorization: Bearer …</code>. It acts as <strong>{created.role}</strong>
          {created.expiresAt ? ` until ${created.expiresAt.slice(0, 10)}` : ', with no expiry'}.
        </p>
      </ConfirmDialog>
    );
  }

  const nameError = name.trim() === '' ? 'Name the token after what uses it.' : undefined;
  return (
    <ConfirmDialog
      open
      title="Create an API token"
      confirmLabel="Create token"
      busy={create.isPending}
      onCancel={onClose}
      onConfirm={() => {
        setChecked(true);
        if (nameError) return;
        const until = expiresAt(expiry, Date.now());
        create.mutate(
          { name: name.trim(), role, ...(until !== undefined && { expiresAt: until }) },
          { onSuccess: setCreated },
        );
      }}
      footer={create.isError && <ErrorBanner title="The token was not created" error={create.error} />}
      data-testid="create-token-dialog"
    >
      <div className="admin__form">
        <TextField
          label="Name"
          autoComplete="off"
          placeholder="e.g. ci-deploy, grafana"
          value={name}
          onChange={(event) => setName(event.target.value)}
          error={checked ? nameError : undefined}
        />
        <SelectField
          label="Role"
          value={role}
          onChange={(event) => setRole(event.target.value as Role)}
          hint={`${ROLE_DESCRIPTIONS[role]}. Never more than your own role.`}
        >
          {ROLES.filter((r) => roleAtLeast(own, r)).map((r) => (
            <option key={r} value={r}>
              {r}
            </option>
          ))}
        </SelectField>
        <SelectField
          label="Expires"
          value={expiry}
          onChange={(event) => setExpiry(event.target.value as ExpiryChoice)}
        >
          {EXPIRY_CHOICES.map((choice) => (
            <option key={choice.value} value={choice.value}>
              {choice.label}
            </option>
          ))}
        </SelectField>
      </div>
    </ConfirmDialog>
  );
}
