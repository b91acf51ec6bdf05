import type { FastifySchemaValidationError } from 'fastify/types/schema.js';

/**
 * Ajv's findings as sentences a person can act on, naming the field: `"zz" is not a field of the body`
 * rather than `body must NOT have additional properties`. Of an `anyOf` (an import by Patroni URL or by
 * etcd), only the alternative that came closest is explained.
 */
export function schemaErrorMessage(errors: FastifySchemaValidationError[], dataVar: string): string {
  const closest = closestAlternative(
    errors.filter((e) => e.keyword !== 'anyOf' && e.keyword !== 'if' && !unmeantNull(e, errors)),
  );
  const sentences = [...new Set(closest.map((e) => sentence(e, dataVar)))];
  return sentences.length > 0 ? sentences.join('; ') : `${partName(dataVar)} is not valid`;
}

/**
 * A nullable field (`T | null`: null removes a setting) given a wrong T also fails "must be null";
 * that alternative was not meant, and saying it only hides what is wrong with the value.
 */
function unmeantNull(e: FastifySchemaValidationError, errors: FastifySchemaValidationError[]): boolean {
  return (
    e.keyword === 'type' &&
    e.params.type === 'null' &&
    errors.some(
      (other) =>
        other !== e &&
        other.instancePath.startsWith(e.instancePath) &&
        other.keyword !== 'anyOf' &&
        !(other.keyword === 'type' && other.params.type === 'null'),
    )
  );
}

function closestAlternative(errors: FastifySchemaValidationError[]): FastifySchemaValidationError[] {
  const branchOf = (e: FastifySchemaValidationError) => /\/anyOf\/(\d+)\//.exec(e.schemaPath)?.[1];
  const branches = new Map<string, FastifySchemaValidationError[]>();
  for (const e of errors) {
    const branch = branchOf(e) ?? '';
    branches.set(branch, [...(branches.get(branch) ?? []), e]);
  }
  if (branches.size <= 1) return errors;
  // An alternative whose fixed value (`kind: 'ssh'`) the request does not have was not meant, when
  // another one's is met: a database login missing its password is not an SSH login with a bad kind.
  const discriminated = [...branches.values()].filter((list) => !list.some((e) => e.keyword === 'const'));
  if (discriminated.length > 0 && discriminated.length < branches.size) {
    branches.clear();
    discriminated.forEach((list, i) => branches.set(String(i), list));
  }
  // The alternative whose own errors are deepest in the data went furthest: that is what was meant.
  const depth = (list: FastifySchemaValidationError[]) =>
    Math.max(...list.map((e) => e.instancePath.split('/').length)) - list.length / 100;
  return [...branches.values()].sort((a, b) => depth(b) - depth(a))[0]!;
}

function partName(dataVar: string): string {
  if (dataVar === 'querystring') return 'the query string';
  if (dataVar === 'params') return 'the path';
  if (dataVar === 'headers') return 'the headers';
  return `the ${dataVar}`;
}

/** `name` for /name in the body; `query parameter limit`, `path parameter id` elsewhere. */
function fieldName(path: string, dataVar: string): string {
  const field = path.replace(/^\//, '').replaceAll('/', '.');
  if (!field) return partName(dataVar);
  if (dataVar === 'querystring') return `query parameter ${field}`;
  if (dataVar === 'params') return `path parameter ${field}`;
  return field;
}

const article = (type: string) => (/^[aeiou]/.test(type) ? 'an' : 'a');

/** Formats as a person names them. */
const formatWords: Record<string, string> = {
  uuid: 'a UUID',
  uri: 'a URL',
  'date-time': 'a date and time (ISO 8601)',
  email: 'an email address',
};

function sentence(e: FastifySchemaValidationError, dataVar: string): string {
  const field = fieldName(e.instancePath, dataVar);
  const p = e.params;
  switch (e.keyword) {
    case 'required':
      return `${String(p.missingProperty)} is required${e.instancePath ? ` in ${field}` : ''}`;
    case 'additionalProperties':
      return `${String(p.additionalProperty)} is not a field of ${field}`;
    case 'type':
      return `${field} must be ${article(String(p.type))} ${String(p.type)}`;
    case 'format':
      return `${field} must be ${formatWords[String(p.format)] ?? `${article(String(p.format))} ${String(p.format)}`}`;
    case 'enum':
      return `${field} must be one of ${(p.allowedValues as unknown[]).map(String).join(', ')}`;
    case 'const':
      return `${field} must be ${String(p.allowedValue)}`;
    case 'minLength':
      return p.limit === 1
        ? `${field} must not be empty`
        : `${field} must be at least ${String(p.limit)} characters`;
    case 'maxLength':
      return `${field} must be at most ${String(p.limit)} characters`;
    case 'minItems':
      return `${field} needs at least ${String(p.limit)} item${p.limit === 1 ? '' : 's'}`;
    case 'maxItems':
      return `${field} takes at most ${String(p.limit)} items`;
    case 'minProperties':
      return `${field} needs at least ${String(p.limit)} entr${p.limit === 1 ? 'y' : 'ies'}`;
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum':
      return `${field} ${e.message ?? 'is out of range'}`;
    case 'pattern':
      return `${field} has a form that is not allowed (it must match ${String(p.pattern)})`;
    default:
      return `${field} ${e.message ?? 'is not valid'}`;
  }
}
