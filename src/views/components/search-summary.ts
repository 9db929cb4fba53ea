import type { FieldIssue } from '../../domain/errors.ts';
import { formatMoneyShort, formatNumber, plural } from '../../i18n/format.ts';
import { defaultDirection } from '../../search/params.ts';
import {
  FACETS,
  PAGE_SIZES,
  type SearchQuery,
  type SnippetPart,
  SORT_KEYS,
} from '../../search/search.ts';
import type { FacetOption, SearchPage } from '../../services/search.service.ts';
import { html, type SafeHtml } from '../html.ts';
import type { ViewContext } from '../view-context.ts';
import { optionLabel } from './filter-panel.ts';

/** Builds the address of another state of the list. */
export type QueryHref = (query: SearchQuery) => string;

function changed(query: SearchQuery, change: (q: SearchQuery) => void): SearchQuery {
  const next: SearchQuery = structuredClone(query);
  change(next);
  next.page = 1;
  return next;
}

/** Removable tags for the search text and every chosen filter, and "Clear all". */
export function filterTags(page: SearchPage, hrefFor: QueryHref, ctx: ViewContext): SafeHtml | '' {
  const { t } = ctx;
  const { query } = page;
  const tags: { label: string; href: string }[] = [];
  if (query.q)
    tags.push({
      label: t.search.textTag(query.q),
      href: hrefFor(
        changed(query, (q) => {
          q.q = '';
          q.text = null;
        }),
      ),
    });
  for (const facet of FACETS) {
    for (const value of query.filters[facet]) {
      const option =
        page.facets[facet].find((o) => o.value === value) ??
        ({ value, label: value, count: 0, selected: true } as FacetOption);
      tags.push({
        label: `${t.search.facets[facet]}: ${option.short ?? optionLabel(facet, option, ctx)}`,
        href: hrefFor(
          changed(query, (q) => {
            q.filters[facet] = q.filters[facet].filter((v) => v !== value);
          }),
        ),
      });
    }
  }
  if (query.activeFrom)
    tags.push({
      label: t.search.fromTag(query.activeFrom),
      href: hrefFor(
        changed(query, (q) => {
          q.activeFrom = null;
        }),
      ),
    });
  if (query.activeTo)
    tags.push({
      label: t.search.toTag(query.activeTo),
      href: hrefFor(
        changed(query, (q) => {
          q.activeTo = null;
        }),
      ),
    });
  const money = (cents: number) => formatMoneyShort(cents, query.budgetCurrency, ctx.locale.intl);
  if (query.budgetMinCents !== null)
    tags.push({
      label: t.search.minTag(money(query.budgetMinCents)),
      href: hrefFor(
        changed(query, (q) => {
          q.budgetMinCents = null;
        }),
      ),
    });
  if (query.budgetMaxCents !== null)
    tags.push({
      label: t.search.maxTag(money(query.budgetMaxCents)),
      href: hrefFor(
        changed(query, (q) => {
          q.budgetMaxCents = null;
        }),
      ),
    });
  if (tags.length === 0) return '';
  const clear = changed(query, (q) => {
    for (const facet of FACETS) q.filters[facet] = [];
    q.q = '';
    q.text = null;
    q.activeFrom = q.activeTo = null;
    q.budgetMinCents = q.budgetMaxCents = null;
    if (q.sort === 'relevance') q.sort = 'start';
  });
  return html`<div class="tags"><h2 class="visually-hidden">${t.search.selected}</h2><ul class="tags__list">${tags.map(
    (tag) =>
      html`<li><a class="tag" href="${tag.href}" aria-label="${t.search.remove(tag.label)}"><span>${tag.label}</span> <span class="tag__x" aria-hidden="true">×</span></a></li>`,
  )}<li><a class="tags__clear" href="${hrefFor(clear)}">${t.search.clearAll}</a></li></ul></div>`;
}

/** "123 projects · Showing 1–20 of 123 · Total budget: USD 70.6 million + EUR 5 million". */
export function resultSummary(page: SearchPage, ctx: ViewContext): SafeHtml {
  const { t } = ctx;
  const intl = ctx.locale.intl;
  const from = (page.query.page - 1) * page.query.pageSize + 1;
  const to = Math.min(page.total, from + page.projects.length - 1);
  const sums = page.budgetSums.map((b) => formatMoneyShort(b.cents, b.currency, intl));
  return html`<p class="result-count" role="status" aria-live="polite"><strong>${plural(t.projectsCount, page.total, intl)}</strong>${
    page.projects.length > 0
      ? html` · ${t.list.showing(formatNumber(from, intl), formatNumber(to, intl), formatNumber(page.total, intl))}`
      : ''
  }${sums.length > 0 ? html`<br><span class="result-count__budget">${t.search.totalBudget}: ${sums.join(' + ')}</span>` : ''}</p>`;
}

/** Sort key, direction and page size: part of the form, with a button for pages without script. */
export function resultToolbar(query: SearchQuery, ctx: ViewContext): SafeHtml {
  const { t } = ctx;
  const keys = SORT_KEYS.filter((k) => k !== 'relevance' || query.text);
  const selected = (yes: boolean) => (yes ? html` selected` : '');
  // The usual direction goes unsaid, so a new sort key gets its own usual direction.
  const usual = query.direction === defaultDirection(query.sort);
  return html`<div class="toolbar">
  <label>${t.search.sort} <select name="sort">${keys.map((k) => html`<option value="${k}"${selected(k === query.sort)}>${t.search.sortKeys[k]}</option>`)}</select></label>
  <label>${t.search.direction} <select name="dir"><option value=""${selected(usual)}>${t.search.defaultOrder}</option><option value="desc"${selected(!usual && query.direction === 'desc')}>${t.search.desc}</option><option value="asc"${selected(!usual && query.direction === 'asc')}>${t.search.asc}</option></select></label>
  <label>${t.search.pageSize} <select name="page_size">${PAGE_SIZES.map((n) => html`<option value="${n}"${selected(n === query.pageSize)}>${n}</option>`)}</select></label>
  <button type="submit" class="button button--secondary toolbar__update">${t.search.update}</button>
</div>`;
}

/** The note about parameters that were left out, in the reader's language. */
export function issuesNote(issues: FieldIssue[], ctx: ViewContext): SafeHtml | '' {
  if (issues.length === 0) return '';
  const fields = ctx.t.search.fields as Record<string, string>;
  const names = [...new Set(issues.map((i) => fields[i.field] ?? i.field))];
  return html`<div class="notice" role="alert"><p>${ctx.t.search.invalid}</p><ul>${names.map((n) => html`<li>${n}</li>`)}</ul></div>`;
}

/** A snippet with its matching words marked; every piece of text is escaped. */
export function snippetHtml(parts: SnippetPart[] | undefined): SafeHtml | undefined {
  if (!parts) return undefined;
  return html`<p class="result__snippet">${parts.map((p) => (p.hit ? html`<mark>${p.text}</mark>` : p.text))}</p>`;
}
