import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import Type from 'typebox';
import {
  ActivityQuery,
  ClusterActivity,
  ClusterDetail,
  ClusterList,
  type ClusterSecurityInput,
  IdParams,
  ImportClusterRequest,
  LagHistory,
  UpdateClusterRequest,
} from '@keel/shared';
import type { FastifyRequest } from 'fastify';
import { errorResponses } from './error-responses.js';

const errors = errorResponses;

/**
 * Turning certificate verification off is an explicit choice: its audit row says so in words (the
 * request body is kept there too, redacted), and so does turning it back on.
 */
function noteVerification(request: FastifyRequest, security: ClusterSecurityInput | undefined): void {
  if (security?.verifyCertificates === undefined) return;
  const detail = security.verifyCertificates
    ? "certificate verification on: Keel checks the cluster's Patroni, etcd and PostgreSQL certificates"
    : "certificate verification OFF by explicit choice: Keel does not check the cluster's Patroni, etcd and PostgreSQL certificates (shown as a warning on the cluster page)";
  request.auditNote = { ...request.auditNote, detail };
}
const tags = ['clusters'];

const clusters: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/clusters',
    {
      schema: {
        summary: 'Every cluster with its health at a glance',
        tags,
        response: { 200: ClusterList, ...errors },
      },
    },
    async () => ({ clusters: await app.clusters.list() }),
  );

  app.post(
    '/clusters',
    {
      schema: {
        summary: 'Import an existing cluster from one Patroni REST URL, or from etcd endpoints and scope',
        tags,
        body: ImportClusterRequest,
        response: { 201: ClusterDetail, ...errors },
      },
    },
    async (request, reply) => {
      noteVerification(request, request.body.security);
      return reply.status(201).send(await app.clusters.import(request.body));
    },
  );

  app.get(
    '/clusters/:id',
    {
      schema: {
        summary: 'The cluster with its live state: leader, health with reasons, members, etcd, HAProxy',
        tags,
        params: IdParams,
        response: { 200: ClusterDetail, ...errors },
      },
    },
    async (request) => app.clusters.get(request.params.id),
  );

  app.get(
    '/clusters/:id/lag',
    {
      schema: {
        summary: "Each member's replication lag over the last minutes",
        tags,
        params: IdParams,
        response: { 200: LagHistory, ...errors },
      },
    },
    async (request) => ({ members: await app.clusters.lagHistory(request.params.id) }),
  );

  app.get(
    '/clusters/:id/activity',
    {
      schema: {
        summary:
          "The cluster's recent leader, role and health changes, newest first (kept across reloads and restarts of Keel)",
        tags,
        params: IdParams,
        querystring: ActivityQuery,
        response: { 200: ClusterActivity, ...errors },
      },
    },
    async (request) => ({
      events: await app.clusters.recentActivity(request.params.id, request.query.limit ?? 50),
    }),
  );

  app.post(
    '/clusters/:id/refresh',
    {
      // Re-reading changes nothing on the cluster, so whoever may see it may ask; it is audited as a POST.
      config: { access: 'viewer' },
      schema: {
        summary:
          "Re-read the cluster now from every source (Patroni, etcd, HAProxy, the SQL probe) and restart Keel's etcd watch",
        tags,
        params: IdParams,
        response: { 200: ClusterDetail, ...errors },
      },
    },
    async (request) => app.clusters.refresh(request.params.id),
  );

  app.patch(
    '/clusters/:id',
    {
      schema: {
        summary:
          'Rename a cluster or change how Keel reaches it: etcd endpoints, Patroni URLs, HAProxy, the database login, TLS and the Patroni/etcd logins',
        tags,
        params: IdParams,
        body: UpdateClusterRequest,
        response: { 200: ClusterDetail, ...errors },
      },
    },
    async (request) => {
      noteVerification(request, request.body.security);
      return app.clusters.update(request.params.id, request.body);
    },
  );

  app.delete(
    '/clusters/:id',
    {
      schema: {
        summary: 'Remove a cluster from Keel (the cluster itself is not touched)',
        tags,
        params: IdParams,
        response: { 204: Type.Null(), ...errors },
      },
    },
    async (request, reply) => {
      await app.clusters.remove(request.params.id);
      return reply.status(204).send(null);
    },
  );
};

export default clusters;
