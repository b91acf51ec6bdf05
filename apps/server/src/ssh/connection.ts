import ssh2 from 'ssh2';
import { HostKeyError, SshCommandError, SshError, tail } from './errors.js';
import { hostKeyId, judgeHostKey, type HostKeyId, type HostKeyPin, type HostKeyPolicy } from './host-key.js';
import type { PinOrigin } from './host-key.js';
import { pinEndpoint } from './host-key-pins.js';
import type { SshLogin } from './login.js';
import type { ShellCommand } from './quote.js';

/** A host as Keel reaches it over SSH. */
export interface SshHost {
  /** What people call it (`pg1`); messages use it. */
  name: string;
  /** What Keel connects to: an address or a DNS name. */
  address: string;
  port: number;
}

/** Where pins are kept (HostKeyPinRepository; tests may hold them in memory). */
export interface PinStore {
  find(endpoint: string): Promise<HostKeyPin | null>;
  record(endpoint: string, key: HostKeyId, origin: PinOrigin, acceptedBy: string): Promise<HostKeyPin>;
}

export interface ConnectOptions {
  host: SshHost;
  login: SshLogin;
  policy: HostKeyPolicy;
  pins: PinStore;
  /** TCP connect plus SSH handshake and login. */
  connectTimeoutMs?: number;
}

export interface ExecOptions {
  /** The command is killed and the call fails after this long. */
  timeoutMs?: number;
  stdin?: string | Buffer;
  /** Each line of output as it arrives (the job log). */
  onLine?: (line: string, stream: 'stdout' | 'stderr') => void;
  /** Cancels the command (the job was cancelled). */
  signal?: AbortSignal;
  /** How the command is named in messages when its line must not be shown (it carries no secret, but is long). */
  label?: string;
}

export interface ExecResult {
  stdout: string;
  stderr: string;
}

const defaultConnectTimeoutMs = 15_000;
const defaultCommandTimeoutMs = 120_000;
/** Every command sees the same messages whatever the host's locale, so Keel can read them. */
const cLocale = 'LC_ALL=C; export LC_ALL; ';

/** `pg1 (10.0.0.11:22)`: how a host is named in every message. */
export const describeHost = (h: SshHost): string =>
  h.name === h.address ? `${h.address}:${h.port}` : `${h.name} (${h.address}:${h.port})`;

/** One SSH connection to one host, its key checked against the pin. Commands run over it one channel each. */
export class SshConnection {
  private closed = false;

  private constructor(
    private readonly client: ssh2.Client,
    readonly host: SshHost,
    readonly login: SshLogin,
    /** The host key this connection was accepted with. */
    readonly hostKey: HostKeyId,
  ) {
    client.on('close', () => {
      this.closed = true;
    });
  }

  get label(): string {
    return describeHost(this.host);
  }

  get isOpen(): boolean {
    return !this.closed;
  }

  static open(options: ConnectOptions): Promise<SshConnection> {
    const { host, login, policy, pins } = options;
    const timeoutMs = options.connectTimeoutMs ?? defaultConnectTimeoutMs;
    const label = describeHost(host);
    const endpoint = pinEndpoint(host.address, host.port);
    const client = new ssh2.Client();
    let refusedKey: HostKeyError | Error | null = null;
    let accepted: HostKeyId | null = null;

    // Asynchronous: the pin is read (and a first one recorded) before ssh2 goes on with the login.
    const hostVerifier = (key: Buffer, verify: (valid: boolean) => void): void => {
      const presented = hostKeyId(key);
      pins
        .find(endpoint)
        .then(async (pin) => {
          const decision = judgeHostKey(label, presented, pin, policy);
          if (decision.pin === 'record')
            await pins.record(endpoint, presented, decision.origin, policy.decidedBy);
          accepted = presented;
          verify(true);
        })
        .catch((error: unknown) => {
          refusedKey = error instanceof Error ? error : new Error(String(error));
          verify(false);
        });
    };

    return new Promise((resolve, reject) => {
      const fail = (error: Error): void => {
        client.removeAllListeners('ready');
        client.end();
        reject(error);
      };
      client.once('ready', () => {
        client.removeAllListeners('error');
        // Errors after the login (a dropped connection) surface in the command that was running.
        client.on('error', () => undefined);
        resolve(new SshConnection(client, host, login, accepted!));
      });
      client.once('error', (error: Error & { level?: string; code?: string }) => {
        fail(refusedKey ?? connectFailure(error, host, login, timeoutMs));
      });
      client.connect({
        host: host.address,
        port: host.port,
        username: login.username,
        ...('privateKey' in login.auth
          ? { privateKey: login.auth.privateKey, passphrase: login.auth.passphrase }
          : { password: login.auth.password }),
        // Only the method the credential holds: no agent, no keyboard-interactive prompt.
        tryKeyboard: false,
        readyTimeout: timeoutMs,
        keepaliveInterval: 10_000,
        keepaliveCountMax: 3,
        hostVerifier,
      });
    });
  }

