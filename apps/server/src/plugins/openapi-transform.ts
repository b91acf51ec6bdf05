import type { FastifySchema, RouteOptions } from 'fastify';
import { isMutating, routeAccess, type Access } from '../security/access.js';
import { operationIds } from './operation-ids.js';

/** The ways to call the API, as the document's `securitySchemes` name them. */
export const securitySchemes = {
  bearerToken: {
    type: 'http',
    scheme: 'bearer',
    description: 'An API token (POST /api/v1/tokens): `Authorization: Bearer <token>`. For scripts.',
  },
  sessionCookie: {
    type: 'apiKey',
    in: 'cookie',
    name: 'keel_session',
    description: 'The browser session set by POST /api/v1/auth/login.',
  },
  csrfToken: {
    type: 'apiKey',
    in: 'header',
    name: 'X-CSRF-Token',
    description:
      'Changes made with the session cookie also need the session’s CSRF token (from GET /api/v1/auth/session).',
  },
} as const;

const whoMayCall: Record<Access, string> = {
  public: 'No sign-in needed.',
  'signed-in': 'Any signed-in user.',
  viewer: 'Needs the viewer role or higher.',
  operator: 'Needs the operator role or higher.',
  admin: 'Needs the admin role.',
};

function securityOf(access: Access, method: string): Record<string, string[]>[] {
  if (access === 'public') return [];
  const session: Record<string, string[]> = isMutating(method)
    ? { sessionCookie: [], csrfToken: [] }
    : { sessionCookie: [] };
  return [{ bearerToken: [] }, session];
}

type DocumentedSchema = FastifySchema & {
  hide?: boolean;
  operationId?: string;
  security?: Record<string, string[]>[];
  description?: string;
};

/**
 * Adds to each route's schema what a generated client needs and the route table already knows: a stable
 * operationId, the security it accepts and the role it needs (from `config.access`, the same rule the
 * server enforces).
 */
export function documentRoute({
  schema,
  url,
  route,
}: {
  schema: FastifySchema;
  url: string;
  route: RouteOptions;
}): { schema: FastifySchema; url: string } {
  const documented = schema as DocumentedSchema | undefined;
  if (!documented || documented.hide) return { schema, url };
  const method = ([route.method].flat()[0] ?? 'GET').toUpperCase();
  const key = `${method} ${url}`;
  const operationId = documented.operationId ?? operationIds[key];
  if (!operationId) throw new Error(`${key} has no operationId: add one to plugins/operation-ids.ts`);
  const access = routeAccess(method, url, route.config?.access);
  const description = [documented.description, whoMayCall[access]].filter(Boolean).join('\n\n');
  return {
    url,
    schema: {
      ...documented,
      operationId,
      security: securityOf(access, method),
      description,
      // Machine-readable for scripts and for the generated bad-input test: who may call it.
      'x-keel-access': access,
    } as FastifySchema,
  };
}
