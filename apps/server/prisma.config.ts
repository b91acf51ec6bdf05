import path from 'node:path';
import { defineConfig } from 'prisma/config';
import { PrismaBetterSQLite3 } from '@prisma/adapter-better-sqlite3';
import { databaseFile } from './src/db/database-file.js';
import { appRoot } from './src/paths.js';

// Prisma 6.19 with the JS engine and the better-sqlite3 adapter runs fully offline;
// the native schema engine that newer Prisma downloads cannot be fetched here.
export default defineConfig({
  experimental: { adapter: true },
  engine: 'js',
  // appRoot, not this file's folder: the build compiles this file into dist/ (see scripts/build.ts).
  schema: path.join(appRoot, 'prisma/schema.prisma'),
  migrations: { path: path.join(appRoot, 'prisma/migrations') },
  adapter: async () =>
    new PrismaBetterSQLite3({ url: `file:${databaseFile(process.env.KEEL_DATA_DIR ?? './data')}` }),
});
