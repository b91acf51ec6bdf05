import type { CredentialInfo, HostAccessView } from '@keel/shared';
import { CheckboxField, SelectField, TextField } from '../../../ui/Field.js';
import type { HostAccessFormValues } from '../hostAccessForm.js';

/** Which stored SSH login Keel uses to reach the members' hosts (drills), on which port, and host keys. */
export function HostAccessFields({
  values,
  error,
  current,
  sshLogins,
  onChange,
}: {
  values: HostAccessFormValues;
  error: string | undefined;
  current: HostAccessView | null;
  sshLogins: CredentialInfo[];
  onChange: (next: Partial<HostAccessFormValues>) => void;
}) {
  return (
    <>
      <SelectField
        label="SSH login to the hosts"
        value={values.credentialId}
        onChange={(event) => onChange({ credentialId: event.target.value })}
        hint="Drills that break the leader's host (stop Patroni, kill PostgreSQL, cut its network, freeze it) go over SSH with it, to each member's address. Add SSH logins on the Credentials page."
        data-testid="connection-ssh-login"
      >
        <option value="">{current ? 'None (Keel no longer reaches the hosts)' : 'None'}</option>
        {sshLogins.map((c) => (
          <option key={c.id} value={c.id}>
            {c.name} ({c.username ?? 'root'}
            {c.fingerprint ? `, ${c.fingerprint}` : ''})
          </option>
        ))}
      </SelectField>
      {values.credentialId !== '' && (
        <div className="connection__row">
          <TextField
            label="SSH port"
            mono
            inputMode="numeric"
            value={values.port}
            error={error}
            onChange={(event) => onChange({ port: event.target.value })}
            data-testid="connection-ssh-port"
          />
          <CheckboxField
            label="Trust each host's key on first use"
            hint="Otherwise a host whose key Keel has not pinned is refused, naming its fingerprint. A changed key is always refused."
            checked={values.trustOnFirstUse}
            onChange={(event) => onChange({ trustOnFirstUse: event.target.checked })}
            data-testid="connection-ssh-tofu"
          />
        </div>
      )}
    </>
  );
}
