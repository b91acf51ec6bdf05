import type { CredentialKind } from '@keel/shared';
import { useState } from 'react';
import { ConfirmDialog } from '../../../ui/ConfirmDialog.js';
import { ErrorBanner } from '../../../ui/ErrorBanner.js';
import { SegmentedChoice, TextAreaField, TextField } from '../../../ui/Field.js';
import { useCreateCredential } from '../hooks.js';

const KINDS = [
  { value: 'ssh' as const, label: 'SSH key' },
  { value: 'database' as const, label: 'Database login' },
];

/** Stores an SSH private key or a database login. The secret goes to the server once and never comes back. */
export function AddCredentialDialog({ onClose }: { onClose: () => void }) {
  const create = useCreateCredential();
  // The store takes SSH keys and database logins; HTTP logins come with a cluster's stats URL.
  const [kind, setKind] = useState<Exclude<CredentialKind, 'http' | 'tls'>>('ssh');
  const [name, setName] = useState('');
  const [username, setUsername] = useState('');
  const [secret, setSecret] = useState('');
  const [passphrase, setPassphrase] = useState('');
  const [checked, setChecked] = useState(false);

  const problems = {
    name: name.trim() === '' ? 'Name it after where it is used.' : undefined,
    username: kind === 'database' && username.trim() === '' ? 'Enter the database user.' : undefined,
    secret:
      secret.trim() === '' ? (kind === 'ssh' ? 'Paste the private key.' : 'Enter the password.') : undefined,
  };
  const submit = () => {
    setChecked(true);
    if (problems.name || problems.username || problems.secret) return;
    const request =
      kind === 'ssh'
        ? {
            kind,
            name: name.trim(),
            privateKey: secret,
            ...(username.trim() && { username: username.trim() }),
            ...(passphrase && { passphrase }),
          }
        : { kind, name: name.trim(), username: username.trim(), password: secret };
    create.mutate(request, { onSuccess: onClose });
  };
  const error = (key: keyof typeof problems) => (checked ? problems[key] : undefined);

  return (
    <ConfirmDialog
      open
      title="Add a credential"
      confirmLabel="Store credential"
      size="lg"
      busy={create.isPending}
      onCancel={onClose}
      onConfirm={submit}
      footer={create.isError && <ErrorBanner title="The credential was not stored" error={create.error} />}
      data-testid="add-credential-dialog"
    >
      <div className="admin__form">
        <SegmentedChoice
          legend="Kind"
          name="credential-kind"
          value={kind}
          options={KINDS}
          onChange={(next) => {
            setKind(next);
            setSecret('');
          }}
        />
        <TextField
          label="Name"
          autoComplete="off"
          placeholder={kind === 'ssh' ? 'e.g. lab-root' : 'e.g. lab-monitor'}
          value={name}
          onChange={(event) => setName(event.target.value)}
          error={error('name')}
        />
        <TextField
          label={kind === 'ssh' ? 'SSH user' : 'Database user'}
          optional={kind === 'ssh'}
          autoComplete="off"
          placeholder={kind === 'ssh' ? 'root' : 'keel'}
          value={username}
          onChange={(event) => setUsername(event.target.value)}
          error={error('username')}
        />
        {kind === 'ssh' ? (
          <>
            <TextAreaField
              label="Private key"
              mono
              rows={7}
              autoComplete="off"
              placeholder={'-----BEGIN OPENSSH PRIVATE KEY-----\n…'}
              value={secret}
              onChange={(event) => setSecret(event.target.value)}
              error={error('secret')}
              hint="Stored encrypted; Keel shows only its fingerprint from now on."
            />
            <TextField
              label="Passphrase"
              type="password"
              optional
              autoComplete="off"
              value={passphrase}
              onChange={(event) => setPassphrase(event.target.value)}
            />
          </>
        ) : (
          <TextField
            label="Password"
            type="password"
            autoComplete="new-password"
            value={secret}
            onChange={(event) => setSecret(event.target.value)}
            error={error('secret')}
            hint="Stored encrypted; it is never shown again."
          />
        )}
      </div>
    </ConfirmDialog>
  );
}
