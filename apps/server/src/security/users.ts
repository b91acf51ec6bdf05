import { randomBytes } from 'node:crypto';
import type { CreateUserRequest, Role, UpdateUserRequest, User as UserView } from '@keel/shared';
import { KeelError, notFound } from '../errors.js';
import type { PrismaClient, User } from '../generated/prisma/index.js';
import { decoyHash, hashPassword, verifyPassword } from './passwords.js';
import type { SessionStore } from './sessions.js';

export const adminUsername = 'admin';

/** People who sign in to Keel, and their passwords. */
export class UserService {
  constructor(
    private readonly db: PrismaClient,
    private readonly sessions: SessionStore,
  ) {}

  /**
   * First start: the `admin` account gets KEEL_ADMIN_PASSWORD, or else a generated one-time password that
   * must be changed at first login. Returns the generated password (for the log, once) or null.
   */
  async ensureAdmin(envPassword: string | undefined): Promise<string | null> {
    if ((await this.db.user.count()) > 0) return null;
    if (envPassword !== undefined && envPassword.length < 12) {
      throw new KeelError('VALIDATION_FAILED', 'KEEL_ADMIN_PASSWORD must be at least 12 characters');
    }
    const password = envPassword ?? randomBytes(18).toString('base64url');
    await this.db.user.create({
      data: {
        username: adminUsername,
        passwordHash: await hashPassword(password),
        role: 'admin',
        mustChangePassword: !envPassword,
      },
    });
    return envPassword ? null : password;
  }

  /** The user with this name, whatever its case (names are unique regardless of case). */
  async findByName(username: string): Promise<User | null> {
    const [row] = await this.db.$queryRaw<{ id: string }[]>`
      SELECT "id" FROM "User" WHERE lower("username") = lower(${username}) LIMIT 1`;
    return row ? this.find(row.id) : null;
  }

  /** The user if the password is right; the same work is done when the user does not exist. */
  async authenticate(username: string, password: string): Promise<User | null> {
    const user = await this.findByName(username);
    if (!user) {
      await verifyPassword(await decoyHash(), password);
      return null;
    }
    if (!(await verifyPassword(user.passwordHash, password)) || user.disabled) return null;
    return user;
  }

  async find(id: string): Promise<User | null> {
    return this.db.user.findUnique({ where: { id } });
  }

  async list(): Promise<UserView[]> {
    const users = await this.db.user.findMany({ orderBy: { username: 'asc' } });
    return Promise.all(users.map((u) => this.view(u)));
  }

  async get(id: string): Promise<UserView> {
    const user = await this.find(id);
    if (!user) throw notFound('User', id);
    return this.view(user);
  }

  async create(request: CreateUserRequest): Promise<UserView> {
    const clash = (name: string) =>
      new KeelError('CONFLICT', `A user named "${name}" exists (names are the same whatever their case)`);
    const existing = await this.findByName(request.username);
    if (existing) throw clash(existing.username);
    const passwordHash = await hashPassword(request.password);
    try {
      const user = await this.db.user.create({
        data: {
          username: request.username,
          role: request.role,
          passwordHash,
          // A password someone else chose is one-time unless the admin says otherwise.
          mustChangePassword: request.mustChangePassword ?? true,
        },
      });
      return this.view(user);
    } catch (error) {
      // Two creations at once: the unique index on lower(username) decides.
      if ((await this.findByName(request.username)) !== null) throw clash(request.username);
      throw error;
    }
  }

  async update(id: string, patch: UpdateUserRequest, actingUserId: string): Promise<UserView> {
    const user = await this.find(id);
    if (!user) throw notFound('User', id);
    if (id === actingUserId && (patch.disabled || (patch.role && patch.role !== 'admin'))) {
      throw new KeelError(
        'CONFLICT',
        'You cannot disable yourself or lower your own role; ask another admin',
      );
    }
    await this.guardLastAdmin(
      user,
      patch.disabled === true || (patch.role !== undefined && patch.role !== 'admin'),
    );
    if (patch.mustChangePassword !== undefined && !patch.password) {
      throw new KeelError('VALIDATION_FAILED', 'body/mustChangePassword goes with body/password');
    }
    const updated = await this.db.user.update({
      where: { id },
      data: { role: patch.role, disabled: patch.disabled },
    });
    // A new password ends every session and token; a lower role or a disabled account ends the sessions.
    if (patch.password) {
      await this.replacePassword(id, patch.password, patch.mustChangePassword ?? true);
      return this.get(id);
    }
    if (patch.disabled || patch.role) await this.sessions.endAllFor(id);
    return this.view(updated);
  }

  async remove(id: string, actingUserId: string): Promise<void> {
    const user = await this.find(id);
    if (!user) throw notFound('User', id);
    if (id === actingUserId) throw new KeelError('CONFLICT', 'You cannot delete yourself; ask another admin');
    await this.guardLastAdmin(user, true);
    await this.db.user.delete({ where: { id } });
  }

  /** Ends every session and token of the user (the caller opens a new session if it should go on). */
  async changeOwnPassword(id: string, current: string, next: string): Promise<User> {
    const user = await this.find(id);
    if (!user || !(await verifyPassword(user.passwordHash, current))) {
      throw new KeelError('FORBIDDEN', 'The current password is not right');
    }
    if (current === next)
      throw new KeelError('VALIDATION_FAILED', 'The new password must differ from the current one');
    return this.replacePassword(id, next, false);
  }

  /**
   * A new password, in one transaction: the version goes up (so a session opened under the old password,
   * even one being opened right now, is over), every session ends and every API token is revoked.
   */
  private async replacePassword(id: string, password: string, mustChangePassword: boolean): Promise<User> {
    const passwordHash = await hashPassword(password);
    const [user] = await this.db.$transaction([
      this.db.user.update({
        where: { id },
        data: { passwordHash, mustChangePassword, passwordVersion: { increment: 1 } },
      }),
      this.db.session.deleteMany({ where: { userId: id } }),
      this.db.apiToken.updateMany({
        where: { userId: id, revokedAt: null },
        data: { revokedAt: new Date() },
      }),
    ]);
    return user;
  }

  private async guardLastAdmin(user: User, losingAdmin: boolean): Promise<void> {
    if (!losingAdmin || user.role !== 'admin') return;
    const admins = await this.db.user.count({ where: { role: 'admin', disabled: false } });
    if (admins <= 1)
      throw new KeelError('CONFLICT', 'This is the last active admin; make another admin first');
  }

  private async view(u: User): Promise<UserView> {
    return {
      id: u.id,
      username: u.username,
      role: u.role as Role,
      disabled: u.disabled,
      mustChangePassword: u.mustChangePassword,
      activeSessions: await this.sessions.countActive(u.id),
      createdAt: u.createdAt.toISOString(),
    };
  }
}
