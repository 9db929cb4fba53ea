import type { FieldIssue } from '../domain/errors.ts';
import { toCents } from '../domain/projects/budget.ts';
import { earliestDay, latestDay, parsePartialDateKey } from '../domain/projects/period.ts';
import {
  isKnownCountry,
  isKnownCurrency,
  isKnownRegion,
} from '../domain/vocabularies/codelists.ts';
import {
  emptyQuery,
  FACETS,
  type Facet,
  MAX_QUERY_LENGTH,
  PAGE_SIZES,
  type PageSize,
  type ParsedSearch,
  type SearchQuery,
  SORT_KEYS,
  SOURCES,
  type SortKey,
  STATUSES,
} from './search.ts';
import { isEmptyTextQuery, parseTextQuery } from './text.ts';

/** The raw query string as a web framework gives it: one value or several per name. */
export type RawParams = Record<string, string | string[] | undefined>;

/** Which type and organisation slugs exist; countries, currencies and the rest are fixed lists. */
export interface SearchVocabulary {
  isType(slug: string): boolean;
  isOrganisation(slug: string): boolean;
}

const MAX_PAGE = 100_000;
const MAX_VALUES = 50;

function all(raw: RawParams, name: string): string[] {
  const value = raw[name];
  const list = Array.isArray(value) ? value : value === undefined ? [] : [value];
  return [...new Set(list.map((v) => String(v).trim()).filter((v) => v !== ''))];
}

function one(raw: RawParams, name: string): string | undefined {
  return all(raw, name)[0];
}

function facetCheck(facet: Facet, vocab: SearchVocabulary): (value: string) => boolean {
  switch (facet) {
    case 'country':
      return (v) => isKnownCountry(v) || isKnownRegion(v);
    case 'type':
      return (v) => vocab.isType(v);
    case 'donor':
    case 'implementer':
      return (v) => vocab.isOrganisation(v);
    case 'status':
      return (v) => (STATUSES as readonly string[]).includes(v);
    case 'currency':
      return (v) => isKnownCurrency(v);
    case 'source':
      return (v) => (SOURCES as readonly string[]).includes(v);
  }
}

/** Sort direction when the URL names none: relevance and dates newest first, titles A–Z. */
export function defaultDirection(sort: SortKey): 'asc' | 'desc' {
  return sort === 'title' ? 'asc' : 'desc';
}

/**
 * Reads list parameters (the page's and the API's) into a query. Unknown names are ignored;
 * each invalid value is left out of the query and reported, naming its parameter.
 */
