import type { ClusterSecurityView } from '@keel/shared';
import { CheckboxField, TextAreaField, TextField } from '../../../ui/Field.js';
import type { SecurityFormErrors, SecurityFormValues } from '../securityForm.js';
import './SecurityFields.css';

type TextKey = Exclude<keyof SecurityFormValues, 'verify'>;

interface TextProps {
  value: string;
  error: string | undefined;
  onChange: (event: { target: { value: string } }) => void;
}

/** A user and password pair (Patroni's REST login, an etcd user). */
function LoginRow({
  what,
  id,
  hint,
  user,
  password,
}: {
  what: string;
  id: string;
  hint: string;
  user: TextProps;
  password: TextProps;
}) {
  return (
    <div className="security-fields__pair">
      <TextField
        label={`${what} user`}
        mono
        optional
        autoComplete="off"
        hint={hint}
        data-testid={`security-${id}-user`}
        {...user}
      />
      <TextField
        label={`${what} password`}
        type="password"
        optional
        autoComplete="new-password"
        data-testid={`security-${id}-password`}
        {...password}
      />
    </div>
  );
}

/**
 * The TLS and login fields of a hardened cluster (Patroni's restapi.authentication, etcd users, the CA
 * bundle, a client certificate, verification). With `current` (the dialog), empty fields keep what Keel
 * holds, and the hints say what that is (names and fingerprints only).
 */
export function SecurityFields({
  values,
  errors,
  onChange,
  current,
}: {
  values: SecurityFormValues;
  errors: SecurityFormErrors;
  onChange: (next: Partial<SecurityFormValues>, cleared?: TextKey) => void;
  current?: ClusterSecurityView;
}) {
  const text = (key: TextKey): TextProps => ({
    value: values[key],
    error: errors[key],
    onChange: (event: { target: { value: string } }) => onChange({ [key]: event.target.value }, key),
  });
  const keep = (what: string | null, none: string) =>
    current ? (what ? `Keel holds ${what}; leave empty to keep it.` : none) : none;
  return (
    <div className="security-fields" data-testid="security-fields">
      <LoginRow
        what="Patroni REST"
        id="patroni"
        hint={keep(current?.patroniUsername ?? null, "Patroni's restapi.authentication, sent on changes.")}
        user={text('patroniUsername')}
        password={text('patroniPassword')}
      />
      <LoginRow
        what="etcd"
        id="etcd"
        hint={keep(current?.etcdUsername ?? null, 'An etcd user with read access to the namespace.')}
        user={text('etcdUsername')}
        password={text('etcdPassword')}
      />
      <TextAreaField
        label="CA bundle (PEM)"
        mono
        optional
        rows={3}
        placeholder="-----BEGIN CERTIFICATE-----"
        hint={keep(
          current?.caFingerprint ? `a CA bundle (${current.caFingerprint.slice(0, 30)}…)` : null,
          "The CA that signed Patroni's, etcd's and PostgreSQL's certificates. With it, the SQL probe uses sslmode=verify-full.",
        )}
        data-testid="security-ca"
        {...text('caBundle')}
      />
      <div className="security-fields__pair">
        <TextAreaField
          label="Client certificate (PEM)"
          mono
          optional
          rows={3}
          placeholder="-----BEGIN CERTIFICATE-----"
          hint={keep(
            current?.clientCertificateFingerprint
              ? `a client certificate (${current.clientCertificateFingerprint.slice(0, 30)}…)`
              : null,
            "For Patroni's verify_client and etcd's client-cert auth.",
          )}
          data-testid="security-client-cert"
          {...text('clientCertificate')}
        />
        <TextAreaField
          label="Client key (PEM)"
          mono
          optional
          rows={3}
          placeholder="-----BEGIN PRIVATE KEY-----"
          hint="Stored encrypted; never shown again."
          data-testid="security-client-key"
          {...text('clientKey')}
        />
      </div>
      <CheckboxField
        label="Verify certificates (recommended)"
        checked={values.verify}
        onChange={(event) => onChange({ verify: event.target.checked })}
        hint={
          values.verify
            ? 'Keel checks every certificate against the CA bundle (or the system CAs) and its host name.'
            : 'Off: Keel will not notice an impostor. This choice is written to the audit log and the cluster page shows a warning.'
        }
        data-testid="security-verify"
      />
    </div>
  );
}
