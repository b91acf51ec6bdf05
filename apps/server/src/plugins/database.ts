import { mkdir } from 'node:fs/promises';
import fp from 'fastify-plugin';
import { PrismaBetterSQLite3 } from '@prisma/adapter-better-sqlite3';
import { PrismaClient } from '../generated/prisma/index.js';
import { databaseFile, restrictDatabaseFiles } from '../db/database-file.js';
import { applyMigrations } from '../db/migrate.js';

declare module 'fastify' {
  interface FastifyInstance {
    db: PrismaClient;
  }
}

/** Opens the SQLite database in the data directory, migrating it first. */
export default fp(
  async (app) => {
    const { dataDir } = app.config;
    await mkdir(dataDir, { recursive: true, mode: 0o700 });
    restrictDatabaseFiles(dataDir);
    const outcome = await applyMigrations(dataDir);
    app.log.info({ dataDir }, `database migrations: ${outcome}`);

    const db = new PrismaClient({
      adapter: new PrismaBetterSQLite3({ url: `file:${databaseFile(dataDir)}` }),
    });
    await db.$connect();
    app.decorate('db', db);
    app.addHook('onClose', async () => db.$disconnect());
  },
  { name: 'database', dependencies: ['config'] },
);
