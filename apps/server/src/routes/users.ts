import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import Type from 'typebox';
import { CreateUserRequest, IdParams, UpdateUserRequest, User, UserList } from '@keel/shared';
import { errorResponses } from './error-responses.js';

const tags = ['users'];
const errors = errorResponses;
const admin = { access: 'admin' as const };

const users: FastifyPluginAsyncTypebox = async (app) => {
  const service = app.security.users;

  app.get(
    '/users',
    { config: admin, schema: { summary: 'Every user', tags, response: { 200: UserList, ...errors } } },
    async () => ({
      users: await service.list(),
    }),
  );

  app.post(
    '/users',
    {
      config: admin,
      schema: { summary: 'Create a user', tags, body: CreateUserRequest, response: { 201: User, ...errors } },
    },
    async (request, reply) => reply.status(201).send(await service.create(request.body)),
  );

  app.get(
    '/users/:id',
    {
      config: admin,
      schema: { summary: 'One user', tags, params: IdParams, response: { 200: User, ...errors } },
    },
    async (request) => service.get(request.params.id),
  );

  app.patch(
    '/users/:id',
    {
      config: admin,
      schema: {
        summary: "Change a user's role, password or disabled state (ends their sessions)",
        tags,
        params: IdParams,
        body: UpdateUserRequest,
        response: { 200: User, ...errors },
      },
    },
    async (request) => service.update(request.params.id, request.body, request.principal!.id),
  );

  app.delete(
    '/users/:id',
    {
      config: admin,
      schema: { summary: 'Delete a user', tags, params: IdParams, response: { 204: Type.Null(), ...errors } },
    },
    async (request, reply) => {
      await service.remove(request.params.id, request.principal!.id);
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/users/:id/sessions/end',
    {
      config: admin,
      schema: {
        summary: 'End every browser session of a user',
        tags,
        params: IdParams,
        response: { 200: Type.Object({ ended: Type.Integer() }), ...errors },
      },
    },
    async (request) => {
      await service.get(request.params.id);
      return { ended: await app.security.sessions.endAllFor(request.params.id) };
    },
  );
};

export default users;
