import type { CredentialService } from '../security/credentials.js';
import { KeelError } from '../errors.js';

/** How Keel logs in to a host: a key or a password from the credentials store, never written anywhere else. */
export interface SshLogin {
  username: string;
  auth: { privateKey: string; passphrase?: string } | { password: string };
  /** For `sudo` when the user is not root and needs a password for it (sent on stdin, never on a command line). */
  sudoPassword?: string;
  /** The credential's name and key fingerprint, for messages (never the secret). */
  credentialName: string;
  keyFingerprint: string | null;
}

/** The SSH login stored as credential `id`: refused when it is not an SSH credential. */
export async function sshLoginFrom(credentials: CredentialService, id: string): Promise<SshLogin> {
  const [{ kind, username, secret }, info] = await Promise.all([credentials.reveal(id), credentials.get(id)]);
  if (kind !== 'ssh')
    throw new KeelError('VALIDATION_FAILED', `Credential "${info.name}" is not an SSH login`);
  const sudoPassword = 'sudoPassword' in secret ? secret.sudoPassword : undefined;
  const auth =
    'privateKey' in secret
      ? { privateKey: secret.privateKey, passphrase: secret.passphrase }
      : { password: secret.password };
  return {
    username: username ?? 'root',
    auth,
    sudoPassword,
    credentialName: info.name,
    keyFingerprint: info.fingerprint,
  };
}
