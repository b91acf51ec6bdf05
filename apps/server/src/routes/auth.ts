import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import Type from 'typebox';
import { ChangePasswordRequest, LoginRequest, SessionInfo, type Role } from '@keel/shared';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { KeelError } from '../errors.js';
import type { Session, User } from '../generated/prisma/index.js';
import { sessionCookie } from '../plugins/auth.js';
import { errorResponses } from './error-responses.js';

const tags = ['auth'];
const errors = errorResponses;
const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

const sessionInfo = (user: User, session: Session): SessionInfo => ({
  user: {
    id: user.id,
    username: user.username,
    role: user.role as Role,
    via: 'session',
    mustChangePassword: user.mustChangePassword,
  },
  csrfToken: session.csrfToken,
  expiresAt: session.expiresAt.toISOString(),
});

const auth: FastifyPluginAsyncTypebox = async (app) => {
  const { users, sessions, limiter, audit } = app.security;

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

  const loginFailed = async (request: FastifyRequest, username: string, detail: string): Promise<void> => {
    await audit.record({
      actorType: 'anonymous',
      actor: username,
      action: 'auth.login',
      outcome: 'failure',
      statusCode: 401,
      ip: request.ip,
      detail,
    });
  };

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
      // Counted before the password is checked: parallel guesses cannot pass the check together.
      const verdict = limiter.begin(request.ip, username);
      if (verdict.refused) {
        await audit.record({
          actorType: 'anonymous',
          actor: username,
          action: 'auth.login',
          outcome: 'denied',
          statusCode: 429,
          ip: request.ip,
          detail: 'too many failed logins from this address',
        });
        void reply.header('retry-after', String(verdict.retryAfterSeconds));
        throw new KeelError(
          'RATE_LIMITED',
          `Too many failed logins from this address; try again in ${verdict.retryAfterSeconds} s`,
        );
      }
      if (verdict.delayMs > 0) await sleep(verdict.delayMs);

      const user = await users.authenticate(username, password);
      if (!user) {
        await loginFailed(request, username, 'wrong username or password, or account disabled');
        throw new KeelError('UNAUTHENTICATED', 'Wrong username or password');
      }
      limiter.succeeded(request.ip, username);
      // A fresh session id at every login: an id planted before login is worthless after it.
      const previous = request.cookies[sessionCookie];
      if (previous) await sessions.end(previous);
      const { token, session } = await sessions.create(user, {
        ip: request.ip,
        userAgent: request.headers['user-agent'],
      });
      setCookie(request, reply, token);
      await audit.record({
        actorType: 'user',
        actor: user.username,
        action: 'auth.login',
        outcome: 'success',
        statusCode: 200,
        ip: request.ip,
      });
      return sessionInfo(user, session);
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
      const user = await users.changeOwnPassword(
        request.principal!.id,
        request.body.currentPassword,
        request.body.newPassword,
      );
      // Every session ended with the old password, this one too: it goes on under a fresh id.
      const { token, session } = await sessions.create(user, {
        ip: request.ip,
        userAgent: request.headers['user-agent'],
      });
      setCookie(request, reply, token);
      return sessionInfo(user, session);
    },
  );
};

export default auth;
