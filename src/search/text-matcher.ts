import type { DatabaseHandle } from '../db/database.ts';
import { buildSearchDocuments } from './documents.ts';
import type { FacetData } from './facet-index.ts';
import { type TextHits, textHitsOf } from './facet-query.ts';
import { type FullTextIndex, RANK_LIMIT } from './full-text.ts';
import { IdSet } from './id-set.ts';
import { clauseKey, type TextClause, type TextQuery } from './text.ts';

/** What one clause matches, as bits: anywhere, and in the title. */
interface ClauseSets {
  all: IdSet;
  title: IdSet;
}

/** Projects sampled to find the frequent tokens worth fetching ahead. */
const SAMPLE = 1000;
/** A token in at least this share of the sample is fetched ahead. */
const FREQUENT_SHARE = 0.02;
/** At most this many tokens are fetched ahead (two bits per project each). */
const MAX_PREFETCH = 256;
/** Above this many changed projects, cached sets are dropped rather than patched. */
const MAX_PATCH = 2000;
/** Clauses kept beyond the fetched-ahead tokens, least recently used dropped first. */
const CLAUSE_CACHE_SIZE = 512;

/**
 * Matches text queries from per-clause id sets. The full-text index answers one clause at a
 * time (a word, a phrase or a prefix); its ids are kept as bits per data version, and a query
 * is their intersection less its exclusions. A common word costs the engines hundreds of
 * milliseconds to list at a million projects, but is listed once; every query that uses it,
 * alone or with other words, is then bit operations. Phrases and prefixes still come from the
 * engine, which knows positions and the token list. Ranking of few hits stays with the engine.
 */
export function createTextMatcher(handle: DatabaseHandle, fullText: FullTextIndex) {
  let cacheOf: { data: FacetData; generation: number } | null = null;
  const cache = new Map<string, { clause: TextClause; sets: Promise<ClauseSets> }>();
  let patching: Promise<void> | null = null;

  /** Brings the cached sets to the data's version: patched for a few changes, else dropped. */
  const current = async (data: FacetData) => {
    while (patching) await patching;
    if (cacheOf && cacheOf.data === data && cacheOf.generation === data.generation) return;
    const changed = cacheOf && cacheOf.data === data ? data.changedSince(cacheOf.generation) : null;
    const target = { data, generation: data.generation };
    if (!changed || changed.length > MAX_PATCH || cache.size === 0) {
      cache.clear();
      cacheOf = target;
      return;
    }
    patching = patch(changed).finally(() => {
      patching = null;
    });
    await patching;
    cacheOf = target;
  };

  // A write must not cost every cached word a new listing (seconds on PostgreSQL at 1M):
  // the changed projects' documents are matched here, by the engine's rules, and their bits set.
  const patch = async (ids: number[]) => {
    const { documents } = await buildSearchDocuments(handle.db, ids);
    const entries = [...cache];
    for (const [key, entry] of entries) {
      const old = await entry.sets.catch(() => null);
      if (!old) {
        cache.delete(key);
        continue;
      }
      const all = new Map<number, boolean>(ids.map((id) => [id, false]));
      const title = new Map(all);
      for (const d of documents) {
        const m = fullText.documentMatches(entry.clause, d);
        all.set(d.id, m.any);
        title.set(d.id, m.title);
      }
      entry.sets = Promise.resolve({ all: old.all.patched(all), title: old.title.patched(title) });
    }
  };

  const setsOf = (clause: TextClause): Promise<ClauseSets> => {
    const key = clauseKey(clause);
    const known = cache.get(key);
    if (known) {
      cache.delete(key);
      cache.set(key, known);
      return known.sets;
    }
    const fetched = fullText.clauseIds(clause).then(({ ids, titleIds }) => sets(ids, titleIds));
    // A failed fetch is not kept: the next query asks again.
    fetched.catch(() => cache.delete(key));
    cache.set(key, { clause, sets: fetched });
    if (cache.size > CLAUSE_CACHE_SIZE + MAX_PREFETCH) cache.delete(cache.keys().next().value!);
    return fetched;
  };

  const sets = (ids: Int32Array, titleIds: Int32Array): ClauseSets => ({
    all: IdSet.of(ids),
    title: IdSet.of(titleIds),
  });
  const intersect = (list: IdSet[]) => list.reduce((a, b) => a.and(b));
  const union = (list: IdSet[]) => list.reduce((a, b) => a.or(b));

  return {
    /** The query's hits, with title-first scores when ranked. */
    async match(data: FacetData, query: TextQuery, ranked: boolean): Promise<TextHits> {
      await current(data);
      const include = await Promise.all(query.include.map(setsOf));
      const exclude = await Promise.all(query.exclude.map(setsOf));
      if (include.length === 0) {
        const live = new IdSet(Uint32Array.from(data.liveBits));
        return { set: live.andNot(union(exclude.map((s) => s.all))), scores: null, titles: null };
      }
      let hits = intersect(include.map((s) => s.all));
      for (const s of exclude) hits = hits.andNot(s.all);
      if (!ranked) return { set: hits, scores: null, titles: null };
      if (hits.size <= RANK_LIMIT) {
        // Few hits: the engine's own ranking (bm25, ts_rank) over them is cheap.
        const ranking = await fullText.match(query, true);
        return textHitsOf(ranking.ids, ranking.scores);
      }
      // Many: title hits first (see RANK_LIMIT).
      return { set: hits, scores: null, titles: intersect(include.map((s) => s.title)) };
    },

    /** Fetches the clause sets of the tokens frequent in a sample of documents; returns them. */
    async prefetch(data: FacetData): Promise<string[]> {
      await current(data);
      const tokens = await frequentTokens(handle, data);
      const found = await fullText.wordIds(tokens);
      for (const [stem, { ids, titleIds }] of found) {
        const clause: TextClause = { kind: 'word', stem };
        cache.set(clauseKey(clause), { clause, sets: Promise.resolve(sets(ids, titleIds)) });
      }
      return tokens;
    },
  };
}

export type TextMatcher = ReturnType<typeof createTextMatcher>;

/** Tokens in at least FREQUENT_SHARE of an evenly spread sample of live projects. */
async function frequentTokens(handle: DatabaseHandle, data: FacetData): Promise<string[]> {
  const step = Math.max(1, Math.floor(data.slotCount / SAMPLE));
  const ids: number[] = [];
  for (let s = 0; s < data.slotCount; s += step) {
    if (data.alive[s]) ids.push(data.projectId.data[s]!);
  }
  if (ids.length === 0) return [];
  const { documents } = await buildSearchDocuments(handle.db, ids);
  const df = new Map<string, number>();
  for (const d of documents) {
    for (const token of new Set(`${d.title} ${d.body}`.split(' '))) {
      if (token) df.set(token, (df.get(token) ?? 0) + 1);
    }
  }
  const least = Math.max(2, Math.ceil(documents.length * FREQUENT_SHARE));
  return [...df]
    .filter(([, n]) => n >= least)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, MAX_PREFETCH)
    .map(([token]) => token);
}
