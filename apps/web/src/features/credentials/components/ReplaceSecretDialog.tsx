import type { CredentialInfo, UpdateCredentialRequest } from '@keel/shared';
import { useState } from 'react';
import { ConfirmDialog } from '../../../ui/ConfirmDialog.js';
import { ErrorBanner } from '../../../ui/ErrorBanner.js';
import { TextAreaField, TextField } from '../../../ui/Field.js';
import { useUpdateCredential } from '../hooks.js';

/**
 * A new password (database or HTTP login) or private key (SSH) for a stored credential, e.g. after the
 * database password was changed. The clusters that use it reconnect with the new one at once.
 */
export function ReplaceSecretDialog({
  credential,
  onClose,
}: {
  credential: CredentialInfo;
  onClose: () => void;
}) {
  const update = useUpdateCredential();
  const [secret, setSecret] = useState('');
  const [passphrase, setPassphrase] = useState('');
  const ssh = credential.kind === 'ssh';
  const patch: UpdateCredentialRequest = ssh
    ? { privateKey: secret, ...(passphrase !== '' && { passphrase }) }
    : { password: secret };
  return (
    <ConfirmDialog
      open
      title={`Replace the ${ssh ? 'private key' : 'password'} of ${credential.name}`}
      confirmLabel={ssh ? 'Replace key' : 'Replace password'}
      busy={update.isPending}
      confirmDisabled={secret === ''}
      onCancel={onClose}
      onConfirm={() => update.mutate({ id: credential.id, patch }, { onSuccess: onClose })}
      footer={update.isError && <ErrorBanner title="The secret was not replaced" error={update.error} />}
      data-testid="replace-secret-dialog"
    >
      <p>
        Keel stores the new {ssh ? 'key' : 'password'} encrypted and forgets the old one; it is never shown
        again. Nothing changes on the hosts or in the database: set it there first.
      </p>
      {credential.usedBy.length > 0 && (
        <p>
          <strong>{credential.usedBy.join(', ')}</strong> {credential.usedBy.length === 1 ? 'uses' : 'use'} it
          and {credential.usedBy.length === 1 ? 'reconnects' : 'reconnect'} with the new one at once.
        </p>
      )}
      {ssh ? (
        <>
          <TextAreaField
            label="Private key"
            mono
            rows={6}
            value={secret}
            onChange={(event) => setSecret(event.target.value)}
            placeholder="-----BEGIN OPENSSH PRIVATE KEY-----"
            data-testid="replace-secret"
          />
          <TextField
            label="Passphrase"
            type="password"
            optional
            autoComplete="new-password"
            value={passphrase}
            onChange={(event) => setPassphrase(event.target.value)}
          />
        </>
      ) : (
        <TextField
          label={`New password for ${credential.username ?? 'this login'}`}
          type="password"
          autoComplete="new-password"
          value={secret}
          onChange={(event) => setSecret(event.target.value)}
          data-testid="replace-secret"
        />
      )}
    </ConfirmDialog>
  );
}
