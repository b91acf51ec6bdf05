import path from 'node:path';
import { defineConfig } from 'prisma/config';
import { PrismaBetterSQLite3 } from '@prisma/adapter-better-sqlite3';
import { databaseFile } from './src/db/database-file.js';

// Prisma 6.19 with the JS engine and the better-sqlite3 adapter runs fully offline;
// the native schema engine that newer Prisma downloads cannot be fetched here.
export default defineConfig({
  experimental: { adapter: true },
  engine: 'js',
  schema: path.join(import.meta.dirname, '../../prisma/schema.prisma'),
  migrations: { path: path.join(import.meta.dirname, '../../prisma/migrations') },
  adapter: async () =>
    new PrismaBetterSQLite3({ url: `file:${databaseFile(process.env.KEEL_DATA_DIR ?? './data')}` }),
});