  /** Runs `command` as the login user; a non-zero exit rejects with an SshCommandError. */
  exec(cmd: ShellCommand, options: ExecOptions = {}): Promise<ExecResult> {
    const label = options.label ?? cmd.line;
    const timeoutMs = options.timeoutMs ?? defaultCommandTimeoutMs;
    if (this.closed)
      return Promise.reject(
        new SshError('disconnected', this.label, `The SSH connection to ${this.label} is closed`),
      );
    if (options.signal?.aborted)
      return Promise.reject(
        new SshError('cancelled', this.label, `Cancelled before running ${label} on ${this.label}`),
      );

    return new Promise((resolve, reject) => {
      this.client.exec(cLocale + cmd.line, (error, channel) => {
        if (error) {
          reject(
            new SshError(
              'disconnected',
              this.label,
              `Could not run ${label} on ${this.label}: ${error.message}`,
            ),
          );
          return;
        }
        const out = new LineCollector('stdout', options.onLine);
        const err = new LineCollector('stderr', options.onLine);
        let exit: { code: number | null; signal: string | null } | null = null;
        let stopped: SshError | null = null;
        const stop = (why: SshError): void => {
          if (stopped) return;
          stopped = why;
          killRemote(channel);
          channel.close();
          // Not waiting for the host to confirm: a command that ignores the signal must not hold the job.
          reject(why);
        };
        const timer = setTimeout(
          () =>
            stop(
              new SshError(
                'timeout',
                this.label,
                `${label} on ${this.label} did not finish within ${Math.round(timeoutMs / 1000)} s and was stopped`,
              ),
            ),
          timeoutMs,
        );
        const onAbort = (): void =>
          stop(
            new SshError(
              'cancelled',
              this.label,
              `${label} on ${this.label} was stopped: the job was cancelled`,
            ),
          );
        options.signal?.addEventListener('abort', onAbort, { once: true });

        channel.on('data', (chunk: Buffer) => out.push(chunk));
        channel.stderr.on('data', (chunk: Buffer) => err.push(chunk));
        channel.on('exit', (code: number | null, signal?: string) => {
          exit = { code: code ?? null, signal: signal ?? null };
        });
        channel.on('close', () => {
          clearTimeout(timer);
          options.signal?.removeEventListener('abort', onAbort);
          const stdout = out.end();
          const stderr = err.end();
          if (stopped) return;
          if (!exit)
            return reject(
              new SshError(
                'disconnected',
                this.label,
                `The connection to ${this.label} was lost while running ${label}`,
              ),
            );
          if (exit.code === 0) return resolve({ stdout, stderr });
          reject(commandFailure(this.label, label, exit.code, exit.signal, stderr));
        });
        channel.end(options.stdin);
      });
    });
  }

  /** Ends the connection; safe to call more than once. */
  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.client.end();
  }
}

/**
 * Asks sshd to KILL the command's process group. Measured against the lab's OpenSSH 9.2: the command
 * still ran afterwards, so a timed-out command may go on on the host; only the connection's end (the
 * job's end) is sure to stop waiting for it.
 * ssh2's `channel.signal()` sends nothing once the channel has sent EOF (our stdin is always ended at
 * the start), though the protocol allows the request on a half-closed channel: so it goes to ssh2's
 * protocol layer directly. Internals, kept to this one function.
 */
