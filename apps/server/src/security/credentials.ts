import { createHash } from 'node:crypto';
import ssh2 from 'ssh2';
import type {
  CreateCredentialRequest,
  CredentialInfo,
  CredentialKind,
  UpdateCredentialRequest,
} from '@keel/shared';
import { KeelError, notFound } from '../errors.js';
import type { Cluster, Credential, PrismaClient } from '../generated/prisma/index.js';
import type { SecretBox } from './secret-box.js';

/**
 * The sealed part of a credential; only provisioning, operations and probes ever open it. An SSH login
 * may also hold the password its user needs for sudo (ssh/login.ts).
 */
export type CredentialSecret =
  | { password: string; database?: string; sudoPassword?: string }
  | { privateKey: string; passphrase?: string; sudoPassword?: string };

/** A cluster's CA bundle, or its client certificate and key (`tls` credentials, always inline). */
export type TlsSecret = { ca: string } | { cert: string; key: string };

/** Checks an SSH private key (and its passphrase) and answers its public key's SHA256 fingerprint. */
export function sshFingerprint(privateKey: string, passphrase?: string): string {
  // ssh2 answers an array for files holding several keys; the first is the one used.
  const parsed = ssh2.utils.parseKey(privateKey, passphrase) as ssh2.ParsedKey | ssh2.ParsedKey[] | Error;
  const key = Array.isArray(parsed) ? parsed[0] : parsed;
  if (!key || key instanceof Error) {
    const why = key instanceof Error ? key.message : 'no key found';
    throw new KeelError('VALIDATION_FAILED', `The privateKey is not a usable SSH private key: ${why}`);
  }
  if (!key.isPrivateKey())
    throw new KeelError('VALIDATION_FAILED', 'The privateKey is a public key; give the private key');
  return `SHA256:${createHash('sha256').update(key.getPublicSSH()).digest('base64').replace(/=+$/, '')}`;
}

/** An SSH login's stored form: a key (checked, fingerprinted) or a password; exactly one of them. */
function sshLogin(request: Extract<CreateCredentialRequest, { kind: 'ssh' }>): {
  username: string;
  fingerprint: string | null;
  secret: CredentialSecret;
} {
  const { privateKey, passphrase, password, sudoPassword } = request;
  if ((privateKey === undefined) === (password === undefined))
    throw new KeelError(
      'VALIDATION_FAILED',
      'An SSH credential needs a privateKey or a password: one of them, not both',
    );
  if (password !== undefined && passphrase !== undefined)
    throw new KeelError('VALIDATION_FAILED', 'A passphrase goes with a privateKey, not with a password');
  const username = request.username ?? 'root';
  if (privateKey === undefined)
    return { username, fingerprint: null, secret: { password: password!, sudoPassword } };
  return {
    username,
    fingerprint: sshFingerprint(privateKey, passphrase),
    secret: { privateKey, passphrase, sudoPassword },
  };
}

/**
 * Clusters use a credential as their probe login, their HAProxy stats login, their Patroni REST or etcd
 * login, their CA bundle or their client certificate.
 */
const usage = {
  clusters: true,
  statsOf: true,
  patroniOf: true,
  etcdOf: true,
  caOf: true,
  clientCertOf: true,
  sshOf: true,
} as const;
type CredentialWithUse = Credential & Record<keyof typeof usage, Cluster[]>;
const usedBy = (r: CredentialWithUse): string[] => [
  ...new Set(
    [...r.clusters, ...r.statsOf, ...r.patroniOf, ...r.etcdOf, ...r.caOf, ...r.clientCertOf, ...r.sshOf].map(
      (c) => c.name,
    ),
  ),
];
/** No cluster links it (in any role). */
const unused = {
  clusters: { none: {} },
  statsOf: { none: {} },
  patroniOf: { none: {} },
  etcdOf: { none: {} },
  caOf: { none: {} },
  clientCertOf: { none: {} },
  sshOf: { none: {} },
} as const;

/** The credentials store: SSH keys and database logins, sealed at rest, never shown again. */
export class CredentialService {
  constructor(
    private readonly db: PrismaClient,
    private readonly box: SecretBox,
  ) {}

  async list(): Promise<CredentialInfo[]> {
    const rows = await this.db.credential.findMany({ include: usage, orderBy: { name: 'asc' } });
    return rows.map((r) => this.view(r));
  }

  async get(id: string): Promise<CredentialInfo> {
    return this.view(await this.row(id));
  }

  async create(request: CreateCredentialRequest): Promise<CredentialInfo> {
    const data =
      request.kind === 'database'
        ? { username: request.username, fingerprint: null, secret: { password: request.password } }
        : sshLogin(request);
    const row = await this.db.credential.create({
      data: {
        kind: request.kind,
        name: request.name,
        username: data.username,
        fingerprint: data.fingerprint,
        secret: this.box.seal(JSON.stringify(data.secret)),
      },
      include: usage,
    });
    return this.view(row);
  }

