import type { SearchQuery } from '../../search/search.ts';
import type { SearchContext } from '../../search/search-engine.ts';
import type { SearchService } from '../search.service.ts';

const PAGE = 100;

/**
 * The ids of every project the list query finds, in the list's order, page by page. The search
 * service pages with projects loaded, so each batch is read twice (here and by the export); an
 * ids-only method on the search service would halve that.
 */
export async function* searchIdBatches(
  search: SearchService,
  query: SearchQuery,
  context: SearchContext,
): AsyncGenerator<number[]> {
  for (let page = 1; ; page++) {
    const result = await search.search({ ...query, page, pageSize: PAGE }, context);
    const ids = result.projects.map((p) => p.id);
    if (ids.length > 0) yield ids;
    if (ids.length === 0 || page * PAGE >= result.total) return;
  }
}