function killRemote(channel: ssh2.ClientChannel): void {
  const internals = channel as unknown as {
    outgoing?: { id?: number; state?: string };
    _client?: { _protocol?: { signal(id: number, name: string): void } };
  };
  const id = internals.outgoing?.id;
  if (id === undefined || internals.outgoing?.state !== 'open') return;
  try {
    internals._client?._protocol?.signal(id, 'KILL');
  } catch {
    // The connection is already gone: nothing left to kill through it.
  }
}

/** Splits a stream into lines for `onLine`, and keeps all of it for the result. */
class LineCollector {
  private readonly chunks: Buffer[] = [];
  private partial = '';

  constructor(
    private readonly stream: 'stdout' | 'stderr',
    private readonly onLine?: (line: string, stream: 'stdout' | 'stderr') => void,
  ) {}

  push(chunk: Buffer): void {
    this.chunks.push(chunk);
    if (!this.onLine) return;
    const lines = (this.partial + chunk.toString('utf8')).split('\n');
    this.partial = lines.pop() ?? '';
    for (const line of lines) this.onLine(line.replace(/\r$/, ''), this.stream);
  }

  end(): string {
    if (this.onLine && this.partial !== '') this.onLine(this.partial, this.stream);
    this.partial = '';
    return Buffer.concat(this.chunks).toString('utf8');
  }
}

function commandFailure(
  host: string,
  label: string,
  code: number | null,
  signal: string | null,
  stderr: string,
): SshCommandError {
  const said = tail(stderr);
  if (code === 127) {
    const missing = /(?:^|: )([^\s:]+): (?:command )?not found/m.exec(stderr)?.[1];
    return new SshCommandError(
      'command-missing',
      host,
      label,
      code,
      signal,
      said,
      `${missing ?? 'A program'} is not installed on ${host} (or not on the PATH): install it, then run again (while running ${label})`,
    );
  }
  const how = code === null ? `was killed by ${signal ?? 'a signal'}` : `exited with ${code}`;
  return new SshCommandError(
    'command-failed',
    host,
    label,
    code,
    signal,
    said,
    `${label} on ${host} ${how}${said ? `: ${said}` : ' and said nothing on stderr'}`,
  );
}

/** The connection or login failed: said as what the operator can check. */
function connectFailure(
  error: Error & { level?: string; code?: string },
  host: SshHost,
  login: SshLogin,
  timeoutMs: number,
): SshError {
  const label = describeHost(host);
  if (error.level === 'client-authentication') {
    const what =
      'privateKey' in login.auth
        ? `the key ${login.keyFingerprint ?? ''} of credential "${login.credentialName}"`.replace('  ', ' ')
        : `the password of credential "${login.credentialName}"`;
    const fix =
      'privateKey' in login.auth
        ? `add its public key to ~${login.username}/.ssh/authorized_keys on the host, or choose the credential that host accepts`
        : 'check the password, and that the host allows password logins (PasswordAuthentication)';
    return new SshError(
      'authentication',
      label,
      `${label} refused the SSH login as ${login.username} with ${what}: ${fix}`,
    );
  }
  if (error.code === 'ECONNREFUSED')
    return new SshError(
      'unreachable',
      label,
      `Nothing accepts SSH connections on ${label} (connection refused): check that sshd runs there and listens on port ${host.port}`,
    );
  if (error.code === 'ENOTFOUND' || error.code === 'EAI_AGAIN')
    return new SshError(
      'unreachable',
      label,
      `The name ${host.address} does not resolve: check the host's address`,
    );
  if (
    error.code === 'EHOSTUNREACH' ||
    error.code === 'ENETUNREACH' ||
    error.code === 'ETIMEDOUT' ||
    /Timed out while waiting for handshake/.test(error.message)
  )
    return new SshError(
      'unreachable',
      label,
      `${label} did not answer over SSH within ${Math.round(timeoutMs / 1000)} s (${error.code ?? 'no handshake'}): check the address, the network route and any firewall in between`,
    );
  return new SshError('unreachable', label, `SSH to ${label} failed: ${error.message}`);
}
