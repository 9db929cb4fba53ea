import { centsToDecimal } from '../../domain/projects/budget.ts';
import { searchParamsOf } from '../../search/params.ts';
import type { SearchQuery } from '../../search/search.ts';
import type { SearchPage } from '../../services/search.service.ts';
import { presentProjectSummary } from './project.presenter.ts';

function href(path: string, query: SearchQuery): string {
  const qs = new URLSearchParams(searchParamsOf(query)).toString();
  return qs ? `${path}?${qs}` : path;
}

/** A page of search results for the API: results, total, facet counts, budget sums, links. */
export function presentSearchPage(page: SearchPage, path: string, today: string) {
  const { query } = page;
  const pageCount = Math.max(1, Math.ceil(page.total / query.pageSize));
  return {
    total: page.total,
    page: query.page,
    pageSize: query.pageSize,
    pageCount,
    sort: query.sort,
    dir: query.direction,
    results: page.projects.map((p) => presentProjectSummary(p, today, page.snippets.get(p.id))),
    facets: Object.fromEntries(
      Object.entries(page.facets).map(([facet, options]) => [
        facet,
        options.map((o) => ({
          value: o.value,
          label: o.label,
          count: o.count,
          selected: o.selected,
        })),
      ]),
    ),
    budgetSums: page.budgetSums.map((b) => ({
      currency: b.currency,
      amount: centsToDecimal(b.cents),
      amountCents: b.cents,
    })),
    links: {
      self: href(path, query),
      ...(query.page > 1 ? { prev: href(path, { ...query, page: query.page - 1 }) } : {}),
      ...(query.page < pageCount ? { next: href(path, { ...query, page: query.page + 1 }) } : {}),
    },
  };
}
