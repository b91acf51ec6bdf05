import type { ClusterSecurityInput, ClusterSecurityView } from '@keel/shared';
import { PEM_CERTIFICATE_PATTERN } from '@keel/shared';

/** TLS and logins for a hardened cluster, as the import form and the connection dialog hold them. */
export interface SecurityFormValues {
  patroniUsername: string;
  patroniPassword: string;
  etcdUsername: string;
  etcdPassword: string;
  caBundle: string;
  clientCertificate: string;
  clientKey: string;
  /** Checked: Keel verifies certificates (the default). */
  verify: boolean;
}

export type SecurityFormErrors = Partial<Record<Exclude<keyof SecurityFormValues, 'verify'>, string>>;

export const emptySecurityForm: SecurityFormValues = {
  patroniUsername: '',
  patroniPassword: '',
  etcdUsername: '',
  etcdPassword: '',
  caBundle: '',
  clientCertificate: '',
  clientKey: '',
  verify: true,
};

/** For the dialog: nothing typed (empty fields keep what Keel holds), verification as it is. */
export const securityFormFrom = (current: ClusterSecurityView): SecurityFormValues => ({
  ...emptySecurityForm,
  verify: current.verifyCertificates,
});

/**
 * Pairs that go together, and PEM that is PEM. `held` says what Keel already holds (the dialog): a
 * password alone then replaces the held login's password only if the user is typed too.
 */
export function validateSecurityForm(values: SecurityFormValues): SecurityFormErrors {
  const errors: SecurityFormErrors = {};
  const pair = (user: 'patroniUsername' | 'etcdUsername', password: 'patroniPassword' | 'etcdPassword') => {
    const hasUser = values[user].trim() !== '';
    const hasPassword = values[password] !== '';
    if (hasUser && !hasPassword) errors[password] = 'Enter the password for this user, or clear the user.';
    if (!hasUser && hasPassword) errors[user] = 'Enter the user this password belongs to.';
  };
  pair('patroniUsername', 'patroniPassword');
  pair('etcdUsername', 'etcdPassword');
  const ca = values.caBundle.trim();
  if (ca && !ca.includes(PEM_CERTIFICATE_PATTERN))
    errors.caBundle = 'Paste the CA certificate(s) in PEM form: -----BEGIN CERTIFICATE----- …';
  const cert = values.clientCertificate.trim();
  const key = values.clientKey.trim();
  if (cert && !cert.includes(PEM_CERTIFICATE_PATTERN))
    errors.clientCertificate = 'Paste the client certificate in PEM form: -----BEGIN CERTIFICATE----- …';
  if (key && !/-----BEGIN [A-Z ]*PRIVATE KEY-----/.test(key))
    errors.clientKey = 'Paste the private key in PEM form: -----BEGIN PRIVATE KEY----- …';
  if (cert && !key && !errors.clientCertificate) errors.clientKey = 'Paste the key of this certificate.';
  if (key && !cert && !errors.clientKey) errors.clientCertificate = 'Paste the certificate of this key.';
  return errors;
}

/**
 * What the API gets: only what was typed (so the dialog keeps the rest), and verification only when it
 * differs from `verifyBefore` (true for an import). Undefined when there is nothing to send.
 */
export function toSecurityInput(
  values: SecurityFormValues,
  verifyBefore = true,
): ClusterSecurityInput | undefined {
  const input: ClusterSecurityInput = {};
  if (values.patroniUsername.trim())
    input.patroniLogin = { username: values.patroniUsername.trim(), password: values.patroniPassword };
  if (values.etcdUsername.trim())
    input.etcdLogin = { username: values.etcdUsername.trim(), password: values.etcdPassword };
  if (values.caBundle.trim()) input.caBundle = `${values.caBundle.trim()}\n`;
  if (values.clientCertificate.trim() && values.clientKey.trim())
    input.clientCertificate = {
      certificate: `${values.clientCertificate.trim()}\n`,
      privateKey: `${values.clientKey.trim()}\n`,
    };
  if (values.verify !== verifyBefore) input.verifyCertificates = values.verify;
  return Object.keys(input).length > 0 ? input : undefined;
}
