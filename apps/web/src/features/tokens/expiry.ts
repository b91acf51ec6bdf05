/** How long a new token lives: a few round choices, or none. */
export const EXPIRY_CHOICES = [
  { value: '30', label: '30 days' },
  { value: '90', label: '90 days' },
  { value: '365', label: '1 year' },
  { value: 'never', label: 'Never' },
] as const;

export type ExpiryChoice = (typeof EXPIRY_CHOICES)[number]['value'];

/** The ISO time a choice ends at, from now; undefined for a token that does not expire. */
export function expiresAt(choice: ExpiryChoice, now: number): string | undefined {
  if (choice === 'never') return undefined;
  return new Date(now + Number(choice) * 86_400_000).toISOString();
}

export type TokenState = 'active' | 'expired' | 'revoked';

export function tokenState(
  token: { expiresAt: string | null; revokedAt: string | null },
  now: number,
): TokenState {
  if (token.revokedAt !== null) return 'revoked';
  if (token.expiresAt !== null && Date.parse(token.expiresAt) <= now) return 'expired';
  return 'active';
}
