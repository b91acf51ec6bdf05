import { Ajv, type Options } from 'ajv';
import addFormats from 'ajv-formats';
import type { FastifySchemaCompiler } from 'fastify';

const common: Options = { allErrors: false, useDefaults: true, removeAdditional: false, strict: true };

// Parameters and query strings arrive as text, so "10" may become 10 there. A JSON body means what it
// says: `"name": 42` is a number and is refused, never quietly turned into "42".
const forText = addFormats.default(new Ajv({ ...common, coerceTypes: 'array' }));
const forJson = addFormats.default(new Ajv({ ...common, coerceTypes: false }));

export const validatorCompiler: FastifySchemaCompiler<unknown> = ({ schema, httpPart }) =>
  (httpPart === 'body' ? forJson : forText).compile(schema as object);
