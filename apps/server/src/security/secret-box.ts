import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const keyLength = 32;
const version = 'v1';

/**
 * Authenticated encryption (AES-256-GCM) for secrets Keel stores. The key lives outside the database:
 * in KEEL_SECRET_KEY (base64) or in a key file in the data directory, created on first start with mode 0600.
 * Ciphertext format: `v1:<iv b64>:<tag b64>:<data b64>`.
 */
export class SecretBox {
  private constructor(private readonly key: Buffer) {}

  static fromKey(key: Buffer): SecretBox {
    if (key.length !== keyLength) throw new Error(`secret key must be ${keyLength} bytes, got ${key.length}`);
    return new SecretBox(key);
  }

  /** The key from `envKey` (base64) if given, else from `<dataDir>/secret.key`, generating it if absent. */
  static open(dataDir: string, envKey?: string): SecretBox {
    if (envKey) return SecretBox.fromKey(Buffer.from(envKey, 'base64'));
    const file = path.join(dataDir, 'secret.key');
    if (!existsSync(file)) {
      writeFileSync(file, randomBytes(keyLength).toString('base64') + '\n', { mode: 0o600, flag: 'wx' });
    }
    return SecretBox.fromKey(Buffer.from(readFileSync(file, 'utf8').trim(), 'base64'));
  }

  seal(plaintext: string): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    const data = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
    return [version, iv, cipher.getAuthTag(), data]
      .map((p) => (typeof p === 'string' ? p : p.toString('base64')))
      .join(':');
  }

  open(sealed: string): string {
    const [v, iv, tag, data] = sealed.split(':');
    if (v !== version || !iv || !tag || data === undefined) throw new Error('not a sealed secret');
    const decipher = createDecipheriv('aes-256-gcm', this.key, Buffer.from(iv, 'base64'));
    decipher.setAuthTag(Buffer.from(tag, 'base64'));
    return Buffer.concat([decipher.update(Buffer.from(data, 'base64')), decipher.final()]).toString('utf8');
  }
}
