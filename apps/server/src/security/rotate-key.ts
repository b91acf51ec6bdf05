import { randomBytes } from 'node:crypto';
import { renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { PrismaClient } from '../generated/prisma/index.js';
import { SecretBox } from './secret-box.js';

/**
 * Re-encrypts every stored secret under a new key, in one transaction, then replaces the key file
 * (write to a temporary file, then rename: a crash leaves either the old key or the new one, never half).
 * With KEEL_SECRET_KEY in use, the new key is given instead of generated and the file is left alone.
 */
export async function rotateSecretKey(
  db: PrismaClient,
  dataDir: string,
  current: SecretBox,
  newKeyBase64?: string,
): Promise<{ reencrypted: number; newKey: string }> {
  const newKey = newKeyBase64 ?? randomBytes(32).toString('base64');
  const next = SecretBox.fromKey(Buffer.from(newKey, 'base64'));
  const rows = await db.credential.findMany({ select: { id: true, secret: true } });
  await db.$transaction(
    rows.map((r) =>
      db.credential.update({ where: { id: r.id }, data: { secret: next.seal(current.open(r.secret)) } }),
    ),
  );
  if (!newKeyBase64) {
    const file = path.join(dataDir, 'secret.key');
    writeFileSync(`${file}.new`, `${newKey}\n`, { mode: 0o600 });
    renameSync(`${file}.new`, file);
  }
  return { reencrypted: rows.length, newKey };
}
