import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import Type from 'typebox';
import { CreateScheduleRequest, IdParams, Schedule, ScheduleList, UpdateScheduleRequest } from '@keel/shared';
import { notFound } from '../errors.js';
import { checkCron } from '../schedules/cron.js';
import { toScheduleView } from '../schedules/repository.js';
import { errorResponses } from './error-responses.js';

const tags = ['schedules'];

const schedules: FastifyPluginAsyncTypebox = async (app) => {
  const found = async (id: string) => {
    const s = await app.schedules.repo.find(id);
    if (!s) throw notFound('Schedule', id);
    return s;
  };

  app.get(
    '/clusters/:id/schedules',
    {
      schema: {
        summary: "A cluster's recurring jobs (drills), each with its next run",
        tags,
        params: IdParams,
        response: { 200: ScheduleList, ...errorResponses },
      },
    },
    async (request) => {
      await app.clusters.get(request.params.id);
      return { schedules: (await app.schedules.repo.list(request.params.id)).map(toScheduleView) };
    },
  );

  app.post(
    '/clusters/:id/schedules',
    {
      config: { access: 'operator' },
      schema: {
        summary: 'Run a job again and again by a cron expression (UTC), as the requester',
        tags,
        params: IdParams,
        body: CreateScheduleRequest,
        response: { 201: Schedule, ...errorResponses },
      },
    },
    async (request, reply) => {
      await app.clusters.get(request.params.id);
      checkCron(request.body.cron);
      const principal = request.principal!;
      const created = await app.schedules.repo.create({
        clusterId: request.params.id,
        kind: request.body.kind,
        params: request.body.params,
        cron: request.body.cron.trim(),
        enabled: request.body.enabled ?? true,
        ownerId: principal.id,
        ownerName: principal.username,
        createdAt: new Date(),
      });
      await app.schedules.scheduler.changed(created.id);
      return reply.status(201).send(toScheduleView(created));
    },
  );

  app.patch(
    '/schedules/:id',
    {
      config: { access: 'operator' },
      schema: {
        summary: 'Change when a schedule runs, or turn it off and on',
        tags,
        params: IdParams,
        body: UpdateScheduleRequest,
        response: { 200: Schedule, ...errorResponses },
      },
    },
    async (request) => {
      await found(request.params.id);
      if (request.body.cron !== undefined) checkCron(request.body.cron);
      const updated = await app.schedules.repo.update(request.params.id, {
        ...(request.body.cron !== undefined && { cron: request.body.cron.trim() }),
        ...(request.body.enabled !== undefined && { enabled: request.body.enabled }),
      });
      await app.schedules.scheduler.changed(updated.id);
      return toScheduleView(updated);
    },
  );

  app.delete(
    '/schedules/:id',
    {
      config: { access: 'operator' },
      schema: {
        summary: 'Remove a schedule (jobs it started are kept)',
        tags,
        params: IdParams,
        response: { 204: Type.Null(), ...errorResponses },
      },
    },
    async (request, reply) => {
      await found(request.params.id);
      app.schedules.scheduler.forget(request.params.id);
      await app.schedules.repo.delete(request.params.id);
      return reply.status(204).send(null);
    },
  );
};

export default schedules;
