import type { FieldIssue } from '../domain/errors.ts';
import type { ProjectStatus } from '../domain/projects/period.ts';
import type { ProjectSource } from '../domain/projects/project.ts';
import type { TextQuery } from './text.ts';

export const PAGE_SIZES = [20, 50, 100] as const;
export type PageSize = (typeof PAGE_SIZES)[number];
export const SORT_KEYS = ['relevance', 'start', 'end', 'budget', 'title', 'updated'] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export type SortDirection = 'asc' | 'desc';
export const STATUSES: readonly ProjectStatus[] = ['planned', 'ongoing', 'completed'];
export const SOURCES: readonly ProjectSource[] = ['manual', 'iati', 'spreadsheet'];
export const MAX_QUERY_LENGTH = 500;
export const DEFAULT_BUDGET_CURRENCY = 'USD';

/** The repeatable filters: OR within one, AND across them. */
export const FACETS = [
  'country',
  'type',
  'donor',
  'implementer',
  'status',
  'currency',
  'source',
] as const;
export type Facet = (typeof FACETS)[number];

/** A list of projects as asked for: text, filters, sort and page. The URL is its whole state. */
export interface SearchQuery {
  /** The search box as typed (kept for the form), and what it means. */
  q: string;
  text: TextQuery | null;
  filters: Record<Facet, string[]>;
  /** Active-period range, "2015" or "2015-03"; a project matches when its period overlaps. */
  activeFrom: string | null;
  activeTo: string | null;
  /** Bounds on the headline budget in `budgetCurrency`, in cents. */
  budgetMinCents: number | null;
  budgetMaxCents: number | null;
  budgetCurrency: string;
  sort: SortKey;
  direction: SortDirection;
  page: number;
  pageSize: PageSize;
}

/** A filter option and how many projects it would give, the others held. */
export interface FacetCount {
  value: string;
  count: number;
}

/** One piece of a snippet; `hit` pieces are the words that matched. */
export interface SnippetPart {
  text: string;
  hit: boolean;
}

/** What a search engine answers: one page of ids, the total, counts and sums. */
export interface SearchResult {
  ids: number[];
  total: number;
  /** Counts per option of every facet, computed disjunctively. */
  facets: Record<Facet, FacetCount[]>;
  /** Headline budgets of the whole filtered set, summed per currency, largest first. */
  budgetSums: { currency: string; cents: number }[];
}

/** The empty query: every published project, newest period first. */
export function emptyQuery(): SearchQuery {
  return {
    q: '',
    text: null,
    filters: {
      country: [],
      type: [],
      donor: [],
      implementer: [],
      status: [],
      currency: [],
      source: [],
    },
    activeFrom: null,
    activeTo: null,
    budgetMinCents: null,
    budgetMaxCents: null,
    budgetCurrency: DEFAULT_BUDGET_CURRENCY,
    sort: 'start',
    direction: 'desc',
    page: 1,
    pageSize: 20,
  };
}

/** What a parse found: the query without the bad parts, and what each bad part was. */
export interface ParsedSearch {
  query: SearchQuery;
  issues: FieldIssue[];
}

export type { FieldIssue };
