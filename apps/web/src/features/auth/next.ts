/** Where to go after signing in: only a path inside this app, never another site ("//evil.example"). */
export function safeNext(next: string | null): string {
  return next !== null && next.startsWith('/') && !next.startsWith('//') && !next.startsWith('/\\')
    ? next
    : '/clusters';
}
