import { createHash } from 'node:crypto';
import { HostKeyError } from './errors.js';

/** A host key as shown to people: its type and its SHA256 fingerprint, as `ssh-keygen -lf` prints it. */
export interface HostKeyId {
  keyType: string;
  fingerprint: string;
}

/** How Keel came to trust a pinned key: an operator accepted its fingerprint, or it was the first one seen. */
export type PinOrigin = 'confirmed' | 'first-use';

export interface HostKeyPin extends HostKeyId {
  /** `address:port` as Keel connects to it. */
  endpoint: string;
  origin: PinOrigin;
  acceptedBy: string;
  acceptedAt: Date;
}

/** What the operator chose for a host before Keel first connects to it. */
export interface HostKeyPolicy {
  /** Accept and record the key seen at the first connection (trust on first use). */
  trustOnFirstUse: boolean;
  /** The fingerprint the operator accepted (shown by an earlier connection, or read on the host). */
  acceptedFingerprint?: string;
  /** Who decided: recorded with the pin. */
  decidedBy: string;
}

/** The key in SSH wire format (as ssh2 hands it over): `SHA256:` + unpadded base64 of its hash. */
export function hostKeyId(key: Buffer): HostKeyId {
  const fingerprint = `SHA256:${createHash('sha256').update(key).digest('base64').replace(/=+$/, '')}`;
  // The wire format starts with the key type as a length-prefixed string.
  const length = key.length >= 4 ? key.readUInt32BE(0) : 0;
  const keyType = length > 0 && length < 64 ? key.subarray(4, 4 + length).toString('ascii') : 'unknown';
  return { keyType, fingerprint };
}

export type HostKeyDecision = { pin: 'matches' } | { pin: 'record'; origin: PinOrigin };

/**
 * Whether to go on with a host that presented `presented`: a pinned key must match; with no pin, the key is
 * accepted only if the operator accepted this fingerprint or chose trust on first use. A changed key is
 * never accepted here: the operator removes the old pin knowingly.
 */
export function judgeHostKey(
  host: string,
  presented: HostKeyId,
  pinned: HostKeyId | null,
  policy: HostKeyPolicy,
): HostKeyDecision {
  if (pinned) {
    if (pinned.fingerprint === presented.fingerprint) return { pin: 'matches' };
    throw new HostKeyError(
      'host-key-changed',
      host,
      presented,
      pinned,
      `The SSH host key of ${host} changed: Keel pinned ${pinned.keyType} ${pinned.fingerprint}, ` +
        `the host now presents ${presented.keyType} ${presented.fingerprint}. Keel refused to connect. ` +
        'If the host was reinstalled or its key replaced on purpose, check the new fingerprint on the host ' +
        '(ssh-keygen -lf /etc/ssh/ssh_host_*_key.pub) and replace the pin; otherwise something may be ' +
        'intercepting the connection.',
    );
  }
  if (policy.acceptedFingerprint !== undefined) {
    if (policy.acceptedFingerprint === presented.fingerprint) return { pin: 'record', origin: 'confirmed' };
    throw new HostKeyError(
      'host-key-changed',
      host,
      presented,
      { keyType: presented.keyType, fingerprint: policy.acceptedFingerprint },
      `The SSH host key of ${host} is not the one accepted: accepted ${policy.acceptedFingerprint}, ` +
        `the host presents ${presented.keyType} ${presented.fingerprint}. Keel refused to connect; ` +
        'check the fingerprint on the host (ssh-keygen -lf /etc/ssh/ssh_host_*_key.pub).',
    );
  }
  if (policy.trustOnFirstUse) return { pin: 'record', origin: 'first-use' };
  throw new HostKeyError(
    'host-key-unconfirmed',
    host,
    presented,
    null,
    `${host} presents the SSH host key ${presented.keyType} ${presented.fingerprint}, which Keel has not ` +
      'seen before. Compare it with the host (ssh-keygen -lf /etc/ssh/ssh_host_*_key.pub) and accept it, ' +
      'or choose trust on first use for this host.',
  );
}
