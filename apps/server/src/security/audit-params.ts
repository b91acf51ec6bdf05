import { isSecretKey, redactString } from './redact.js';

/** What one audit row may keep of a request body: enough to say what was asked, never a payload. */
export const auditParamsLimits = {
  maxBytes: 2_048,
  maxDepth: 5,
  maxString: 200,
  maxItems: 10,
  maxKeys: 30,
} as const;

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && !Buffer.isBuffer(value);

function clip(value: unknown, depth: number): unknown {
  const l = auditParamsLimits;
  if (typeof value === 'string') {
    const text = redactString(value);
    return text.length > l.maxString ? `${text.slice(0, l.maxString)}… (${text.length} characters)` : text;
  }
  if (value === null || typeof value !== 'object') return value;
  if (depth >= l.maxDepth) return '[…]';
  if (Array.isArray(value)) {
    const items = value.slice(0, l.maxItems).map((v) => clip(v, depth + 1));
    return value.length > l.maxItems ? [...items, `… (${value.length} items)`] : items;
  }
  const entries = Object.entries(value);
  const kept = entries
    .slice(0, l.maxKeys)
    .map(([k, v]) => [k.slice(0, l.maxString), isSecretKey(k) ? '[redacted]' : clip(v, depth + 1)]);
  if (entries.length > l.maxKeys) kept.push(['…', `${entries.length - l.maxKeys} more keys`]);
  return Object.fromEntries(kept);
}

/**
 * A request body as the audit log stores it: always a JSON object or null (the only shapes its read schema
 * allows), with secrets removed and its size bounded. A body that is not an object (text, an array, a
 * number) is described by type and size only: its content could be anything, a secret included.
 */
export function auditParams(body: unknown): Record<string, unknown> | null {
  if (body === undefined || body === null) return null;
  if (typeof body === 'string') return { body: 'text', characters: body.length };
  if (Buffer.isBuffer(body)) return { body: 'binary', bytes: body.length };
  if (Array.isArray(body)) return { body: 'array', items: body.length };
  if (!isPlainObject(body)) return { body: typeof body };
  const clipped = clip(body, 0) as Record<string, unknown>;
  if (JSON.stringify(clipped).length <= auditParamsLimits.maxBytes) return clipped;
  const keys = Object.keys(body)
    .slice(0, auditParamsLimits.maxKeys)
    .map((k) => k.slice(0, 64));
  return { body: 'object', truncated: true, keys };
}

/** A stored params column read back: anything but a JSON object (rows from older versions) becomes a note. */
export function readAuditParams(stored: string | null): Record<string, unknown> | null {
  if (stored === null || stored === '') return null;
  try {
    const value = JSON.parse(stored) as unknown;
    if (value === null) return null;
    return isPlainObject(value)
      ? value
      : { unreadable: `stored as ${Array.isArray(value) ? 'an array' : typeof value}` };
  } catch {
    return { unreadable: 'not JSON' };
  }
}
