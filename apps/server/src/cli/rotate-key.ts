// `keel rotate-key` (from a checkout: `pnpm --filter @keel/server rotate-key`): re-encrypts every stored
// secret under a new key. Stop the Keel server first: a running server still holds the old key.
// With KEEL_SECRET_KEY (or KEEL_SECRET_KEY_FILE) in use, give the new key in KEEL_NEW_SECRET_KEY (32 random
// bytes, base64) and then put it where the old one was; otherwise the key file in the data directory is replaced.
import { buildApp } from '../build-app.js';
import { loadConfig } from '../config.js';
import { rotateSecretKey } from '../security/rotate-key.js';

export async function rotateKeyCommand(): Promise<void> {
  const config = loadConfig();
  const newEnvKey = process.env.KEEL_NEW_SECRET_KEY;
  if (config.secretKey && !newEnvKey) {
    console.error(
      'keel: the secret key comes from KEEL_SECRET_KEY(_FILE); give the new key in KEEL_NEW_SECRET_KEY (e.g. `openssl rand -base64 32`)',
    );
    process.exitCode = 1;
    return;
  }
  const app = await buildApp(config, { level: 'warn' });
  try {
    const { reencrypted } = await rotateSecretKey(
      app.db,
      app.config.dataDir,
      app.secretBox,
      config.secretKey ? newEnvKey : undefined,
    );
    console.log(
      `keel: ${reencrypted} secret(s) re-encrypted; ${config.secretKey ? 'now replace KEEL_SECRET_KEY (or its file) with the new key' : `new key in ${app.config.dataDir}/secret.key`}`,
    );
  } finally {
    await app.close();
  }
}
