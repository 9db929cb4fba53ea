import { html, type SafeHtml } from '../html.ts';
import type { ViewContext } from '../view-context.ts';

export interface PageInfo {
  page: number;
  pageCount: number;
  /** Builds the link to another page of the same list. */
  hrefFor: (page: number) => string;
}

/** The page numbers to show: first, last, and two either side of the current one. */
export function pageWindow(page: number, pageCount: number): (number | 'gap')[] {
  const wanted = new Set([1, pageCount, page - 2, page - 1, page, page + 1, page + 2]);
  const pages = [...wanted].filter((p) => p >= 1 && p <= pageCount).sort((a, b) => a - b);
  const out: (number | 'gap')[] = [];
  for (const p of pages) {
    const last = out[out.length - 1];
    if (typeof last === 'number' && p - last > 1) out.push('gap');
    out.push(p);
  }
  return out;
}

/** Plain numbered pagination with previous and next links. */
export function pagination(info: PageInfo, ctx: ViewContext): SafeHtml | '' {
  if (info.pageCount <= 1) return '';
  const { t } = ctx;
  const items = pageWindow(info.page, info.pageCount).map((p) =>
    p === 'gap'
      ? html`<li class="pagination__gap" aria-hidden="true">…</li>`
      : p === info.page
        ? html`<li><a class="pagination__current" aria-current="page" aria-label="${t.pagination.page(String(p))}" href="${info.hrefFor(p)}">${p}</a></li>`
        : html`<li><a href="${info.hrefFor(p)}" aria-label="${t.pagination.page(String(p))}">${p}</a></li>`,
  );
  const prev =
    info.page > 1
      ? html`<a class="pagination__prev" rel="prev" href="${info.hrefFor(info.page - 1)}">← ${t.pagination.previous}</a>`
      : '';
  const next =
    info.page < info.pageCount
      ? html`<a class="pagination__next" rel="next" href="${info.hrefFor(info.page + 1)}">${t.pagination.next} →</a>`
      : '';
  return html`<nav class="pagination" aria-label="${t.pagination.label}">${prev}<ul>${items}</ul>${next}</nav>`;
}
