import fp from 'fastify-plugin';
import { SecretBox } from '../security/secret-box.js';

declare module 'fastify' {
  interface FastifyInstance {
    secretBox: SecretBox;
  }
}

/**
 * The key that seals stored secrets: KEEL_SECRET_KEY (or the file KEEL_SECRET_KEY_FILE names), or else
 * `secret.key` in the data directory (made on first start).
 */
export default fp(
  async (app) => {
    app.decorate('secretBox', SecretBox.open(app.config.dataDir, app.config.secretKey));
  },
  { name: 'secrets', dependencies: ['config', 'database'] },
);
