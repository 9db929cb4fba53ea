import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../src/http/app.ts';
import { seedDemoData } from '../../src/services/seed.service.ts';
import { createServices } from '../../src/services/services.ts';
import { createTestDatabase, type DialectName, type TestDatabase } from './databases.ts';

export const TEST_TODAY = '2026-11-28';

/** A fresh database of the dialect, seeded with the demo data, and the app over it. */
export async function createTestApp(dialect: DialectName, options: { seed?: boolean } = {}) {
  const database: TestDatabase = await createTestDatabase(dialect);
  if (options.seed !== false) await seedDemoData(database.db);
  const app: FastifyInstance = await buildApp({
    services: createServices(database),
    publicUrl: 'http://localhost',
    logLevel: 'silent',
    today: () => TEST_TODAY,
  });
  return {
    app,
    database,
    async close() {
      await app.close();
      await database.drop();
    },
  };
}
