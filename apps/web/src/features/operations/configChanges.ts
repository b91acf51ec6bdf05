/** The configuration editor's two ways of writing a change, both ending in the object the API takes. */

export type Changes = Record<string, unknown>;
export type Parsed = { ok: true; changes: Changes } | { ok: false; error: string };

export interface ChangeRow {
  /** Dotted, e.g. "postgresql.parameters.work_mem". */
  path: string;
  /** JSON when it parses as JSON (10, true, null, {"a":1}); otherwise taken as a string (8MB). */
  value: string;
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The JSON editor's text as a changes object: one object, with at least one key. */
export function parseChanges(text: string): Parsed {
  if (text.trim() === '') return { ok: false, error: 'Write the changes as a JSON object.' };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { ok: false, error: `Not valid JSON: ${error instanceof Error ? error.message : String(error)}` };
  }
  if (!isPlainObject(value)) return { ok: false, error: 'The changes must be a JSON object, { … }.' };
  if (Object.keys(value).length === 0) return { ok: false, error: 'Name at least one setting to change.' };
  return { ok: true, changes: value };
}

/** A row's value: JSON where it is JSON, so numbers stay numbers and null removes the key. */
export function rowValue(text: string): unknown {
  const trimmed = text.trim();
  try {
    return JSON.parse(trimmed) as unknown;
  } catch {
    return trimmed;
  }
}

/** Rows as a nested changes object; empty rows are ignored, a path given twice or inside another is an error. */
export function rowsToChanges(rows: readonly ChangeRow[]): Parsed {
  const changes: Changes = {};
  const seen = new Set<string>();
  let count = 0;
  for (const row of rows) {
    const path = row.path.trim();
    if (path === '' && row.value.trim() === '') continue;
    const keys = path.split('.').map((key) => key.trim());
    if (path === '' || keys.some((key) => key === '')) {
      return { ok: false, error: `“${row.path}” is not a setting name (use dots between levels).` };
    }
    if (seen.has(path)) return { ok: false, error: `${path} is given twice.` };
    seen.add(path);
    let level = changes;
    for (const key of keys.slice(0, -1)) {
      const next = level[key];
      if (next === undefined) level[key] = {};
      else if (!isPlainObject(next)) return { ok: false, error: `${path} is inside another change.` };
      level = level[key] as Changes;
    }
    const last = keys.at(-1) ?? '';
    if (level[last] !== undefined) return { ok: false, error: `${path} overlaps another change.` };
    level[last] = rowValue(row.value);
    count += 1;
  }
  if (count === 0) return { ok: false, error: 'Add at least one setting to change.' };
  return { ok: true, changes };
}

/** The other way round, so switching from JSON to rows keeps what was written. */
export function changesToRows(changes: Changes, prefix = ''): ChangeRow[] {
  return Object.entries(changes).flatMap(([key, value]) => {
    const path = prefix === '' ? key : `${prefix}.${key}`;
    if (isPlainObject(value) && Object.keys(value).length > 0) return changesToRows(value, path);
    return [{ path, value: typeof value === 'string' ? value : JSON.stringify(value) }];
  });
}

/** A value in the diff: `not set` (in Patroni's configuration) for absent, strings as they are, else JSON. */
export function formatConfigValue(value: unknown): string {
  if (value === null || value === undefined) return 'not set in Patroni';
  if (typeof value === 'string') return value;
  return JSON.stringify(value);
}
