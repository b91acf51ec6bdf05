import { randomBytes } from 'node:crypto';
import { posix } from 'node:path';
import type { JobLogLine } from '@keel/shared';
import { SshCommandError, SshError } from './errors.js';
import type { ExecOptions, ExecResult, SshConnection } from './connection.js';
import { allOf, command, type ShellCommand } from './quote.js';
import {
  asRoot,
  sudoRefusal,
  sudoWithoutPassword,
  sudoWithPassword,
  whoAmI,
  type Privilege,
} from './sudo.js';

export type LogLine = (message: string, level?: JobLogLine['level']) => Promise<void>;

export interface RunOptions {
  /** Run as the login user instead of as root (the default: provisioning changes the system). */
  asUser?: boolean;
  timeoutMs?: number;
  stdin?: string | Buffer;
  /** Do not copy the output into the job log (a command that prints file contents or keys). */
  quiet?: boolean;
}

export interface UploadOptions {
  owner: string;
  group?: string;
  /** e.g. 0o640 */
  mode: number;
  timeoutMs?: number;
}

/**
 * A host as a job uses it: commands logged (`[pg1] $ …`) with their output streamed into the job log,
 * run as root through whatever the login allows (root, sudo, sudo with the stored password), and files
 * uploaded atomically. The login's privilege is found once, at the first command that needs root.
 */
export class HostShell {
  private privilege: Promise<Privilege> | null = null;

  constructor(
    readonly connection: SshConnection,
    private readonly log: LogLine,
    private readonly signal?: AbortSignal,
  ) {}

  get name(): string {
    return this.connection.host.name;
  }

  /** A line in the job log about this host (`[pg1] …`). */
  note(message: string, level: JobLogLine['level'] = 'info'): Promise<void> {
    return this.log(`[${this.name}] ${message}`, level);
  }

  async run(cmd: ShellCommand, options: RunOptions = {}): Promise<ExecResult> {
    const stdin = options.stdin ?? '';
    if (options.asUser) return this.logged(cmd, cmd, stdin, options);
    const root = asRoot(cmd, await this.becomeRoot());
    const input =
      root.stdinPrefix === '' ? stdin : Buffer.concat([Buffer.from(root.stdinPrefix), Buffer.from(stdin)]);
    return this.logged(cmd, root.command, input, options);
  }

  /**
   * Writes `content` to `path` as a whole or not at all: into a temporary file beside it, with its owner
   * and mode set, then renamed over it (a rename within a directory is atomic). The content is never
   * logged; a failed upload removes its temporary file.
   */
  async upload(path: string, content: string | Buffer, options: UploadOptions): Promise<void> {
    if (!posix.isAbsolute(path) || path.endsWith('/'))
      throw new Error(`An upload needs an absolute file path, not ${JSON.stringify(path)}`);
    const temporary = posix.join(
      posix.dirname(path),
      `.${posix.basename(path)}.keel-${randomBytes(6).toString('hex')}`,
    );
    const mode = options.mode.toString(8).padStart(4, '0');
    const write = allOf(
      command(
        'install',
        '-m',
        mode,
        '-o',
        options.owner,
        '-g',
        options.group ?? options.owner,
        '/dev/stdin',
        temporary,
      ),
      command('mv', '-f', '-T', temporary, path),
    );
    try {
      await this.run(write, { stdin: content, quiet: true, timeoutMs: options.timeoutMs });
    } catch (error) {
      await this.run(command('rm', '-f', temporary), { quiet: true }).catch(() => undefined);
      throw error;
    }
  }

  private async logged(
    shown: ShellCommand,
    sent: ShellCommand,
    stdin: string | Buffer,
    options: RunOptions,
  ): Promise<ExecResult> {
    // Log lines are written in order, one after another, while the command runs.
    let written = this.log(`[${this.name}] $ ${shown.line}`);
    const onLine: ExecOptions['onLine'] = options.quiet
      ? undefined
      : (line, stream) => {
          written = written.then(() =>
            this.log(`[${this.name}] ${line}`, stream === 'stderr' ? 'warn' : 'info'),
          );
        };
    try {
      return await this.connection.exec(sent, {
        stdin,
        onLine,
        timeoutMs: options.timeoutMs,
        signal: this.signal,
        // Messages name what was asked for, not the sudo wrapping around it.
        label: shown.line,
      });
    } finally {
      await written;
    }
  }

  private becomeRoot(): Promise<Privilege> {
    this.privilege ??= this.findPrivilege();
    return this.privilege;
  }

  private async findPrivilege(): Promise<Privilege> {
    const { username, sudoPassword } = this.connection.login;
    const host = this.connection.label;
    const { stdout } = await this.connection.exec(whoAmI, { signal: this.signal });
    if (stdout.trim() === '0') return { as: 'root' };
    const refused = (error: unknown, hasPassword: boolean): never => {
      if (!(error instanceof SshCommandError)) throw error;
      throw new SshError(
        'sudo',
        host,
        sudoRefusal(username, host, error.exitCode, error.stderrTail, hasPassword),
      );
    };
    try {
      await this.connection.exec(sudoWithoutPassword, { signal: this.signal });
      return { as: 'sudo' };
    } catch (error) {
      const needsPassword = error instanceof SshCommandError && /password is required/.test(error.stderrTail);
      if (!needsPassword || sudoPassword === undefined) return refused(error, false);
    }
    try {
      await this.connection.exec(sudoWithPassword, { stdin: `${sudoPassword}\n`, signal: this.signal });
      return { as: 'sudo-password', password: sudoPassword };
    } catch (error) {
      return refused(error, true);
    }
  }
}
