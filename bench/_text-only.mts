import { openDatabase } from '../src/db/database.ts';
import { createSearchService } from '../src/services/search.service.ts';

const handle = await openDatabase({ kind: 'sqlite', filename: `/tmp/projectory-bench-1000000.db` });
const search = createSearchService(handle);
const context = { today: '2026-11-28', language: 'en' };
await search.warm();
console.log('MARK', performance.now().toFixed(0));
for (const q of ['project', 'law', 'police', 'corruption', 'проект', 'право', 'project', 'law']) {
  const query = await search.parseStrict({ q });
  const t = performance.now();
  const r = await search.search(query, context);
  console.log(q, (performance.now() - t).toFixed(1), 'ms', r.total);
}
await handle.close();
