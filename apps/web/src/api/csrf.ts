/**
 * The session's CSRF token, which the server wants in X-CSRF-Token on every change. It arrives with the
 * session (login, GET /auth/session) and lives in memory only: a new tab fetches it again.
 */
let current: string | null = null;

export function setCsrfToken(token: string | null): void {
  current = token;
}

export function csrfToken(): string | null {
  return current;
}
