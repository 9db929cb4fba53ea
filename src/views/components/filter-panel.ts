import { formatNumber } from '../../i18n/format.ts';
import type { Facet, SearchQuery } from '../../search/search.ts';
import type { FacetOption } from '../../services/search.service.ts';
import { html, type SafeHtml } from '../html.ts';
import type { ViewContext } from '../view-context.ts';

/** How many options a facet shows before "Show all". */
const VISIBLE = 8;
const FIXED_ORDER: readonly Facet[] = ['status', 'source'];
const PANEL_FACETS: readonly Facet[] = [
  'country',
  'type',
  'status',
  'donor',
  'implementer',
  'currency',
  'source',
];

/** The label of an option in the reader's language (statuses and sources come from the catalogue). */
export function optionLabel(facet: Facet, option: FacetOption, ctx: ViewContext): string {
  if (facet === 'status')
    return ctx.t.status[option.value as keyof ViewContext['t']['status']] ?? option.value;
  if (facet === 'source') {
    return (
      ctx.t.project.sources[option.value as keyof ViewContext['t']['project']['sources']] ??
      option.value
    );
  }
  return option.label;
}

/** Selected first, then most projects, then by name; statuses and sources keep their order. */
export function orderedOptions(
  facet: Facet,
  options: FacetOption[],
  ctx: ViewContext,
): FacetOption[] {
  if (FIXED_ORDER.includes(facet)) return options;
  const collator = new Intl.Collator(ctx.locale.intl);
  return [...options].sort(
    (a, b) =>
      Number(b.selected) - Number(a.selected) ||
      b.count - a.count ||
      collator.compare(optionLabel(facet, a, ctx), optionLabel(facet, b, ctx)),
  );
}

function option(facet: Facet, o: FacetOption, ctx: ViewContext): SafeHtml {
  const id = `f-${facet}-${o.value.replace(/[^a-zA-Z0-9_-]/g, '_')}`;
  return html`<li class="facet__option${o.count === 0 && !o.selected ? ' facet__option--empty' : ''}"><input type="checkbox" id="${id}" name="${facet}" value="${o.value}"${o.selected ? html` checked` : ''}><label for="${id}"><span class="facet__label">${optionLabel(facet, o, ctx)}</span> <span class="facet__count">${formatNumber(o.count, ctx.locale.intl)}</span></label></li>`;
}

function facetGroup(facet: Facet, options: FacetOption[], ctx: ViewContext): SafeHtml | '' {
  if (options.length === 0) return '';
  const ordered = orderedOptions(facet, options, ctx);
  const shown = Math.max(VISIBLE, ordered.filter((o) => o.selected).length);
  const head = ordered.slice(0, shown);
  const rest = ordered.slice(shown);
  return html`<fieldset class="facet" data-facet="${facet}">
  <legend class="facet__legend">${ctx.t.search.facets[facet]}</legend>
  <ul class="facet__options">${head.map((o) => option(facet, o, ctx))}</ul>
  ${
    rest.length > 0
      ? html`<details class="facet__more"><summary>${ctx.t.search.showAll(formatNumber(ordered.length, ctx.locale.intl))}</summary><ul class="facet__options">${rest.map((o) => option(facet, o, ctx))}</ul></details>`
      : ''
  }
</fieldset>`;
}

/** How many filters are chosen, for the "Filters (n)" button. */
export function selectedFilterCount(query: SearchQuery): number {
  const facets = Object.values(query.filters).reduce((n, list) => n + list.length, 0);
  const period = Number(query.activeFrom !== null) + Number(query.activeTo !== null);
  const budget = Number(query.budgetMinCents !== null) + Number(query.budgetMaxCents !== null);
  return facets + period + budget;
}

function centsInput(cents: number | null): string {
  if (cents === null) return '';
  return cents % 100 === 0 ? String(cents / 100) : (cents / 100).toFixed(2);
}

/**
 * The filter panel: one fieldset per facet with counts beside every option (chosen first,
 * empty ones dimmed), the active period and the budget range; part of the list's GET form.
 */
export function filterPanel(
  query: SearchQuery,
  facets: Record<Facet, FacetOption[]>,
  currencies: string[],
  ctx: ViewContext,
): SafeHtml {
  const { t } = ctx;
  const n = selectedFilterCount(query);
  return html`<details class="filters" open data-filters>
<summary class="filters__toggle">${n > 0 ? t.search.filtersCount(formatNumber(n, ctx.locale.intl)) : t.search.filters}</summary>
<div class="filters__body">
<h2 class="filters__title">${t.search.filters}</h2>
${PANEL_FACETS.slice(0, 3).map((f) => facetGroup(f, facets[f], ctx))}
<fieldset class="facet facet--range">
  <legend class="facet__legend">${t.search.period}</legend>
  <p class="facet__hint" id="period-hint">${t.search.periodHint}</p>
  <div class="range">
    <label>${t.search.from} <input name="active_from" value="${query.activeFrom ?? ''}" inputmode="numeric" size="8" maxlength="7" placeholder="2015" aria-describedby="period-hint"></label>
    <label>${t.search.to} <input name="active_to" value="${query.activeTo ?? ''}" inputmode="numeric" size="8" maxlength="7" placeholder="2019-12" aria-describedby="period-hint"></label>
  </div>
</fieldset>
<fieldset class="facet facet--range">
  <legend class="facet__legend">${t.search.budget}</legend>
  <p class="facet__hint" id="budget-hint">${t.search.budgetHint}</p>
  <div class="range">
    <label>${t.search.budgetMin} <input name="budget_min" value="${centsInput(query.budgetMinCents)}" inputmode="decimal" size="10" aria-describedby="budget-hint"></label>
    <label>${t.search.budgetMax} <input name="budget_max" value="${centsInput(query.budgetMaxCents)}" inputmode="decimal" size="10" aria-describedby="budget-hint"></label>
    <label>${t.search.budgetCurrency} <select name="budget_currency">${currencies.map(
      (c) =>
        html`<option value="${c}"${c === query.budgetCurrency ? html` selected` : ''}>${c}</option>`,
    )}</select></label>
  </div>
</fieldset>
${PANEL_FACETS.slice(3).map((f) => facetGroup(f, facets[f], ctx))}
<button type="submit" class="button filters__apply">${t.search.apply}</button>
</div>
</details>`;
}
