import type { PrismaClient, Session, User } from '../generated/prisma/index.js';
import { randomToken, sha256 } from './random.js';

export interface SessionTimeouts {
  idleMs: number;
  maxMs: number;
}

/** Touching lastSeenAt on every request would write to SQLite constantly; once a minute is precise enough. */
const touchEveryMs = 60_000;

/**
 * Server-side browser sessions. The cookie carries a random 256-bit token; the database keeps only its
 * SHA-256, so a copy of the database does not let anyone in.
 */
export class SessionStore {
  constructor(
    private readonly db: PrismaClient,
    private readonly timeouts: SessionTimeouts,
    private readonly clock: () => Date,
  ) {}

  /** A new session (a new token every login: a session id never survives a login). */
  async create(
    user: Pick<User, 'id' | 'passwordVersion'>,
    meta: { ip?: string; userAgent?: string },
  ): Promise<{ token: string; session: Session }> {
    const token = randomToken();
    const now = this.clock();
    const session = await this.db.session.create({
      data: {
        id: sha256(token),
        userId: user.id,
        passwordVersion: user.passwordVersion,
        csrfToken: randomToken(),
        createdAt: now,
        lastSeenAt: now,
        expiresAt: new Date(now.getTime() + this.timeouts.maxMs),
        ip: meta.ip ?? null,
        userAgent: meta.userAgent?.slice(0, 300) ?? null,
      },
    });
    return { token, session };
  }

  /** The live session for a cookie token, or null when unknown, idle too long or past its absolute end. */
  async validate(token: string): Promise<(Session & { user: User }) | null> {
    const session = await this.db.session.findUnique({
      where: { id: sha256(token) },
      include: { user: true },
    });
    if (!session) return null;
    const now = this.clock().getTime();
    const idleExpired = now - session.lastSeenAt.getTime() > this.timeouts.idleMs;
    // Opened under a password that has since been replaced: over, whatever else holds.
    const staleVersion = session.passwordVersion !== session.user.passwordVersion;
    if (idleExpired || now >= session.expiresAt.getTime() || session.user.disabled || staleVersion) {
      await this.db.session.deleteMany({ where: { id: session.id } });
      return null;
    }
    if (now - session.lastSeenAt.getTime() > touchEveryMs) {
      await this.db.session.update({ where: { id: session.id }, data: { lastSeenAt: new Date(now) } });
    }
    return session;
  }

  async end(token: string): Promise<void> {
    await this.db.session.deleteMany({ where: { id: sha256(token) } });
  }

  async endAllFor(userId: string): Promise<number> {
    return (await this.db.session.deleteMany({ where: { userId } })).count;
  }

  async countActive(userId: string): Promise<number> {
    const now = this.clock();
    return this.db.session.count({
      where: {
        userId,
        expiresAt: { gt: now },
        lastSeenAt: { gt: new Date(now.getTime() - this.timeouts.idleMs) },
      },
    });
  }
}
