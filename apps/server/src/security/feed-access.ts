import { FeedCloseCode, feedCloseReasons } from '@keel/shared';
import type { PrismaClient } from '../generated/prisma/index.js';
import type { SessionTimeouts } from './sessions.js';

/** What a feed was opened with: a session (by its stored id) or an API token (by its id). */
export type FeedCredential = { kind: 'session'; id: string } | { kind: 'token'; id: string };

export interface Closable {
  close(code: number, reason: string): void;
}

const checkEveryMs = 2_000;

/**
 * Authorization of a WebSocket is checked at the upgrade; this keeps checking. Every two seconds the
 * sessions and tokens behind the open feeds are read in two queries, and a feed whose principal lost
 * access (signed out, session ended or expired, token revoked or expired, account disabled, password
 * changed) is closed with a code that says why.
 */
export class FeedAccessWatch {
  private readonly feeds = new Map<Closable, FeedCredential>();
  private timer: NodeJS.Timeout | undefined;
  private checking = false;

  constructor(
    private readonly db: PrismaClient,
    private readonly timeouts: SessionTimeouts,
    private readonly clock: () => Date,
    private readonly onError: (error: unknown) => void,
  ) {}

  add(feed: Closable, credential: FeedCredential): void {
    this.feeds.set(feed, credential);
    this.timer ??= setInterval(() => void this.check(), checkEveryMs).unref();
  }

  remove(feed: Closable): void {
    this.feeds.delete(feed);
    if (this.feeds.size === 0) this.stop();
  }

  stop(): void {
    clearInterval(this.timer);
    this.timer = undefined;
  }

  /** One pass over every open feed (the timer's; tests may call it). */
  async check(): Promise<void> {
    if (this.checking || this.feeds.size === 0) return;
    this.checking = true;
    try {
      const verdicts = await this.verdicts();
      for (const [feed, credential] of [...this.feeds]) {
        // Not found at all: the session was ended (deleted) or the token removed with its owner.
        const gone = FeedCloseCode[credential.kind === 'session' ? 'sessionEnded' : 'tokenRevoked'];
        const code = verdicts.has(credential.id) ? verdicts.get(credential.id)! : gone;
        if (code === null) continue;
        this.feeds.delete(feed);
        feed.close(code, feedCloseReasons[code]);
      }
    } catch (error) {
      this.onError(error);
    } finally {
      this.checking = false;
    }
  }

  /** By credential id: null while access holds, else the close code. Ids not in the map are gone. */
  private async verdicts(): Promise<Map<string, FeedCloseCode | null>> {
    const credentials = [...this.feeds.values()];
    const ids = (kind: FeedCredential['kind']) => credentials.filter((c) => c.kind === kind).map((c) => c.id);
    const now = this.clock().getTime();
    const [sessions, tokens] = await Promise.all([
      this.db.session.findMany({ where: { id: { in: ids('session') } }, include: { user: true } }),
      this.db.apiToken.findMany({ where: { id: { in: ids('token') } }, include: { user: true } }),
    ]);
    const out = new Map<string, FeedCloseCode | null>();
    for (const s of sessions) {
      const expired = now - s.lastSeenAt.getTime() > this.timeouts.idleMs || now >= s.expiresAt.getTime();
      out.set(
        s.id,
        s.user.disabled
          ? FeedCloseCode.accountDisabled
          : s.passwordVersion !== s.user.passwordVersion
            ? FeedCloseCode.sessionEnded
            : expired
              ? FeedCloseCode.sessionExpired
              : null,
      );
    }
    for (const t of tokens) {
      out.set(
        t.id,
        t.user.disabled
          ? FeedCloseCode.accountDisabled
          : t.revokedAt
            ? FeedCloseCode.tokenRevoked
            : t.expiresAt && t.expiresAt.getTime() <= now
              ? FeedCloseCode.tokenExpired
              : null,
      );
    }
    return out;
  }
}
