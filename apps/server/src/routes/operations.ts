import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import Type from 'typebox';
import {
  ConfigPatchRequest,
  ConfigPreview,
  EmptyRequest,
  FailoverRequest,
  IdParams,
  Job,
  PrecheckResult,
  ReinitializeRequest,
  ReloadRequest,
  RestartRequest,
  SwitchoverRequest,
  type JobKind,
} from '@keel/shared';
import { notFound } from '../errors.js';
import { bestCandidate, failoverLagLimit } from '@keel/shared';
import { switchoverChecks } from '../operations/checks.js';
import { reviewConfig } from '../operations/config.js';
import { errorResponses } from './error-responses.js';

const tags = ['operations'];
const errors = errorResponses;
const operator = { access: 'operator' as const };

const operationRoutes: {
  kind: JobKind;
  body:
    | typeof SwitchoverRequest
    | typeof FailoverRequest
    | typeof RestartRequest
    | typeof ReinitializeRequest
    | typeof ReloadRequest
    | typeof EmptyRequest;
  summary: string;
}[] = [
  {
    kind: 'switchover',
    body: SwitchoverRequest,
    summary: 'Planned switchover to a candidate (or the best replica), now or at scheduledAt',
  },
  {
    kind: 'failover',
    body: FailoverRequest,
    summary: 'Failover to a candidate when there is no healthy leader (or forced, with confirm)',
  },
  { kind: 'restart', body: RestartRequest, summary: 'Restart one member, or the whole cluster rolling' },
  { kind: 'reinitialize', body: ReinitializeRequest, summary: 'Rebuild a replica from the leader' },
  { kind: 'reload', body: ReloadRequest, summary: 'Reload configuration on one member or all' },
  { kind: 'pause', body: EmptyRequest, summary: 'Maintenance mode on: Patroni stops failing over' },
  { kind: 'resume', body: EmptyRequest, summary: 'Maintenance mode off' },
];

/** Operations answer 202 with the job; follow it at GET /jobs/{id} or on the WebSocket. */
const operations: FastifyPluginAsyncTypebox = async (app) => {
  const cluster = (id: string) => {
    const state = app.observers.state(id);
    if (!state) throw notFound('Cluster', id);
    return state;
  };

  for (const op of operationRoutes) {
    app.post(
      `/clusters/:id/${op.kind}`,
      {
        config: operator,
        // `curl -X POST …/pause` with no body means "no options", not a malformed request.
        preValidation: async (request) => {
          request.body ??= {};
        },
        schema: {
          summary: op.summary,
          tags,
          params: IdParams,
          body: op.body,
          response: { 202: Job, ...errors },
        },
      },
      async (request, reply) => {
        cluster(request.params.id);
        const body = request.body as { scheduledAt?: string };
        const { scheduledAt, ...params } = body;
        const job = await app.jobs.runner.submit(
          op.kind,
          request.params.id,
          params,
          request.principal!,
          scheduledAt,
        );
        return reply.status(202).send(job);
      },
    );
  }

  app.get(
    '/clusters/:id/switchover/precheck',
    {
      schema: {
        summary: 'What a switchover would check, and whether it would go ahead now',
        tags,
        params: IdParams,
        querystring: Type.Object(
          { candidate: Type.Optional(Type.String({ maxLength: 128 })) },
          { additionalProperties: false },
        ),
        response: { 200: PrecheckResult, ...errors },
      },
    },
    async (request) => {
      const state = cluster(request.params.id);
      const candidate = request.query.candidate ?? bestCandidate(state)?.name;
      const checks = switchoverChecks(state, candidate, failoverLagLimit(state));
      return { ok: checks.every((c) => c.ok), checks };
    },
  );

  app.patch(
    '/clusters/:id/config',
    {
      config: operator,
      schema: {
        summary:
          "Change Patroni's dynamic configuration: validated (PostgreSQL parameters against the server's pg_settings), shown as a diff, applied as a job (dryRun: diff only). Settings that run commands, load code or change access need the admin role",
        tags,
        params: IdParams,
        body: ConfigPatchRequest,
        response: { 200: ConfigPreview, 202: ConfigPreview, ...errors },
      },
    },
    async (request, reply) => {
      cluster(request.params.id);
      const review = await reviewConfig(app.jobs.envFor(request.params.id), request.body.changes);
      if (request.body.dryRun) {
        // A preview changes nothing: not recorded as a change (a refusal still is).
        request.auditNote = { ...request.auditNote, skip: true };
        return reply.status(200).send({ ...review, job: null });
      }
      const job = await app.jobs.runner.submit(
        'config',
        request.params.id,
        { changes: request.body.changes },
        request.principal!,
      );
      return reply.status(202).send({ ...review, job });
    },
  );
};

export default operations;
