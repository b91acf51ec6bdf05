import { SshConnection, type PinStore, type SshHost } from './connection.js';
import type { HostKeyPolicy } from './host-key.js';
import { HostShell, type LogLine } from './host-shell.js';
import { pinEndpoint } from './host-key-pins.js';
import type { SshLogin } from './login.js';

/** A host and how to reach it: the login from the store and the host key decision for it. */
export interface SshAccess {
  host: SshHost;
  login: SshLogin;
  policy: HostKeyPolicy;
}

/**
 * The SSH connections of one job: one per host, opened at first use and reused for every command after;
 * all closed by `close()` (withSsh calls it when the job ends, fails or is cancelled).
 */
export class SshSessions {
  private readonly open = new Map<string, Promise<HostShell>>();
  private closed = false;

  constructor(
    private readonly pins: PinStore,
    private readonly log: LogLine,
    private readonly signal?: AbortSignal,
    private readonly connectTimeoutMs?: number,
  ) {}

  /** The job's connection to `access.host` (opened now if it is the first use, or if it dropped). */
  shell(access: SshAccess): Promise<HostShell> {
    if (this.closed) return Promise.reject(new Error('The job has ended; its SSH connections are closed'));
    const key = pinEndpoint(access.host.address, access.host.port);
    const current = this.open.get(key);
    if (current) {
      return current.then((s) => (s.connection.isOpen ? s : this.connect(key, access)));
    }
    return this.connect(key, access);
  }

  /** How many connections this job holds open (tests check that one host is one connection). */
  async openCount(): Promise<number> {
    const shells = await Promise.allSettled(this.open.values());
    return shells.filter((s) => s.status === 'fulfilled' && s.value.connection.isOpen).length;
  }

  close(): void {
    this.closed = true;
    for (const pending of this.open.values())
      void pending.then((s) => s.connection.close()).catch(() => undefined);
  }

  private connect(key: string, access: SshAccess): Promise<HostShell> {
    const opening = SshConnection.open({
      ...access,
      pins: this.pins,
      connectTimeoutMs: this.connectTimeoutMs,
    }).then((connection) => {
      // A job cancelled or ended while this connection was being opened: do not leave it open.
      if (this.closed) connection.close();
      return new HostShell(connection, this.log, this.signal);
    });
    this.open.set(key, opening);
    // A failed attempt is not kept: the next use tries again.
    opening.catch(() => {
      if (this.open.get(key) === opening) this.open.delete(key);
    });
    return opening;
  }
}

/** What a job needs to reach hosts: pins, and logins from the credentials store. */
export interface SshEnv {
  pins: PinStore;
  login(credentialId: string): Promise<SshLogin>;
}

/**
 * Runs `work` with the job's SSH connections and closes every one of them when it ends, whether it
 * succeeded, failed or was cancelled (a cancel closes them at once, which stops the running command).
 */
export async function withSsh<T>(
  job: { env: { ssh: SshEnv }; log: LogLine; signal: AbortSignal },
  work: (ssh: SshSessions) => Promise<T>,
): Promise<T> {
  const sessions = new SshSessions(job.env.ssh.pins, job.log, job.signal);
  const onAbort = (): void => sessions.close();
  job.signal.addEventListener('abort', onAbort, { once: true });
  try {
    return await work(sessions);
  } finally {
    job.signal.removeEventListener('abort', onAbort);
    sessions.close();
  }
}
