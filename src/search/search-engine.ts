import type { DatabaseHandle } from '../db/database.ts';
import { fullTextFor } from './engine-factory.ts';
import { type FacetData, FacetIndex } from './facet-index.ts';
import { type Evaluation, evaluate, type TextHits } from './facet-query.ts';
import type { SearchVocabularyData } from './index-loader.ts';
import { ensureSearchIndex } from './indexer.ts';
import {
  DEFAULT_BUDGET_CURRENCY,
  emptyQuery,
  FACETS,
  type Facet,
  type FacetCount,
  type SearchQuery,
  type SearchResult,
} from './search.ts';
import { pageByOrder, pageByScore, pageByTier, slotOrder } from './sort-order.ts';
import { createTextMatcher } from './text-matcher.ts';
import { valueBits } from './value-bits.ts';
import { valuePostings } from './value-postings.ts';

/** Per request: today's date (statuses) and the reader's language. */
export interface SearchContext {
  today: string;
  language: string;
}

/** Searching published projects: full text in the database, filters and counts in memory. */
export interface SearchEngine {
  search(query: SearchQuery, context: SearchContext): Promise<SearchResult>;
  /** Types and organisations that filters may name, with their names. */
  vocabulary(): Promise<SearchVocabularyData>;
  /** The same as last loaded, without asking the database what changed (when loaded). */
  lastVocabulary(): Promise<SearchVocabularyData>;
  /** Loads the in-memory index now rather than at the first search. */
  warm(): Promise<void>;
}

const CACHE_SIZE = 64;
/** Text hit lists kept: each is at most 4 bytes (8 when ranked) per matching project. */
const TEXT_CACHE_SIZE = 32;

/** The key of everything but sort and page: queries that differ only there share one pass. */
function evaluationKey(query: SearchQuery, today: string, ranked: boolean): string {
  return JSON.stringify([
    query.q,
    query.filters,
    query.activeFrom,
    query.activeTo,
    query.budgetMinCents,
    query.budgetMaxCents,
    query.budgetCurrency,
    today,
    ranked,
  ]);
}

/**
 * The search engine for this database: the dialect's full-text index finds text hits; in
 * memory, bit sets by project id filter them, count every facet and sum budgets
 * (facet-query.ts); a precomputed order per sort key gives the page. Results are cached until
 * the data changes.
 */
