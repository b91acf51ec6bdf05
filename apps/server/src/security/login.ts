import type { Role, SessionInfo } from '@keel/shared';
import { KeelError } from '../errors.js';
import type { Session, User } from '../generated/prisma/index.js';
import type { AuditLog } from './audit-log.js';
import type { LoginLimiter } from './login-limiter.js';
import type { SessionStore } from './sessions.js';
import type { UserService } from './users.js';

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Where a sign-in comes from: recorded with the session and in the audit log. */
export interface Client {
  ip: string;
  userAgent: string | undefined;
}

/** A new session: its token goes into the cookie, the rest to the browser. */
export interface SignedIn {
  token: string;
  info: SessionInfo;
}

/** Too many failed logins: refused (429) before the password is looked at, for `retryAfterSeconds`. */
export class LoginRefused extends KeelError {
  constructor(readonly retryAfterSeconds: number) {
    super('RATE_LIMITED', `Too many failed logins from this address; try again in ${retryAfterSeconds} s`);
  }
}

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

/** Signing in and changing one's own password: the limiter, the password check, the session, the audit. */
export class LoginService {
  constructor(
    private readonly deps: {
      users: UserService;
      sessions: SessionStore;
      limiter: LoginLimiter;
      audit: AuditLog;
    },
  ) {}

  /** `previousToken`: the session cookie the browser came with, ended so a planted id is worthless. */
  async signIn(
    username: string,
    password: string,
    client: Client,
    previousToken?: string,
  ): Promise<SignedIn> {
    const { users, sessions, limiter, audit } = this.deps;
    const anonymous = {
      actorType: 'anonymous',
      actor: username,
      action: 'auth.login',
      ip: client.ip,
    } as const;
    // Counted before the password is checked: parallel guesses cannot pass the check together.
    const verdict = limiter.begin(client.ip, username);
    if (verdict.refused) {
      await audit.record({
        ...anonymous,
        outcome: 'denied',
        statusCode: 429,
        detail: 'too many failed logins from this address',
      });
      throw new LoginRefused(verdict.retryAfterSeconds);
    }
    if (verdict.delayMs > 0) await sleep(verdict.delayMs);

    const user = await users.authenticate(username, password);
    if (!user) {
      await audit.record({
        ...anonymous,
        outcome: 'failure',
        statusCode: 401,
        detail: 'wrong username or password, or account disabled',
      });
      throw new KeelError('UNAUTHENTICATED', 'Wrong username or password');
    }
    limiter.succeeded(client.ip, username);
    if (previousToken) await sessions.end(previousToken);
    const signedIn = await this.newSession(user, client);
    await audit.record({
      actorType: 'user',
      actor: user.username,
      action: 'auth.login',
      outcome: 'success',
      statusCode: 200,
      ip: client.ip,
    });
    return signedIn;
  }

  /** Every session ended with the old password, the caller's too: it goes on under a fresh one. */
  async changePassword(userId: string, current: string, next: string, client: Client): Promise<SignedIn> {
    const user = await this.deps.users.changeOwnPassword(userId, current, next);
    return this.newSession(user, client);
  }

  private async newSession(user: User, client: Client): Promise<SignedIn> {
    const { token, session } = await this.deps.sessions.create(user, client);
    return { token, info: sessionInfo(user, session) };
  }
}
