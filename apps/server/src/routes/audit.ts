import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import Type from 'typebox';
import { AuditEvent, AuditList, AuditQuery } from '@keel/shared';
import { errorResponses } from './error-responses.js';

const tags = ['audit'];
const errors = errorResponses;

const audit: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/audit',
    {
      config: { access: 'admin' },
      schema: {
        summary: 'The audit log, newest first, filtered',
        tags,
        querystring: AuditQuery,
        response: { 200: AuditList, ...errors },
      },
    },
    async (request) => ({ events: await app.security.audit.query(request.query) }),
  );

  app.get(
    '/audit/export',
    {
      config: { access: 'admin' },
      schema: {
        summary: 'The audit log as a JSON file (same filters; up to 100 000 events)',
        tags,
        querystring: Type.Omit(AuditQuery, ['limit']),
        response: { 200: Type.Array(AuditEvent), ...errors },
      },
    },
    async (request, reply) => {
      const events = await app.security.audit.query({ ...request.query, limit: 100_000 });
      void reply.header(
        'content-disposition',
        `attachment; filename="keel-audit-${new Date().toISOString().slice(0, 10)}.json"`,
      );
      return events;
    },
  );
};

export default audit;
