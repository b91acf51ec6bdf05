import type { HostAccessInput, HostAccessView } from '@keel/shared';

/** The SSH access fields of the connection settings: a stored SSH login ('' for none), port, host keys. */
export interface HostAccessFormValues {
  credentialId: string;
  port: string;
  trustOnFirstUse: boolean;
}

export function hostAccessFormFrom(access: HostAccessView | null): HostAccessFormValues {
  return {
    credentialId: access?.credentialId ?? '',
    port: String(access?.port ?? 22),
    trustOnFirstUse: access?.trustOnFirstUse ?? false,
  };
}

export function hostAccessPortProblem(values: HostAccessFormValues): string | undefined {
  if (values.credentialId === '') return undefined;
  const port = Number(values.port.trim());
  return Number.isInteger(port) && port >= 1 && port <= 65_535 ? undefined : 'Enter a port from 1 to 65535.';
}

/** What to send: the new access, null to remove it, undefined when nothing changed. */
export function hostAccessPatch(
  before: HostAccessView | null,
  values: HostAccessFormValues,
): HostAccessInput | null | undefined {
  const was = hostAccessFormFrom(before);
  if (values.credentialId === '') return before === null ? undefined : null;
  const changed =
    values.credentialId !== was.credentialId ||
    values.port.trim() !== was.port ||
    values.trustOnFirstUse !== was.trustOnFirstUse;
  if (!changed) return undefined;
  return {
    credentialId: values.credentialId,
    port: Number(values.port.trim()),
    trustOnFirstUse: values.trustOnFirstUse,
  };
}