export function createSearchEngine(handle: DatabaseHandle): SearchEngine {
  const matcher = createTextMatcher(handle, fullTextFor(handle.db, handle.dialect.name));
  const index = new FacetIndex(handle.db);
  const cache = new Map<string, { generation: number; evaluation: Evaluation }>();
  const textCache = new Map<string, { generation: number; hits: TextHits }>();
  let indexed: Promise<void> | null = null;
  const current = async () => {
    indexed ??= ensureSearchIndex(handle.db);
    await indexed;
    return index.current();
  };

  async function evaluationFor(data: FacetData, query: SearchQuery, today: string) {
    // Another request's catch-up may change `data` while this one awaits the database: what is
    // computed here is kept under the version it started from, so that it goes stale with it
    // rather than being taken as current.
    const generation = data.generation;
    const ranked = query.sort === 'relevance';
    const key = evaluationKey(query, today, ranked);
    const hit = cache.get(key);
    if (hit && hit.generation === generation) {
      cache.delete(key);
      cache.set(key, hit);
      return hit.evaluation;
    }
    let text: TextHits | null = null;
    if (query.text) {
      // The text's hits do not depend on the filters: a popular word is matched once per data
      // version, however many filter combinations it is asked with.
      const textKey = JSON.stringify([query.q, ranked]);
      const known = textCache.get(textKey);
      if (known && known.generation === generation) {
        text = known.hits;
      } else {
        text = await matcher.match(data, query.text, ranked);
        textCache.set(textKey, { generation, hits: text });
        if (textCache.size > TEXT_CACHE_SIZE) textCache.delete(textCache.keys().next().value!);
      }
    }
    // A text most projects contain is counted from the catalogue's counts less the others'.
    const base =
      text && text.set.size * 2 > data.liveCount
        ? await evaluationFor(data, emptyQuery(), today)
        : null;
    // With one facet filtered, its counts are those of the query without it (often cached).
    const filtered = FACETS.filter((f) => query.filters[f].length > 0);
    let borrowed: { facet: Facet; counts: Map<string, number> } | null = null;
    if (filtered.length === 1) {
      const facet = filtered[0]!;
      const without = { ...query, filters: { ...query.filters, [facet]: [] } };
      borrowed = { facet, counts: (await evaluationFor(data, without, today)).counts[facet] };
    }
    const evaluation = evaluate(data, query, today, text, base, borrowed);
    cache.set(key, { generation, evaluation });
    if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value!);
    return evaluation;
  }

  const engine: SearchEngine = {
    async search(query, context) {
      const data = await current();
      const evaluation = await evaluationFor(data, query, context.today);
      const offset = (query.page - 1) * query.pageSize;
      const { titled } = evaluation;
      const relevance = query.sort === 'relevance';
      const slots =
        relevance && titled !== null
          ? pageByTier(
              data,
              evaluation.slots.subarray(0, titled),
              evaluation.slots.subarray(titled),
              offset,
              query.pageSize,
            )
          : relevance && evaluation.scores
            ? pageByScore(data, evaluation.slots, evaluation.scores, offset, query.pageSize)
            : pageByOrder(
                slotOrder(
                  data,
                  query.sort === 'relevance' ? 'start' : query.sort,
                  query.budgetCurrency,
                ),
                evaluation.slots,
                query.sort === 'relevance' ? 'desc' : query.direction,
                offset,
                query.pageSize,
              );
      const ids = slots.map((s) => data.projectId.data[s]!);
      const facets = {} as SearchResult['facets'];
      for (const [facet, counts] of Object.entries(evaluation.counts)) {
        facets[facet as keyof SearchResult['facets']] = [...counts].map(
          ([value, count]): FacetCount => ({ value, count }),
        );
      }
      return {
        ids,
        total: evaluation.slots.length,
        facets,
        budgetSums: evaluation.budgetSums,
      };
    },
    async vocabulary() {
      await current();
      return index.vocab();
    },
    async lastVocabulary() {
      return index.loadedVocab() ?? this.vocabulary();
    },
    async warm() {
      // Every sort order and the unfiltered counts, so that no visitor waits for building them.
      const data = await current();
      for (const key of ['start', 'end', 'title', 'updated', 'budget'] as const) {
        slotOrder(data, key, DEFAULT_BUDGET_CURRENCY);
      }
      const today = new Date().toISOString().slice(0, 10);
      // The bits of each value of the facets with few values: counting and filtering by them
      // is then word operations rather than visits to every project.
      // Likewise the ids of each value of the lists with many values (donors, implementers).
      for (const facet of FACETS) valueBits(data, facet, today) ?? valuePostings(data, facet, true);
      valuePostings(data, 'budget', true);
      await evaluationFor(data, emptyQuery(), today);
      // The ids of frequent words, so that the first query of a common word is not the slow one.
      const [common] = await matcher.prefetch(data);
      // Searches for the commonest word, alone and with a filter: V8 compiles the search's code
      // here rather than during the first visitor's search (~200 ms at a million projects).
      if (common) {
        const text = {
          include: [{ kind: 'word' as const, stem: common }],
          exclude: [],
          highlight: { stems: [common], prefixes: [] },
        };
        const query = { ...emptyQuery(), q: common, text, sort: 'relevance' as const };
        const context = { today, language: 'en' };
        const before = new Map(cache);
        await engine.search(query, context);
        await engine.search(
          { ...query, filters: { ...query.filters, status: ['ongoing'] } },
          context,
        );
        // For the compiler only: the first real search of that word is computed like any other
        // (the unfiltered counts, computed before, are kept).
        cache.clear();
        for (const [key, entry] of before) cache.set(key, entry);
        textCache.clear();
      }
    },
  };
  return engine;
}
