import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import Type from 'typebox';
import { AuditArchiveRequest, AuditArchiveResult, AuditEvent, AuditList, AuditQuery } from '@keel/shared';
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

  app.post(
    '/audit/archive',
    {
      config: { access: 'admin' },
      schema: {
        summary:
          'Retention: write the events older than N days to an archive file in the data directory, then remove them',
        tags,
        body: AuditArchiveRequest,
        response: { 200: AuditArchiveResult, ...errors },
      },
    },
    async (request) => {
      const result = await app.security.audit.archive(
        request.body.olderThanDays,
        request.principal!.username,
        app.config.dataDir,
      );
      request.auditNote = {
        detail:
          result.archived === 0
            ? `nothing older than ${result.before} to archive`
            : `archived ${result.archived} events (ids up to ${result.throughId}, all before ${result.before}) to ${result.file}, sha256 ${result.sha256}`,
      };
      return result;
    },
  );
};

export default audit;
