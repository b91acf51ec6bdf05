import { buildApp } from './build-app.js';
import { ConfigError, loadConfig } from './config.js';

/** Process entry: read the configuration, listen, and shut down gracefully on SIGINT/SIGTERM. */
async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(`keel: ${error.message}`);
      process.exit(1);
    }
    throw error;
  }

  const app = await buildApp(config);
  const oneTimePassword = await app.security.users.ensureAdmin(config.adminPassword);
  if (oneTimePassword) {
    // Printed once, here, and never stored in clear: the admin must change it at first sign-in.
    app.log.warn(
      `first start: user "admin" created with one-time password ${oneTimePassword} (change it at first sign-in)`,
    );
  }
  let closing = false;
  const shutdown = (signal: string): void => {
    if (closing) return;
    closing = true;
    app.log.info({ signal }, 'shutting down');
    // In-flight requests get a moment to finish; then we go regardless.
    const force = setTimeout(() => process.exit(1), 10_000).unref();
    app.close().then(
      () => {
        clearTimeout(force);
        process.exit(0);
      },
      (error: unknown) => {
        app.log.error({ err: error }, 'error during shutdown');
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => shutdown('SIGINT'));
  process.on('SIGTERM', () => shutdown('SIGTERM'));

  await app.listen({ port: config.port, host: config.host });
}

main().catch((error: unknown) => {
  console.error('keel: failed to start:', error);
  process.exit(1);
});
