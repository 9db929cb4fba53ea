import { earliestDay, latestDay, parsePartialDateKey } from '../domain/projects/period.ts';
import {
  andInto,
  andNot,
  countAll,
  countByValue,
  countOne,
  listSlots,
  popcountAll,
} from './bit-kernels.ts';
import { dayNumber } from './columns.ts';
import { type FacetData, type ListField, NO_DAY } from './facet-index.ts';
import { FACET_INDEX, Tally } from './facet-tally.ts';
import { filterBits } from './filter-bits.ts';
import { IdSet } from './id-set.ts';
import { FACETS, type Facet, type SearchQuery } from './search.ts';
import { valueBits } from './value-bits.ts';
import { countByPostings, postingsSize, sumByPostings, valuePostings } from './value-postings.ts';

/**
 * What full text found: the matching project ids as bits and, when ranked, a score for each:
 * the engine's scores for few hits, else 1 for the hits in `titles` and 0 for the others.
 */
export interface TextHits {
  set: IdSet;
  scores: Map<number, number> | null;
  titles: IdSet | null;
}

/** Text hits from a list of ids and, when ranked, their scores (same positions). */
export function textHitsOf(ids: Int32Array, scores: Float64Array | null): TextHits {
  if (!scores) return { set: IdSet.of(ids), scores: null, titles: null };
  const score = new Map<number, number>();
  for (let i = 0; i < ids.length; i++) score.set(ids[i]!, scores[i]!);
  return { set: IdSet.of(ids), scores: score, titles: null };
}

/** The filtered set: its slots, how to rank them, counts and sums. */
export interface Evaluation {
  /** The result's slots; with `titled`, its title hits first (each part in no order). */
  slots: Int32Array;
  /** The engine's score of each slot in `slots` (same positions), for few ranked hits. */
  scores: Float64Array | null;
  /** For many ranked hits: how many of `slots`, at the front, have the text in the title. */
  titled: number | null;
  counts: Record<Facet, Map<string, number>>;
  budgetSums: { currency: string; cents: number }[];
}

/** Candidates this share of the catalogue or fewer are "few" (see filterBits). */
const FEW_SHARE = 32;

/**
 * The live projects the text matches (all when there is no text) that pass the filters that
 * are not facets (period, budget range), as bits by project id.
 */
function candidateBits(data: FacetData, query: SearchQuery, text: TextHits | null): Uint32Array {
  const live = data.liveBits;
  const cand = new Uint32Array(live.length);
  if (text) {
    const t = text.set.words;
    for (let i = 0, n = Math.min(live.length, t.length); i < n; i++) cand[i] = live[i]! & t[i]!;
  } else cand.set(live);

  const from = parsePartialDateKey(query.activeFrom);
  const to = parsePartialDateKey(query.activeTo);
  const fromDay = from ? dayNumber(earliestDay(from)) : null;
  const toDay = to ? dayNumber(latestDay(to)) : null;
  const minCents = query.budgetMinCents;
  const maxCents = query.budgetMaxCents;
  const periodActive = fromDay !== null || toDay !== null;
  const budgetActive = minCents !== null || maxCents !== null;
  if (!periodActive && !budgetActive) return cand;

  const start = data.start.data;
  const end = data.end.data;
  const bOff = data.budgetOffsets.data;
  const bCur = data.budgetCurrency.data;
  const bCents = data.budgetCents.data;
  const budgetCurrency = data.currencies.find(query.budgetCurrency);
  const passes = (s: number) => {
    if (periodActive) {
      const st = start[s]!;
      const en = end[s]!;
      if (st === NO_DAY && en === NO_DAY) return false;
      if (toDay !== null && st !== NO_DAY && st > toDay) return false;
      if (fromDay !== null && en !== NO_DAY && en < fromDay) return false;
    }
    if (budgetActive) {
      let cents = -1;
      for (let j = bOff[s]!; j < bOff[s + 1]!; j++)
        if (bCur[j] === budgetCurrency) cents = bCents[j]!;
      if (cents < 0) return false;
      if (minCents !== null && cents < minCents) return false;
      if (maxCents !== null && cents > maxCents) return false;
    }
    return true;
  };
  const slotOfId = data.slotOfId;
  for (let w = 0; w < cand.length; w++) {
    let x = cand[w]! | 0;
    while (x !== 0) {
      const low = x & -x;
      if (!passes(slotOfId[(w << 5) + 31 - Math.clz32(low)]!)) cand[w]! &= ~low;
      x ^= low;
    }
  }
  return cand;
}

/**
 * Applies the query's filters to the candidates (the text's hits, or every live project) and
 * counts every facet the disjunctive way: a project failing exactly one facet's filter still
 * counts for that facet, so each facet's counts ignore only its own selection.
 *
 * Everything is bits by project id, 32 projects a word: each facet filter is a cached bit set
 * of the projects passing it (filter-bits.ts), so which candidates pass all filters, or fail
 * only one, is a few word operations per 32 projects, and only those are visited to be counted.
 * Candidates failing two filters or more, most of them when filters are selective, cost nothing.
 */
