/**
 * What went wrong on the way to a host or on it, each said so an operator knows what to do. Jobs show
 * `message`; `kind` lets code (and tests) tell the cases apart without reading the words.
 */
export type SshFailureKind =
  | 'unreachable'
  | 'timeout'
  | 'authentication'
  | 'host-key-unconfirmed'
  | 'host-key-changed'
  | 'sudo'
  | 'command-missing'
  | 'command-failed'
  | 'package-lock'
  | 'cancelled'
  | 'disconnected';

export class SshError extends Error {
  constructor(
    readonly kind: SshFailureKind,
    /** How the host is named in messages: `pg1 (10.0.0.11:22)`. */
    readonly host: string,
    message: string,
  ) {
    super(message);
    this.name = 'SshError';
  }
}

/** A command ran and failed: what ran, how it ended, and the end of what it said on stderr. */
export class SshCommandError extends SshError {
  constructor(
    kind: 'command-failed' | 'command-missing',
    host: string,
    readonly command: string,
    readonly exitCode: number | null,
    readonly signal: string | null,
    readonly stderrTail: string,
    message: string,
  ) {
    super(kind, host, message);
    this.name = 'SshCommandError';
  }
}

/** The host key differs from the pinned one, or has not been accepted yet: carries what was presented. */
export class HostKeyError extends SshError {
  constructor(
    kind: 'host-key-unconfirmed' | 'host-key-changed',
    host: string,
    /** The key the host presented now (`SHA256:…`) and its type (`ssh-ed25519`). */
    readonly presented: { fingerprint: string; keyType: string },
    /** The key Keel pinned before, for a changed key. */
    readonly pinned: { fingerprint: string; keyType: string } | null,
    message: string,
  ) {
    super(kind, host, message);
    this.name = 'HostKeyError';
  }
}

/** The last `maxLines` lines (and at most `maxChars` characters) of a command's stderr. */
export function tail(text: string, maxLines = 15, maxChars = 2000): string {
  const lines = text.trimEnd().split('\n');
  const kept = lines.slice(-maxLines).join('\n');
  return kept.length > maxChars ? `…${kept.slice(-maxChars)}` : kept;
}
