/**
 * Rebuilds the search index of the configured database (DATABASE_URL), e.g. after loading data
 * by other means. Run: DATABASE_URL=sqlite:data/projectory.db npx tsx bench/search-reindex.ts
 */
import { loadConfig } from '../src/config.ts';
import { openDatabase } from '../src/db/database.ts';
import { migrateToLatest } from '../src/db/migrate.ts';
import { indexAllProjects } from '../src/search/indexer.ts';
import { isDatabaseEmpty, seedDemoData } from '../src/services/seed.service.ts';

const handle = await openDatabase(loadConfig().database);
await migrateToLatest(handle);
if (process.argv.includes('--seed') && (await isDatabaseEmpty(handle.db)))
  await seedDemoData(handle.db);
const started = performance.now();
const n = await indexAllProjects(handle.db);
console.log(`indexed ${n} projects in ${Math.round(performance.now() - started)} ms`);
await handle.close();
