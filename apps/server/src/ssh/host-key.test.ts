import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HostKeyError } from './errors.js';
import { hostKeyId, judgeHostKey, type HostKeyPolicy } from './host-key.js';

const ask: HostKeyPolicy = { trustOnFirstUse: false, decidedBy: 'alice' };
const key = (fingerprint: string) => ({ keyType: 'ssh-ed25519', fingerprint });
const presented = key('SHA256:new');
const host = 'pg1 (10.0.0.11:22)';

function refusal(run: () => unknown): HostKeyError {
  try {
    run();
  } catch (error) {
    if (error instanceof HostKeyError) return error;
    throw error;
  }
  throw new Error('not refused');
}

describe('host key pinning', () => {
  it('fingerprints a key as ssh-keygen -lf does (SHA256, unpadded base64) and reads its type', () => {
    const dir = mkdtempSync(join(tmpdir(), 'keel-hostkey-'));
    try {
      for (const type of ['ed25519', 'ecdsa', 'rsa']) {
        const file = join(dir, type);
        execFileSync('ssh-keygen', ['-q', '-t', type, '-N', '', '-f', file]);
        // The .pub file holds the wire format (what sshd sends) in base64.
        const [, wire] = readFileSync(`${file}.pub`, 'utf8').split(' ');
        const printed = execFileSync('ssh-keygen', ['-l', '-f', `${file}.pub`], { encoding: 'utf8' });
        const id = hostKeyId(Buffer.from(wire!, 'base64'));
        expect(printed.split(' ')[1]).toBe(id.fingerprint);
        expect(id.keyType).toBe(type === 'ecdsa' ? 'ecdsa-sha2-nistp256' : `ssh-${type}`);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('goes on when the key matches its pin', () => {
    expect(judgeHostKey(host, presented, key('SHA256:new'), ask)).toEqual({ pin: 'matches' });
  });

  it('refuses a changed key, naming the host and both fingerprints, even with trust on first use', () => {
    const error = refusal(() =>
      judgeHostKey(host, presented, key('SHA256:old'), { ...ask, trustOnFirstUse: true }),
    );
    expect(error.kind).toBe('host-key-changed');
    expect(error.message).toContain(host);
    expect(error.message).toContain('SHA256:old');
    expect(error.message).toContain('SHA256:new');
  });

  it('shows a first key for the operator to accept unless trust on first use was chosen', () => {
    const error = refusal(() => judgeHostKey(host, presented, null, ask));
    expect(error.kind).toBe('host-key-unconfirmed');
    expect(error.presented).toEqual(presented);
    expect(error.message).toMatch(/pg1 .*SHA256:new.*accept it/);
    expect(judgeHostKey(host, presented, null, { ...ask, trustOnFirstUse: true })).toEqual({
      pin: 'record',
      origin: 'first-use',
    });
  });

  it('pins a first key the operator accepted, and refuses another one', () => {
    expect(judgeHostKey(host, presented, null, { ...ask, acceptedFingerprint: 'SHA256:new' })).toEqual({
      pin: 'record',
      origin: 'confirmed',
    });
    const error = refusal(() =>
      judgeHostKey(host, presented, null, { ...ask, acceptedFingerprint: 'SHA256:other' }),
    );
    expect(error.message).toMatch(/accepted SHA256:other.*presents ssh-ed25519 SHA256:new/);
  });
});
