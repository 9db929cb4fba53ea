import type { SearchQuery } from '../../search/search.ts';
import type { SearchContext } from '../../search/search-engine.ts';
import type { SearchService } from '../search.service.ts';

const PAGE = 100;

/**
 * The ids of every project the list query finds, in the list's order, page by page (ids only:
 * the export loads the projects itself).
 */
export async function* searchIdBatches(
  search: SearchService,
  query: SearchQuery,
  context: SearchContext,
): AsyncGenerator<number[]> {
  for (let page = 1; ; page++) {
    const result = await search.pageIds({ ...query, page, pageSize: PAGE }, context);
    const ids = result.ids;
    if (ids.length > 0) yield ids;
    if (ids.length === 0 || page * PAGE >= result.total) return;
  }
}
