import type { FieldIssue } from '../../domain/errors.ts';
import type { SearchPage } from '../../services/search.service.ts';
import { filterPanel } from '../components/filter-panel.ts';
import { pagination } from '../components/pagination.ts';
import { projectRow } from '../components/project-row.ts';
import {
  filterTags,
  issuesNote,
  type QueryHref,
  resultSummary,
  resultToolbar,
  snippetHtml,
} from '../components/search-summary.ts';
import { html, type SafeHtml } from '../html.ts';
import { layout } from '../layout.ts';
import { localPath, type ViewContext } from '../view-context.ts';

export interface ProjectsListViewModel {
  page: SearchPage;
  /** Parameters that were invalid and left out. */
  issues: FieldIssue[];
  /** The address of another state of this list. */
  hrefFor: QueryHref;
  /** Currencies offered for the budget range. */
  currencies: string[];
}

/**
 * The list of projects: a GET form with the search box, the filter panel beside the results
 * (behind "Filters (n)" on a phone), removable tags, the count and budget sums, and pages.
 */
export function projectsListView(model: ProjectsListViewModel, ctx: ViewContext): SafeHtml {
  const { t } = ctx;
  const { page } = model;
  const { query } = page;
  const pageCount = Math.max(1, Math.ceil(page.total / query.pageSize));
  const action = localPath(ctx, '/projects');
  const main = html`
<h1>${t.list.title}</h1>
<form class="search" method="get" action="${action}" data-search-form>
<div class="search-box" role="search">
  <label for="q">${t.search.label}</label>
  <div class="search-box__row">
    <input type="search" id="q" name="q" value="${query.q}" maxlength="500" placeholder="${t.search.placeholder}">
    <button type="submit" class="button">${t.search.button}</button>
  </div>
</div>
${issuesNote(model.issues, ctx)}
<div class="search-layout">
<div class="search-layout__filters">${filterPanel(query, page.facets, model.currencies, ctx)}</div>
<div class="search-layout__results" id="search-results">
${filterTags(page, model.hrefFor, ctx)}
${resultSummary(page, ctx)}
${resultToolbar(query, ctx)}
${
  page.projects.length > 0
    ? html`<ol class="results">${page.projects.map((p) => projectRow(p, ctx, snippetHtml(page.snippets.get(p.id))))}</ol>`
    : html`<div class="empty"><p>${t.list.empty}</p>${page.total === 0 ? html`<p>${t.search.emptyHint}</p>` : ''}</div>`
}
${pagination({ page: query.page, pageCount, hrefFor: (n) => model.hrefFor({ ...query, page: n }) }, ctx)}
</div>
</div>
</form>
<script src="/assets/js/list.js" defer></script>`;
  return layout(ctx, {
    title: query.q ? `${query.q} · ${t.list.title}` : t.list.title,
    breadcrumbs: [
      { label: t.nav.home, href: localPath(ctx, '/') },
      { label: t.nav.resources },
      { label: t.nav.projects },
    ],
    main,
  });
}
