// `pnpm --filter @keel/server rotate-key`: re-encrypts every stored secret under a new key.
// Stop the Keel server first: a running server still holds the old key.
// With KEEL_SECRET_KEY set, give the new key in KEEL_NEW_SECRET_KEY (32 random bytes, base64) and then
// replace KEEL_SECRET_KEY with it; otherwise the key file in the data directory is replaced.
import { buildApp } from '../src/build-app.js';
import { loadConfig } from '../src/config.js';
import { rotateSecretKey } from '../src/security/rotate-key.js';

const envKey = process.env.KEEL_SECRET_KEY;
const newEnvKey = process.env.KEEL_NEW_SECRET_KEY;
if (envKey && !newEnvKey) {
  console.error(
    'keel: KEEL_SECRET_KEY is set; give the new key in KEEL_NEW_SECRET_KEY (e.g. `openssl rand -base64 32`)',
  );
  process.exit(1);
}
const app = await buildApp(loadConfig(), { level: 'warn' });
try {
  const { reencrypted } = await rotateSecretKey(
    app.db,
    app.config.dataDir,
    app.secretBox,
    envKey ? newEnvKey : undefined,
  );
  console.log(
    `keel: ${reencrypted} secret(s) re-encrypted; ${envKey ? 'now set KEEL_SECRET_KEY to the new key' : `new key in ${app.config.dataDir}/secret.key`}`,
  );
} finally {
  await app.close();
}
