/**
 * Where a search's time goes, stage by stage, on a database the search bench made:
 *
 *   npx tsx bench/search-breakdown.ts --projects 1000000 [--dialect postgres]
 *
 * For each query word: the text match cold and warm, the in-memory pass, the page, snippets
 * and loading the page's projects; wall and CPU time of each, with the load average.
 */
import { cpus, loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { openDatabase } from '../src/db/database.ts';
import { loadProjects } from '../src/db/project-read.repository.ts';
import { fullTextFor } from '../src/search/engine-factory.ts';
import { FacetIndex } from '../src/search/facet-index.ts';
import { evaluate, textHitsOf } from '../src/search/facet-query.ts';
import { snippetsOf } from '../src/search/snippets.ts';
import { pageByOrder, pageByScore, slotOrder } from '../src/search/sort-order.ts';
import { createSearchService } from '../src/services/search.service.ts';
import { QUERY_WORDS } from './search-data.ts';

const { values: args } = parseArgs({
  options: {
    projects: { type: 'string', default: '100000' },
    dialect: { type: 'string', default: 'sqlite' },
  },
});
const N = Number(args.projects);
const handle = await openDatabase(
  args.dialect === 'postgres'
    ? {
        kind: 'postgres',
        connectionString: `postgres://postgres@127.0.0.1:5432/projectory_bench_${N}`,
      }
    : { kind: 'sqlite', filename: `/tmp/projectory-bench-${N}.db` },
);
const search = createSearchService(handle);
const context = { today: '2026-11-28', language: 'en' };

async function timed<T>(label: string, f: () => Promise<T>): Promise<T> {
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const out = await f();
  const wall = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  console.log(
    `  ${label.padEnd(40)} wall ${wall.toFixed(1).padStart(8)} ms  cpu ${((cpu.user + cpu.system) / 1000).toFixed(1).padStart(8)} ms`,
  );
  return out;
}

console.log(
  `${args.dialect}, ${N} projects, ${cpus().length} cores, load ${loadavg()[0]!.toFixed(2)}`,
);
await timed('warm (index load)', () => search.warm());
console.log(`  heap ${Math.round(process.memoryUsage().heapUsed / 2 ** 20)} MiB`);
const data = await timed('stage: facet index load', () => new FacetIndex(handle.db).current());
const fullText = fullTextFor(handle.db, handle.dialect.name);
const words = [...QUERY_WORDS.common, ...QUERY_WORDS.middling, ...QUERY_WORDS.rare];
for (const q of words) {
  console.log(`"${q}" (load ${loadavg()[0]!.toFixed(2)})`);
  const query = await search.parseStrict({ q });
  const page = await timed('search, cold', () => search.search(query, context));
  console.log(`    total ${page.total}`);
  await timed('search, same text, two filters', () =>
    search.search(
      { ...query, filters: { ...query.filters, status: ['ongoing'], source: ['iati'] } },
      context,
    ),
  );
  await timed('search, same text again', () => search.search(query, context));
  const text = query.text!;
  await timed('stage: text match, unranked', () => fullText.match(text, false));
  const ranking = await timed('stage: text match, ranked', () => fullText.match(text, true));
  const hits = textHitsOf(ranking.ids, ranking.scores);
  const filtered = {
    ...query,
    filters: { ...query.filters, status: ['ongoing'], source: ['iati'] },
  };
  const ev = await timed('stage: evaluate, two filters', async () =>
    evaluate(data, filtered, context.today, hits),
  );
  await timed('stage: evaluate, no filter', async () => evaluate(data, query, context.today, hits));
  await timed('stage: page by relevance', async () =>
    ev.scores
      ? pageByScore(data, ev.slots, ev.scores, 0, 20)
      : pageByOrder(slotOrder(data, 'start', 'USD'), ev.slots, 'desc', 0, 20),
  );
  const projects = await timed('loadProjects of the page', () =>
    loadProjects(
      handle.db,
      page.projects.map((p) => p.id),
    ),
  );
  await timed('stage: snippets', async () => snippetsOf(projects, text, 'en'));
}
await handle.close();
