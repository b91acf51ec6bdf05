import type { ApiTokenInfo, CreateTokenRequest, CreatedToken, Role } from '@keel/shared';
import { KeelError, notFound } from '../errors.js';
import type { ApiToken, PrismaClient, User } from '../generated/prisma/index.js';
import { randomToken, sha256 } from './random.js';
import { atLeast, weaker } from './roles.js';

const prefix = 'keel_';

/** Bearer tokens for scripts: shown once, stored as a hash, scoped to a role no higher than the creator's. */
export class TokenService {
  constructor(
    private readonly db: PrismaClient,
    private readonly clock: () => Date,
  ) {}

  /**
   * A new token for the signed-in user. Tokens do not mint tokens: a stolen token could otherwise make
   * copies of itself that outlive its expiry or its revocation.
   */
  async create(
    owner: { id: string; role: Role; via?: 'session' | 'token' },
    request: CreateTokenRequest,
  ): Promise<CreatedToken> {
    if (owner.via === 'token') {
      throw new KeelError(
        'FORBIDDEN',
        'API tokens are made from a signed-in session (the dashboard, or POST /api/v1/auth/login), not by another token',
      );
    }
    if (!atLeast(owner.role, request.role)) {
      throw new KeelError('FORBIDDEN', `A ${owner.role} cannot create a token with the ${request.role} role`);
    }
    if (request.expiresAt && Date.parse(request.expiresAt) <= this.clock().getTime()) {
      throw new KeelError('VALIDATION_FAILED', 'body/expiresAt must be in the future');
    }
    const secret = `${prefix}${randomToken()}`;
    const token = await this.db.apiToken.create({
      data: {
        name: request.name,
        role: request.role,
        userId: owner.id,
        secretHash: sha256(secret),
        expiresAt: request.expiresAt ? new Date(request.expiresAt) : null,
      },
      include: { user: true },
    });
    return { ...this.view(token), token: secret };
  }

  /** The token's owner and effective role, or a reason it is refused. */
  async authenticate(
    secret: string,
  ): Promise<{ user: User; role: Role; token: ApiToken } | { refused: string }> {
    if (!secret.startsWith(prefix)) return { refused: 'not a Keel API token' };
    const token = await this.db.apiToken.findUnique({
      where: { secretHash: sha256(secret) },
      include: { user: true },
    });
    if (!token) return { refused: 'unknown API token' };
    const now = this.clock();
    if (token.revokedAt) return { refused: 'this API token was revoked' };
    if (token.expiresAt && token.expiresAt <= now) return { refused: 'this API token has expired' };
    if (token.user.disabled) return { refused: "this API token's owner is disabled" };
    // "Last used" to the minute is enough; writing it on every request would cost a SQLite write each time.
    if (!token.lastUsedAt || now.getTime() - token.lastUsedAt.getTime() > 60_000) {
      await this.db.apiToken.update({ where: { id: token.id }, data: { lastUsedAt: now } });
    }
    return { user: token.user, role: weaker(token.role as Role, token.user.role as Role), token };
  }

  /** Admins see every token; others their own. */
  async list(viewer: { id: string; role: Role }): Promise<ApiTokenInfo[]> {
    const tokens = await this.db.apiToken.findMany({
      where: viewer.role === 'admin' ? {} : { userId: viewer.id },
      include: { user: true },
      orderBy: { createdAt: 'desc' },
    });
    return tokens.map((t) => this.view(t));
  }

  async get(viewer: { id: string; role: Role }, id: string): Promise<ApiTokenInfo> {
    const token = await this.db.apiToken.findUnique({ where: { id }, include: { user: true } });
    if (!token || (viewer.role !== 'admin' && token.userId !== viewer.id)) throw notFound('API token', id);
    return this.view(token);
  }

  async revoke(viewer: { id: string; role: Role }, id: string): Promise<void> {
    await this.get(viewer, id);
    await this.db.apiToken.update({ where: { id }, data: { revokedAt: this.clock() } });
  }

  private view(t: ApiToken & { user: User }): ApiTokenInfo {
    return {
      id: t.id,
      name: t.name,
      role: t.role as Role,
      owner: t.user.username,
      createdAt: t.createdAt.toISOString(),
      expiresAt: t.expiresAt?.toISOString() ?? null,
      lastUsedAt: t.lastUsedAt?.toISOString() ?? null,
      revokedAt: t.revokedAt?.toISOString() ?? null,
    };
  }
}