export function evaluate(
  data: FacetData,
  query: SearchQuery,
  today: string,
  text: TextHits | null,
  /** The evaluation of no text and no filter for `today`, when known: see countOthers(). */
  base: Evaluation | null = null,
  /**
   * One facet's counts when already known: with only that facet filtered, they are the counts
   * of the same query without its filter. The candidates failing it are then not visited.
   */
  borrowed: { facet: Facet; counts: Map<string, number> } | null = null,
): Evaluation {
  const cand = candidateBits(data, query, text);
  const facets = FACETS.filter((f) => query.filters[f].length > 0);

  const size = popcountAll(cand);
  if (facets.length === 0 && base && size * 2 > data.liveCount) {
    return countOthers(data, base, cand, text, today);
  }

  // Few candidates are tested against a filter not yet kept rather than the whole catalogue.
  const few = size * FEW_SHARE < data.liveCount ? cand : null;
  const bits = facets.map((f) => filterBits(data, f, query.filters[f], today, few));
  const all = Uint32Array.from(cand);
  for (const b of bits) andInto(all, b);
  const tally = countSets(data, today, cand, all, facets, bits, borrowed?.facet ?? null);
  const counts = tally.counts();
  if (borrowed) counts[borrowed.facet] = new Map(borrowed.counts);
  return { ...resultOf(data, all, text), counts, budgetSums: tally.budgetSums() };
}

/**
 * Counts every facet but `skip`, and sums the budgets of `all`. A facet's counts are over the
 * candidates that pass every other facet's filter: for an unfiltered facet, `all` itself. Each
 * set is counted the cheapest exact way: from the values' bits when the set is large and the
 * values few, from the values' id lists when large and the values many, else by visiting its
 * projects.
 */
function countSets(
  data: FacetData,
  today: string,
  cand: Uint32Array,
  all: Uint32Array,
  facets: Facet[],
  bits: Uint32Array[],
  skip: Facet | null,
): Tally {
  const tally = new Tally(data, today);
  let visitMask = 0;
  for (const facet of FACETS) {
    if (facet === skip) continue;
    const i = facets.indexOf(facet);
    let set = all;
    if (i >= 0) {
      set = Uint32Array.from(cand);
      bits.forEach((other, j) => {
        if (j !== i) andInto(set, other);
      });
    }
    const size = popcountAll(set);
    // Building a facet's bits is one visit to every project: worth it for a large set.
    const byValue = valueBits(data, facet, today, size * 4 > data.liveCount);
    const lists = byValue ? null : valuePostings(data, facet, size * 4 > data.liveCount);
    if (byValue && size * BIT_COUNT_RATIO > byValue.length * set.length) {
      countByValue(set, byValue, tally.countsOf(FACET_INDEX[facet]));
    } else if (lists && size * POSTING_RATIO > postingsSize(lists)) {
      countByPostings(data, facet as ListField, set, lists, tally.countsOf(FACET_INDEX[facet]));
    } else if (i >= 0) countOne(set, data.slotOfId, tally, FACET_INDEX[facet]);
    else visitMask |= 1 << FACET_INDEX[facet];
  }
  const allSize = popcountAll(all);
  const budgets = valuePostings(data, 'budget', allSize * 4 > data.liveCount);
  const summed = budgets !== null && allSize * POSTING_RATIO > postingsSize(budgets);
  if (summed) sumByPostings(data, all, budgets, tally.sums);
  tally.visiting(visitMask, !summed);
  if (visitMask !== 0 || !summed) countAll(all, data.slotOfId, tally);
  return tally;
}

/**
 * The result's slots and ranking: for many ranked hits, the title hits first (two lists from
 * bits, no per-hit score); for few, the engine's scores; else the slots alone.
 */
function resultOf(
  data: FacetData,
  all: Uint32Array,
  text: TextHits | null,
): Pick<Evaluation, 'slots' | 'scores' | 'titled'> {
  const titles = text?.titles;
  if (titles) {
    const top = Uint32Array.from(all);
    andInto(top, titles.words);
    const rest = andNot(all, titles.words);
    const topSize = popcountAll(top);
    const slots = new Int32Array(topSize + popcountAll(rest));
    slots.set(listSlots(top, data.slotOfId, topSize));
    slots.set(listSlots(rest, data.slotOfId, slots.length - topSize), topSize);
    return { slots, scores: null, titled: topSize };
  }
  const slots = listSlots(all, data.slotOfId, popcountAll(all));
  const scores = text?.scores;
  if (!scores) return { slots, scores: null, titled: null };
  const ids = data.projectId.data;
  return { slots, scores: Float64Array.from(slots, (s) => scores.get(ids[s]!) ?? 0), titled: null };
}

/**
 * Counting a value from bits costs a word operation per 32 projects of the catalogue; visiting
 * a project costs about this many word operations (scattered loads, mispredicted branches).
 */
const BIT_COUNT_RATIO = 12;
/** The same for counting a value's id in a list of ids against the set's bits. */
const POSTING_RATIO = 30;

/**
 * A text most projects contain, and no filter: its counts are the catalogue's less those of
 * the projects without it, which are fewer to count (a fifth, for "project" or "law").
 */
function countOthers(
  data: FacetData,
  base: Evaluation,
  cand: Uint32Array,
  text: TextHits | null,
  today: string,
): Evaluation {
  const others = andNot(data.liveBits, cand);
  const less = countSets(data, today, others, others, [], [], null);
  const lessCounts = less.counts();
  const counts = {} as Record<Facet, Map<string, number>>;
  for (const facet of FACETS) {
    counts[facet] = new Map(
      [...base.counts[facet]].map(([v, c]) => [v, c - (lessCounts[facet].get(v) ?? 0)]),
    );
  }
  const othersSums = new Map(less.budgetSums().map((b) => [b.currency, b.cents]));
  const budgetSums = base.budgetSums
    .map((b) => ({ currency: b.currency, cents: b.cents - (othersSums.get(b.currency) ?? 0) }))
    .filter((b) => b.cents > 0)
    .sort((a, b) => b.cents - a.cents || a.currency.localeCompare(b.currency));
  return { ...resultOf(data, cand, text), counts, budgetSums };
}
