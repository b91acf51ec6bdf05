/** Field names whose values are secrets wherever they appear. */
const secretKey = /pass(word|phrase)?|secret|token|private.?key|authorization|cookie|credential/i;

export const isSecretKey = (key: string): boolean => secretKey.test(key);

/**
 * `//user:password@host`: the password part of a URL's userinfo. Anchored on `//` and with no class that
 * can match `/`, so it runs in linear time on any input (a scheme-first pattern backtracks quadratically).
 */
const urlPassword = /(\/\/[^\s/:@]*):[^\s/@]*@/g;

/** A string with any password inside a URL (`http://user:pass@host`) replaced. */
export function redactString(value: string): string {
  return value.includes('//') ? value.replace(urlPassword, '$1:[redacted]@') : value;
}

/** A deep copy with every secret-named value replaced, for the audit log and error reports. */
export function redact(value: unknown, depth = 0): unknown {
  if (depth > 8) return '[…]';
  if (typeof value === 'string') return redactString(value);
  if (Array.isArray(value)) return value.map((v) => redact(v, depth + 1));
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [k, isSecretKey(k) ? '[redacted]' : redact(v, depth + 1)]),
    );
  }
  return value;
}
