/** The message of anything thrown. */
export const errorMessage = (error: unknown): string =>
  error instanceof Error ? error.message : String(error);

/**
 * Why a request to another system failed, for people: a timeout and the usual network refusals said
 * plainly, otherwise the low-level cause that fetch wraps in "fetch failed".
 */
export function fetchFailure(error: unknown, timeoutMs: number): string {
  if (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError')) {
    return `no answer within ${timeoutMs} ms`;
  }
  const cause = error instanceof Error && error.cause instanceof Error ? error.cause : error;
  const code = (cause as { code?: string }).code;
  if (code === 'ECONNREFUSED') return 'connection refused';
  if (code === 'EHOSTUNREACH' || code === 'ENETUNREACH') return 'host unreachable';
  if (code === 'ENOTFOUND') return 'unknown host';
  // fetch's own refusal of ports kept for other protocols (6000 X11, 6665-6669 IRC, ...), said plainly.
  if (errorMessage(cause) === 'bad port')
    return 'that port is reserved for another protocol, so Keel may not connect to it (fetch refuses it); use the port the service listens on';
  return errorMessage(cause);
}
