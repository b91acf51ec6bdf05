import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import Type from 'typebox';
import { ConfigPatchRequest, ConfigPreview, IdParams, Job, PrecheckResult } from '@keel/shared';
import { notFound } from '../errors.js';
import { jobRegistry, type RegisteredKind } from '../jobs/registry.js';
import type { JobTarget } from '../jobs/target.js';
import { switchoverPrecheck } from '../operations/checks.js';
import { reviewConfig } from '../operations/config-review.js';
import { errorResponses } from './error-responses.js';

const tags = ['operations'];
const errors = errorResponses;

/**
 * Where each kind is requested: a job on an existing cluster at POST /clusters/{id}/{kind}, any other
 * (hosts, a cluster to be made) at POST /jobs/{kind}, its target named in the body.
 */
const routeOf = (k: RegisteredKind): string =>
  k.target === 'cluster' ? `/clusters/:id/${k.kind}` : `/jobs/${k.kind}`;

/** Operations answer 202 with the job; follow it at GET /jobs/{id} or on the WebSocket. */
const operations: FastifyPluginAsyncTypebox = async (app) => {
  const cluster = (id: string) => {
    const state = app.observers.state(id);
    if (!state) throw notFound('Cluster', id);
    return state;
  };

  for (const kind of jobRegistry.values()) {
    if (kind.definition.route === 'own') continue;
    const onCluster = kind.target === 'cluster';
    app.post(
      routeOf(kind),
      {
        config: { access: kind.definition.access },
        // `curl -X POST …/pause` with no body means "no options", not a malformed request.
        preValidation: async (request) => {
          request.body ??= {};
        },
        schema: {
          summary: kind.description,
          // Scripts call the job kinds by their own names: switchover, restart, ...
          operationId: kind.kind,
          tags,
          ...(onCluster && { params: IdParams }),
          body: kind.request,
          response: { 202: Job, ...errors },
        },
      },
      async (request, reply) => {
        const { scheduledAt, ...params } = request.body as { scheduledAt?: string };
        let target: JobTarget;
        if (onCluster) {
          const { id } = request.params as { id: string };
          cluster(id);
          target = { kind: 'cluster', clusterId: id };
        } else {
          target = kind.definition.targetOf!(params);
        }
        const job = await app.jobs.runner.submit(kind.kind, target, params, request.principal!, scheduledAt);
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
    async (request) => switchoverPrecheck(cluster(request.params.id), request.query.candidate),
  );

  const config = jobRegistry.get('config')!;
  app.patch(
    '/clusters/:id/config',
    {
      config: { access: config.definition.access },
      schema: {
        summary: config.description,
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
