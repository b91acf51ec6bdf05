import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import Type from 'typebox';
import {
  DrillList,
  IdParams,
  type DrillKind,
  type DrillReport,
  type DrillSummary,
  type JobStatus,
} from '@keel/shared';
import type { JobRecord } from '../jobs/repository.js';
import { errorResponses } from './error-responses.js';

const DrillQuery = Type.Object(
  { limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, description: 'Default 50' })) },
  { additionalProperties: false },
);

/** A drill job as the drills list shows it: its report is the one the job kept in its facts. */
const toDrill = (j: JobRecord): DrillSummary => ({
  jobId: j.id,
  kind: j.params.kind as DrillKind,
  status: j.status as JobStatus,
  requestedBy: j.requestedBy,
  createdAt: j.createdAt.toISOString(),
  finishedAt: j.finishedAt?.toISOString() ?? null,
  result: j.result,
  report: (j.facts.report as DrillReport | undefined) ?? null,
});

const drills: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/clusters/:id/drills',
    {
      schema: {
        summary:
          "A cluster's failover drills, newest first, each with its report (the trend, and the export as JSON)",
        tags: ['drills'],
        params: IdParams,
        querystring: DrillQuery,
        response: { 200: DrillList, ...errorResponses },
      },
    },
    async (request) => {
      await app.clusters.get(request.params.id); // 404 for a cluster Keel does not have
      const jobs = await app.jobs.repo.list({
        clusterId: request.params.id,
        kind: 'drill',
        limit: request.query.limit ?? 50,
      });
      return { drills: jobs.map(toDrill) };
    },
  );
};

export default drills;
