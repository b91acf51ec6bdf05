import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import Type from 'typebox';
import {
  CreateCredentialRequest,
  CredentialInfo,
  CredentialList,
  IdParams,
  UpdateCredentialRequest,
} from '@keel/shared';
import { errorResponses } from './error-responses.js';

const tags = ['credentials'];
const errors = errorResponses;
const admin = { access: 'admin' as const };

/** SSH keys and database logins. Secrets go in, never out: answers carry names, usernames and fingerprints. */
const credentials: FastifyPluginAsyncTypebox = async (app) => {
  const service = app.security.credentials;

  app.get(
    '/credentials',
    {
      schema: {
        summary: 'Every credential (no secrets)',
        tags,
        response: { 200: CredentialList, ...errors },
      },
    },
    async () => ({
      credentials: await service.list(),
    }),
  );

  app.post(
    '/credentials',
    {
      config: admin,
      schema: {
        summary: 'Store an SSH private key or a database login (encrypted at rest)',
        tags,
        body: CreateCredentialRequest,
        response: { 201: CredentialInfo, ...errors },
      },
    },
    async (request, reply) => reply.status(201).send(await service.create(request.body)),
  );

  app.get(
    '/credentials/:id',
    {
      schema: {
        summary: 'One credential (no secret)',
        tags,
        params: IdParams,
        response: { 200: CredentialInfo, ...errors },
      },
    },
    async (request) => service.get(request.params.id),
  );

  app.patch(
    '/credentials/:id',
    {
      config: admin,
      schema: {
        summary: 'Rename a credential or replace its secret',
        tags,
        params: IdParams,
        body: UpdateCredentialRequest,
        response: { 200: CredentialInfo, ...errors },
      },
    },
    async (request) => {
      const updated = await service.update(request.params.id, request.body);
      // Observers hold the opened secret: without this they would keep probing with the old one.
      await app.clusters.reconnectUsing(request.params.id);
      return updated;
    },
  );

  app.delete(
    '/credentials/:id',
    {
      config: admin,
      schema: {
        summary: 'Delete a credential no cluster uses',
        tags,
        params: IdParams,
        response: { 204: Type.Null(), ...errors },
      },
    },
    async (request, reply) => {
      await service.remove(request.params.id);
      return reply.status(204).send(null);
    },
  );
};

export default credentials;
