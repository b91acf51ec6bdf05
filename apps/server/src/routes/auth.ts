import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import Type from 'typebox';
import { ChangePasswordRequest, LoginRequest, SessionInfo } from '@keel/shared';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { KeelError } from '../errors.js';
import { sessionCookie } from '../plugins/auth.js';
import { LoginRefused } from '../security/login.js';
import { errorResponses } from './error-responses.js';

const tags = ['auth'];
const errors = errorResponses;

const auth: FastifyPluginAsyncTypebox = async (app) => {
  const { sessions, login } = app.security;

  // Secure whenever the browser speaks https to us: Keel's own TLS, or a trusted proxy's X-Forwarded-Proto.
  const setCookie = (request: FastifyRequest, reply: FastifyReply, token: string): void => {
    reply.setCookie(sessionCookie, token, {
      path: '/',
      httpOnly: true,
      sameSite: 'strict',
      secure: request.protocol === 'https',
      maxAge: Math.floor(app.config.session.maxMs / 1000),
    });
  };
  const client = (request: FastifyRequest) => ({ ip: request.ip, userAgent: request.headers['user-agent'] });

  app.post(
    '/auth/login',
    {
      config: { access: 'public', audit: false },
      schema: {
        summary: 'Sign in: sets the session cookie',
        tags,
        body: LoginRequest,
        response: { 200: SessionInfo, ...errors },
      },
    },
    async (request, reply) => {
      const { username, password } = request.body;
      try {
        const { token, info } = await login.signIn(
          username,
          password,
          client(request),
          request.cookies[sessionCookie],
        );
        setCookie(request, reply, token);
        return info;
      } catch (error) {
        if (error instanceof LoginRefused) void reply.header('retry-after', String(error.retryAfterSeconds));
        throw error;
      }
    },
  );

  app.post(
    '/auth/logout',
    {
      config: { access: 'signed-in' },
      schema: {
        summary: 'Sign out: ends the session on the server',
        tags,
        response: { 204: Type.Null(), ...errors },
      },
    },
    async (request, reply) => {
      const token = request.cookies[sessionCookie];
      if (token) await sessions.end(token);
      reply.clearCookie(sessionCookie, { path: '/' });
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/auth/session',
    {
      config: { access: 'signed-in' },
      schema: {
        summary: 'Who is signed in, and the CSRF token for changes',
        tags,
        response: { 200: SessionInfo, ...errors },
      },
    },
    async (request) => {
      const principal = request.principal!;
      const token = request.cookies[sessionCookie];
      const session = principal.via === 'session' && token ? await sessions.validate(token) : null;
      return {
        user: principal,
        csrfToken: request.csrfToken,
        expiresAt: session?.expiresAt.toISOString() ?? null,
      };
    },
  );

  app.post(
    '/auth/password',
    {
      config: { access: 'signed-in' },
      schema: {
        summary:
          'Change your own password: ends your other sessions, revokes your API tokens, and answers a new session',
        tags,
        body: ChangePasswordRequest,
        response: { 200: SessionInfo, ...errors },
      },
    },
    async (request, reply) => {
      if (request.principal!.via !== 'session') {
        throw new KeelError('FORBIDDEN', 'Change your password signed in with it, not with an API token');
      }
      const { token, info } = await login.changePassword(
        request.principal!.id,
        request.body.currentPassword,
        request.body.newPassword,
        client(request),
      );
      setCookie(request, reply, token);
      return info;
    },
  );
};

export default auth;
