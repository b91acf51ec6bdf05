import fp from 'fastify-plugin';
import { SecretBox } from '../security/secret-box.js';

declare module 'fastify' {
  interface FastifyInstance {
    secretBox: SecretBox;
  }
}

/** The key that seals stored secrets: KEEL_SECRET_KEY, or `secret.key` in the data directory (made on first start). */
export default fp(
  async (app) => {
    app.decorate('secretBox', SecretBox.open(app.config.dataDir, process.env.KEEL_SECRET_KEY));
  },
  { name: 'secrets', dependencies: ['config', 'database'] },
);
