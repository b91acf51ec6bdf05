import fp from 'fastify-plugin';
import cookie from '@fastify/cookie';
import type { Principal, Role } from '@keel/shared';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { KeelError } from '../errors.js';
import { accessOf, authorize, isMutating } from '../security/access.js';
import { AuditLog } from '../security/audit-log.js';
import { targetNames } from '../security/audit-targets.js';
import { CredentialService } from '../security/credentials.js';
import { FeedAccessWatch, type FeedCredential } from '../security/feed-access.js';
import { LoginLimiter } from '../security/login-limiter.js';
import { LoginService } from '../security/login.js';
import { SessionStore } from '../security/sessions.js';
import { TokenService } from '../security/tokens.js';
import { UserService } from '../security/users.js';

export const sessionCookie = 'keel_session';

export interface AuditNote {
  detail?: string;
  /** Not a change (a dry run): recorded only if refused. */
  skip?: boolean;
  targetName?: string | null;
}

declare module 'fastify' {
  interface FastifyInstance {
    security: {
      sessions: SessionStore;
      users: UserService;
      tokens: TokenService;
      audit: AuditLog;
      limiter: LoginLimiter;
      login: LoginService;
      credentials: CredentialService;
      feeds: FeedAccessWatch;
    };
  }
  interface FastifyRequest {
    principal: Principal | null;
    /** The session's CSRF token, for session (cookie) callers. */
    csrfToken: string | null;
    /** What a route adds to (or asks of) its audit row. */
    auditNote: AuditNote | null;
    /** The session or token this request was authenticated with, for the live feed's watch. */
    credential: FeedCredential | null;
  }
}

/**
 * The browser's origin must be ours, scheme included (an http page must not drive an https Keel, nor the
 * other way round): blocks cross-site WebSocket hijacking and cross-origin form posts. Scheme and host are
 * the browser's as a trusted proxy reports them (X-Forwarded-Proto/-Host, KEEL_TRUST_PROXY), else ours.
 */
function sameOrigin(request: FastifyRequest): boolean {
  const origin = request.headers.origin;
  if (!origin) return true; // not a browser, or a same-origin GET; session + CSRF still apply
  try {
    return new URL(origin).origin === new URL(`${request.protocol}://${request.host}`).origin;
  } catch {
    return false;
  }
}

/** The id in the request path (`/clusters/:id/...`), if it is one. */
function targetOf(request: FastifyRequest): string | null {
  const id = (request.params as { id?: unknown } | undefined)?.id;
  return typeof id === 'string' && id.length <= 100 ? id : null;
}

async function authenticate(security: FastifyInstance['security'], request: FastifyRequest): Promise<void> {
  const { sessions, tokens } = security;
  const bearer = /^Bearer\s+(\S+)$/i.exec(request.headers.authorization ?? '')?.[1];
  if (bearer) {
    const result = await tokens.authenticate(bearer);
    if ('refused' in result) throw new KeelError('UNAUTHENTICATED', `API token refused: ${result.refused}`);
    request.principal = {
      id: result.user.id,
      username: result.user.username,
      role: result.role,
      via: 'token',
      mustChangePassword: false,
    };
    request.credential = { kind: 'token', id: result.token.id };
    return;
  }
  const cookieValue = request.cookies[sessionCookie];
  if (!cookieValue) return;
  const session = await sessions.validate(cookieValue);
  if (!session) return; // expired or ended: treated as signed out
  request.principal = {
    id: session.user.id,
    username: session.user.username,
    role: session.user.role as Role,
    via: 'session',
    mustChangePassword: session.user.mustChangePassword,
  };
  request.csrfToken = session.csrfToken;
  request.credential = { kind: 'session', id: session.id };
}

/**
 * Authentication (session cookie or Bearer token), authorization by each route's `config.access`,
 * CSRF protection for cookie callers, the Origin check for browsers, and the audit trail of every change
 * and every refusal. The server decides; the UI only hides.
 */
export default fp(
  async (app) => {
    const clock = (): Date => new Date();
    const sessions = new SessionStore(app.db, app.config.session, clock);
    const users = new UserService(app.db, sessions);
    const audit = new AuditLog(app.db, clock);
    const limiter = new LoginLimiter();
    app.decorate('security', {
      sessions,
      users,
      tokens: new TokenService(app.db, clock),
      audit,
      limiter,
      login: new LoginService({ users, sessions, limiter, audit }),
      credentials: new CredentialService(app.db, app.secretBox),
      feeds: new FeedAccessWatch(app.db, app.config.session, clock, (error) =>
        app.log.warn({ err: error }, 'could not check the access of open feeds'),
      ),
    });
    await app.register(cookie);
    app.decorateRequest('principal', null);
    app.decorateRequest('csrfToken', null);
    app.decorateRequest('auditNote', null);
    app.decorateRequest('credential', null);
    app.addHook('onClose', async () => {
      app.security.feeds.stop();
      await app.security.audit.close();
    });

    app.addHook('onRequest', async (request) => {
      const access = accessOf(request);
      if ((isMutating(request.method) || request.headers.upgrade) && !sameOrigin(request)) {
        throw new KeelError('FORBIDDEN', 'Cross-origin request refused');
      }
      // Public routes (health, login, the web app's files) neither need nor use a session.
      if (access === 'public') return;
      await authenticate(app.security, request);
      authorize(access, request.principal);
      // Cookies ride along on cross-site requests; a header a foreign page cannot read or set proves intent.
      if (request.principal?.via === 'session' && isMutating(request.method)) {
        if (request.headers['x-csrf-token'] !== request.csrfToken) {
          throw new KeelError(
            'CSRF_FAILED',
            'Missing or wrong X-CSRF-Token header (from GET /api/v1/auth/session)',
          );
        }
      }
    });

    // Before the handler runs: a target about to be deleted still has its name.
    app.addHook('preHandler', async (request) => {
      const id = targetOf(request);
      if (!id || !isMutating(request.method)) return;
      const name = (await targetNames(app.db, [id])).get(id) ?? null;
      request.auditNote = { ...request.auditNote, targetName: name };
    });

    app.addHook('onResponse', async (request, reply) => {
      const route = request.routeOptions.url;
      // Unmatched paths are not actions: a 404 for a path that does not exist changes nothing.
      if (!route?.startsWith('/api/') || request.routeOptions.config?.audit === false) return;
      const denied = reply.statusCode === 401 || reply.statusCode === 403;
      if (!isMutating(request.method) && !denied) return;
      if (request.auditNote?.skip && !denied) return;
      const principal = request.principal;
      const target = targetOf(request);
      try {
        const targetName =
          request.auditNote?.targetName ??
          (target ? (await targetNames(app.db, [target])).get(target) : null);
        await app.security.audit.record({
          actorType: principal ? (principal.via === 'token' ? 'token' : 'user') : 'anonymous',
          actor: principal?.username ?? 'anonymous',
          action: `${request.method} ${route}`,
          target,
          targetName: targetName ?? null,
          params: request.body ?? null,
          outcome: reply.statusCode < 400 ? 'success' : denied ? 'denied' : 'failure',
          statusCode: reply.statusCode,
          ip: request.ip,
          detail: request.auditNote?.detail ?? null,
        });
      } catch (error) {
        request.log.error({ err: error }, 'could not write the audit log');
      }
    });
  },
  { name: 'auth', dependencies: ['config', 'database', 'secrets'] },
);
