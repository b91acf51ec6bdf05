import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { IdParams, Job, JobDetail, JobList, JobQuery } from '@keel/shared';
import { notFound } from '../errors.js';
import { toJobView } from '../jobs/repository.js';
import { errorResponses } from './error-responses.js';

const tags = ['jobs'];
const errors = errorResponses;

const jobs: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/jobs',
    {
      schema: {
        summary: 'Jobs, newest first (filter by cluster and status)',
        tags,
        querystring: JobQuery,
        response: { 200: JobList, ...errors },
      },
    },
    async (request) => ({ jobs: (await app.jobs.repo.list(request.query)).map(toJobView) }),
  );

  app.get(
    '/jobs/:id',
    {
      schema: {
        summary: 'A job with its steps and log',
        tags,
        params: IdParams,
        response: { 200: JobDetail, ...errors },
      },
    },
    async (request) => {
      const job = await app.jobs.repo.detail(request.params.id);
      if (!job) throw notFound('Job', request.params.id);
      return job;
    },
  );

  app.post(
    '/jobs/:id/cancel',
    {
      config: { access: 'operator' },
      schema: {
        summary: 'Cancel a scheduled job, or stop a running one between steps',
        tags,
        params: IdParams,
        response: { 200: Job, ...errors },
      },
    },
    async (request) => app.jobs.runner.cancel(request.params.id, request.principal!),
  );
};

export default jobs;
