import type { HostAccessInput, HostAccessView } from '@keel/shared';
import { KeelError } from '../errors.js';
import type { CredentialService } from '../security/credentials.js';
import type { HostAccess } from './repository.js';

/** The SSH access a request names, checked: the credential must exist and be an SSH login. */
export async function checkedHostAccess(
  credentials: CredentialService,
  input: HostAccessInput | null | undefined,
): Promise<HostAccess | null | undefined> {
  if (!input) return input;
  const credential = await credentials.get(input.credentialId);
  if (credential.kind !== 'ssh')
    throw new KeelError(
      'VALIDATION_FAILED',
      `body/hostAccess/credentialId must be an SSH login; "${credential.name}" is ${credential.kind}`,
    );
  return {
    credentialId: input.credentialId,
    port: input.port ?? 22,
    trustOnFirstUse: input.trustOnFirstUse ?? false,
  };
}

/** What the API shows of it: the login's name and user, never its key. */
export async function viewHostAccess(
  credentials: CredentialService,
  access: HostAccess | null,
): Promise<HostAccessView | null> {
  if (!access) return null;
  const credential = await credentials.get(access.credentialId);
  return {
    credentialId: access.credentialId,
    credentialName: credential.name,
    username: credential.username,
    port: access.port,
    trustOnFirstUse: access.trustOnFirstUse,
  };
}
