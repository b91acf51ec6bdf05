import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import Type from 'typebox';
import { ApiTokenInfo, ApiTokenList, CreateTokenRequest, CreatedToken, IdParams } from '@keel/shared';
import { errorResponses } from './error-responses.js';

const tags = ['tokens'];
const errors = errorResponses;
// Anyone signed in may hold tokens for their own scripts, never above their own role.
const anyone = { access: 'viewer' as const };

const tokens: FastifyPluginAsyncTypebox = async (app) => {
  const service = app.security.tokens;

  app.post(
    '/tokens',
    {
      config: anyone,
      schema: {
        summary: 'Create an API token (its secret is in this answer only)',
        tags,
        body: CreateTokenRequest,
        response: { 201: CreatedToken, ...errors },
      },
    },
    async (request, reply) => reply.status(201).send(await service.create(request.principal!, request.body)),
  );

  app.get(
    '/tokens',
    {
      config: anyone,
      schema: {
        summary: 'Your tokens (admins: everyone’s)',
        tags,
        response: { 200: ApiTokenList, ...errors },
      },
    },
    async (request) => ({ tokens: await service.list(request.principal!) }),
  );

  app.get(
    '/tokens/:id',
    {
      config: anyone,
      schema: { summary: 'One token', tags, params: IdParams, response: { 200: ApiTokenInfo, ...errors } },
    },
    async (request) => service.get(request.principal!, request.params.id),
  );

  app.delete(
    '/tokens/:id',
    {
      config: anyone,
      schema: {
        summary: 'Revoke a token',
        tags,
        params: IdParams,
        response: { 204: Type.Null(), ...errors },
      },
    },
    async (request, reply) => {
      await service.revoke(request.principal!, request.params.id);
      return reply.status(204).send(null);
    },
  );
};

export default tokens;
