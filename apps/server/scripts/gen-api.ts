import { writeFileSync } from 'node:fs';
import { generatedTypes, generatedTypesPath, openapiDocument } from './openapi-document.js';

// Writes the typed API client's types (packages/api-client) from the server's OpenAPI document.
const types = await generatedTypes(await openapiDocument());
writeFileSync(generatedTypesPath, types);
console.log(`wrote ${generatedTypesPath}`);
