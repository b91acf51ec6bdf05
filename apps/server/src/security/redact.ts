/** Field names whose values are secrets wherever they appear. */
const secretKey = /pass(word|phrase)?|secret|token|private.?key|authorization|cookie|credential/i;

/** A deep copy with every secret-named value replaced, for the audit log and error reports. */
export function redact(value: unknown, depth = 0): unknown {
  if (depth > 8) return '[…]';
  if (Array.isArray(value)) return value.map((v) => redact(v, depth + 1));
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [k, secretKey.test(k) ? '[redacted]' : redact(v, depth + 1)]),
    );
  }
  return value;
}