export function parseSearchParams(raw: RawParams, vocab: SearchVocabulary): ParsedSearch {
  const query = emptyQuery();
  const issues: FieldIssue[] = [];
  const bad = (field: string, message: string) => issues.push({ field, message });

  const q = all(raw, 'q').join(' ');
  if (q.length > MAX_QUERY_LENGTH) {
    bad('q', `the search text is longer than ${MAX_QUERY_LENGTH} characters`);
  } else if (q) {
    const text = parseTextQuery(q);
    query.q = q;
    query.text = isEmptyTextQuery(text) ? null : text;
  }

  for (const facet of FACETS) {
    const values = all(raw, facet);
    const check = facetCheck(facet, vocab);
    const normalized =
      facet === 'country' || facet === 'currency' ? values.map((v) => v.toUpperCase()) : values;
    for (const value of normalized.slice(0, MAX_VALUES)) {
      if (check(value)) query.filters[facet].push(value);
      else bad(facet, `unknown ${facet} "${value.slice(0, 60)}"`);
    }
    if (values.length > MAX_VALUES) bad(facet, `at most ${MAX_VALUES} values`);
  }

  const from = one(raw, 'active_from');
  const to = one(raw, 'active_to');
  const fromDate = from === undefined ? null : parsePartialDateKey(from);
  const toDate = to === undefined ? null : parsePartialDateKey(to);
  if (from !== undefined && !fromDate) bad('active_from', 'use a year (2015) or a month (2015-03)');
  if (to !== undefined && !toDate) bad('active_to', 'use a year (2019) or a month (2019-12)');
  if (fromDate && toDate && latestDay(toDate) < earliestDay(fromDate)) {
    bad('active_to', 'the end of the period is before its start');
  } else {
    query.activeFrom = fromDate ? from! : null;
    query.activeTo = toDate ? to! : null;
  }

  const currency = one(raw, 'budget_currency')?.toUpperCase();
  if (currency !== undefined) {
    if (isKnownCurrency(currency)) query.budgetCurrency = currency;
    else bad('budget_currency', `"${currency.slice(0, 10)}" is not an ISO 4217 currency code`);
  }
  const amount = (name: string) => {
    const value = one(raw, name);
    if (value === undefined) return null;
    const cents = toCents(value.replace(/[\s,_]/g, ''));
    if (cents === null) bad(name, 'use a whole or decimal amount, e.g. 1000000');
    return cents;
  };
  const min = amount('budget_min');
  const max = amount('budget_max');
  if (min !== null && max !== null && max < min) {
    bad('budget_max', 'the maximum is below the minimum');
  } else {
    query.budgetMinCents = min;
    query.budgetMaxCents = max;
  }

  const sort = one(raw, 'sort');
  if (sort !== undefined && !(SORT_KEYS as readonly string[]).includes(sort)) {
    bad('sort', `use one of ${SORT_KEYS.join(', ')}`);
  }
  const wanted = (SORT_KEYS as readonly string[]).includes(sort ?? '') ? (sort as SortKey) : null;
  // Relevance needs text; without it the list falls back to its usual order.
  query.sort =
    wanted && (wanted !== 'relevance' || query.text) ? wanted : query.text ? 'relevance' : 'start';
  const dir = one(raw, 'dir');
  if (dir !== undefined && dir !== 'asc' && dir !== 'desc') bad('dir', 'use asc or desc');
  query.direction = dir === 'asc' || dir === 'desc' ? dir : defaultDirection(query.sort);

  const page = one(raw, 'page');
  if (page !== undefined) {
    const n = /^\d{1,7}$/.test(page) ? Number(page) : Number.NaN;
    if (n >= 1 && n <= MAX_PAGE) query.page = n;
    else bad('page', `use a page number from 1 to ${MAX_PAGE}`);
  }
  const size = one(raw, 'page_size');
  if (size !== undefined) {
    const n = Number(size);
    if ((PAGE_SIZES as readonly number[]).includes(n)) query.pageSize = n as PageSize;
    else bad('page_size', `use one of ${PAGE_SIZES.join(', ')}`);
  }
  return { query, issues };
}

/** The query as URL parameters in a fixed order, leaving out defaults: the list's address. */
export function searchParamsOf(query: SearchQuery): [string, string][] {
  const out: [string, string][] = [];
  if (query.q) out.push(['q', query.q]);
  for (const facet of FACETS) for (const v of query.filters[facet]) out.push([facet, v]);
  if (query.activeFrom) out.push(['active_from', query.activeFrom]);
  if (query.activeTo) out.push(['active_to', query.activeTo]);
  const budget = query.budgetMinCents !== null || query.budgetMaxCents !== null;
  if (query.budgetMinCents !== null) out.push(['budget_min', centsText(query.budgetMinCents)]);
  if (query.budgetMaxCents !== null) out.push(['budget_max', centsText(query.budgetMaxCents)]);
  if (budget || query.sort === 'budget') out.push(['budget_currency', query.budgetCurrency]);
  const defaultSort = query.text ? 'relevance' : 'start';
  if (query.sort !== defaultSort) out.push(['sort', query.sort]);
  if (query.direction !== defaultDirection(query.sort)) out.push(['dir', query.direction]);
  if (query.pageSize !== PAGE_SIZES[0]) out.push(['page_size', String(query.pageSize)]);
  if (query.page !== 1) out.push(['page', String(query.page)]);
  return out;
}

function centsText(cents: number): string {
  return cents % 100 === 0 ? String(cents / 100) : (cents / 100).toFixed(2);
}

/** The query string ("?q=…&country=KZ") for the query, or "" when it is the default list. */
export function queryString(query: SearchQuery): string {
  const params = new URLSearchParams(searchParamsOf(query));
  const text = params.toString();
  return text ? `?${text}` : '';
}