  async update(id: string, patch: UpdateCredentialRequest): Promise<CredentialInfo> {
    const row = await this.row(id);
    const secret = this.open(row);
    let fingerprint = row.fingerprint;
    if (row.kind !== 'ssh') {
      if (patch.privateKey || patch.passphrase || patch.sudoPassword)
        throw new KeelError('VALIDATION_FAILED', `A ${row.kind} login has no SSH key or sudo password`);
      if (patch.password && 'password' in secret) secret.password = patch.password;
    } else {
      if (patch.sudoPassword) secret.sudoPassword = patch.sudoPassword;
      if (patch.password && !('password' in secret))
        throw new KeelError('VALIDATION_FAILED', 'This SSH credential logs in with a key; give privateKey');
      if ((patch.privateKey || patch.passphrase !== undefined) && !('privateKey' in secret))
        throw new KeelError(
          'VALIDATION_FAILED',
          'This SSH credential logs in with a password; give password',
        );
      if (patch.password && 'password' in secret) secret.password = patch.password;
      if ((patch.privateKey || patch.passphrase !== undefined) && 'privateKey' in secret) {
        secret.privateKey = patch.privateKey ?? secret.privateKey;
        secret.passphrase = patch.passphrase ?? secret.passphrase;
        fingerprint = sshFingerprint(secret.privateKey, secret.passphrase);
      }
    }
    const updated = await this.db.credential.update({
      where: { id },
      data: {
        name: patch.name,
        username: patch.username,
        fingerprint,
        secret: this.box.seal(JSON.stringify(secret)),
      },
      include: usage,
    });
    return this.view(updated);
  }

  async remove(id: string): Promise<void> {
    const row = await this.row(id);
    const users = usedBy(row);
    if (users.length > 0)
      throw new KeelError('CONFLICT', `Credential "${row.name}" is used by ${users.join(', ')}`);
    await this.db.credential.delete({ where: { id } });
  }

  /**
   * A login given with a cluster (not chosen from the store), sealed and kept as that cluster's own
   * (`inline`): not listed for reuse, removed with the cluster or when replaced. Answers its id.
   */
  async createInline(
    kind: 'database' | 'http' | 'tls',
    name: string,
    username: string | null,
    secret: CredentialSecret | TlsSecret,
    fingerprint: string | null = null,
  ): Promise<string> {
    const row = await this.db.credential.create({
      data: {
        kind,
        name,
        username,
        fingerprint,
        inline: true,
        secret: this.box.seal(JSON.stringify(secret)),
      },
      select: { id: true },
    });
    return row.id;
  }

  /** Removes a cluster's own (inline) credential once no cluster uses it; credentials from the store stay. */
  async releaseInline(id: string | null): Promise<void> {
    if (!id) return;
    await this.db.credential.deleteMany({
      where: { id, inline: true, ...unused },
    });
  }

  /** A login, opened, for the observer that uses it (probe, stats page); null when there is none. */
  async login(id: string | null): Promise<{ username: string; secret: CredentialSecret } | null> {
    if (!id) return null;
    const row = await this.db.credential.findUnique({ where: { id } });
    if (!row?.username) return null;
    return { username: row.username, secret: this.open(row) };
  }

  /** A cluster's CA bundle or client certificate, opened (no username: `login` skips those). */
  async tls(id: string | null): Promise<TlsSecret | null> {
    if (!id) return null;
    const row = await this.db.credential.findUnique({ where: { id } });
    if (row?.kind !== 'tls') return null;
    return JSON.parse(this.box.open(row.secret)) as TlsSecret;
  }

  /** The fingerprint of a credential (safe to show), or null. */
  async fingerprint(id: string | null): Promise<string | null> {
    if (!id) return null;
    const row = await this.db.credential.findUnique({ where: { id }, select: { fingerprint: true } });
    return row?.fingerprint ?? null;
  }

  /** The username of a login (safe to show), or null. */
  async username(id: string | null): Promise<string | null> {
    if (!id) return null;
    const row = await this.db.credential.findUnique({ where: { id }, select: { username: true } });
    return row?.username ?? null;
  }

  /** For the modules that must use a secret (probe, SSH): never for an API answer. */
  async reveal(
    id: string,
  ): Promise<{ kind: CredentialKind; username: string | null; secret: CredentialSecret }> {
    const row = await this.row(id);
    return { kind: row.kind as CredentialKind, username: row.username, secret: this.open(row) };
  }

  private open(row: Credential): CredentialSecret {
    return JSON.parse(this.box.open(row.secret)) as CredentialSecret;
  }

  private async row(id: string): Promise<CredentialWithUse> {
    const row = await this.db.credential.findUnique({ where: { id }, include: usage });
    if (!row) throw notFound('Credential', id);
    return row;
  }

  private view(r: CredentialWithUse): CredentialInfo {
    return {
      id: r.id,
      kind: r.kind as CredentialKind,
      name: r.name,
      username: r.username,
      fingerprint: r.fingerprint,
      usedBy: usedBy(r),
      createdAt: r.createdAt.toISOString(),
      updatedAt: r.updatedAt.toISOString(),
    };
  }
}
