import { earliestDay, latestDay, parsePartialDateKey } from '../domain/projects/period.ts';
import { dayNumber } from './columns.ts';
import { type FacetData, LIST_FIELDS, type ListField, NO_DAY } from './facet-index.ts';
import { FACETS, type Facet, type SearchQuery, SOURCES, STATUSES } from './search.ts';

/** What full text found: project ids and, when ranking was asked for, a score for each. */
export interface TextHits {
  ids: Int32Array;
  scores: Float64Array | null;
}

/** The filtered set: its slots (in no order), per-slot scores, counts and sums. */
export interface Evaluation {
  slots: Int32Array;
  /** Score of each slot in `slots` (same positions), when the text was ranked. */
  scores: Float64Array | null;
  counts: Record<Facet, Map<string, number>>;
  budgetSums: { currency: string; cents: number }[];
}

/** 0 no dates, 1 planned, 2 ongoing, 3 completed: the same rule as `projectStatus`. */
function statusCode(start: number, end: number, today: number): number {
  if (start === NO_DAY && end === NO_DAY) return 0;
  if (start !== NO_DAY && start > today) return 1;
  if (end !== NO_DAY && end < today) return 3;
  return 2;
}

function flags(size: number, picked: number[]): Uint8Array {
  const out = new Uint8Array(Math.max(1, size));
  for (const p of picked) if (p >= 0 && p < size) out[p] = 1;
  return out;
}

/** The slots of the text's hits (with their scores), or of every live project. */
function candidateSlots(data: FacetData, text: TextHits | null) {
  const slotOfId = data.slotOfId;
  if (!text) {
    const alive = data.alive;
    const slotCount = data.slotCount;
    const cand = new Int32Array(data.liveCount);
    let n = 0;
    for (let s = 0; s < slotCount; s++) if (alive[s]) cand[n++] = s;
    return { cand, scores: null, count: n };
  }
  const ids = text.ids;
  const textScores = text.scores;
  const cand = new Int32Array(ids.length);
  const scores = textScores ? new Float64Array(ids.length) : null;
  const known = slotOfId.length;
  let n = 0;
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i]!;
    const s = id < known ? slotOfId[id]! : -1;
    if (s < 0) continue;
    if (scores) scores[n] = textScores![i]!;
    cand[n++] = s;
  }
  return { cand, scores, count: n };
}

/** In `fail`: 0 passed every facet filter, k + 1 failed only facet k, TWO_OR_MORE failed more. */
const TWO_OR_MORE = 255; // tallyCandidates skips these by the same number

function markFailure(fail: Uint8Array, i: number, code: number): void {
  fail[i] = fail[i] === 0 ? code : TWO_OR_MORE;
}

/** True when one of the slot's values (compressed-row lists) is selected. */
function anySelected(off: Int32Array, items: Int32Array, s: number, selected: Uint8Array) {
  for (let j = off[s]!, e = off[s + 1]!; j < e; j++) if (selected[items[j]!]) return true;
  return false;
}

/**
 * Applies the query's filters to the candidates (the text's hits, or every live project) and
 * counts every facet the disjunctive way: a project failing exactly one facet's filter still
 * counts for that facet, so each facet's counts ignore only its own selection. One small loop
 * per filter and per facet over typed arrays, rather than one loop doing everything: at a
 * million candidates each stays monomorphic and allocation-free.
 */
export function evaluate(
  data: FacetData,
  query: SearchQuery,
  today: string,
  text: TextHits | null,
  /** The evaluation of no text and no filter for `today`, when known: see denseText(). */
  base: Evaluation | null = null,
  /**
   * One facet's counts when already known: with only that facet filtered, they are the counts
   * of the same query without its filter. The candidates failing it are then not visited.
   */
  borrowed: { facet: Facet; counts: Map<string, number> } | null = null,
): Evaluation {
  const todayDay = dayNumber(today);
  const start = data.start.data;
  const end = data.end.data;
  const source = data.source.data;
  const bOff = data.budgetOffsets.data;
  const bCur = data.budgetCurrency.data;
  const bCents = data.budgetCents.data;
  const currencyCount = Math.max(1, data.currencies.values.length);

  const from = parsePartialDateKey(query.activeFrom);
  const to = parsePartialDateKey(query.activeTo);
  const fromDay = from ? dayNumber(earliestDay(from)) : null;
  const toDay = to ? dayNumber(latestDay(to)) : null;
  const budgetCurrency = data.currencies.find(query.budgetCurrency);
  const minCents = query.budgetMinCents;
  const maxCents = query.budgetMaxCents;
  const budgetActive = minCents !== null || maxCents !== null;
  const periodActive = fromDay !== null || toDay !== null;

  // 1. Candidates: the text's hits (or every live project) mapped to slots, then the filters
  //    that are not facets (period, budget range), in place.
  const { cand, scores: candScores, count } = candidateSlots(data, text);
  let n = 0;
  for (let i = 0; i < count; i++) {
    const s = cand[i]!;
    if (periodActive) {
      const st = start[s]!;
      const en = end[s]!;
      if (st === NO_DAY && en === NO_DAY) continue;
      if (toDay !== null && st !== NO_DAY && st > toDay) continue;
      if (fromDay !== null && en !== NO_DAY && en < fromDay) continue;
    }
    if (budgetActive) {
      let cents = -1;
      for (let j = bOff[s]!; j < bOff[s + 1]!; j++)
        if (bCur[j] === budgetCurrency) cents = bCents[j]!;
      if (cents < 0) continue;
      if (minCents !== null && cents < minCents) continue;
      if (maxCents !== null && cents > maxCents) continue;
    }
    if (candScores) candScores[n] = candScores[i]!;
    cand[n++] = s;
  }

  // 2. Which facet filters each candidate fails.
  const fail = new Uint8Array(n);
  const code = (facet: Facet) =>
    facet === borrowed?.facet ? TWO_OR_MORE : FACETS.indexOf(facet) + 1;
  for (const field of LIST_FIELDS) {
    if (query.filters[field].length === 0) continue;
    const { dict, column } = data.lists[field];
    const selected = flags(
      dict.values.length,
      query.filters[field].map((v) => dict.find(v)),
    );
    const off = column.offsets.data;
    const items = column.items.data;
    const c = code(field);
    for (let i = 0; i < n; i++) {
      if (!anySelected(off, items, cand[i]!, selected)) markFailure(fail, i, c);
    }
  }
  if (query.filters.status.length > 0) {
    const selected = flags(
      4,
      query.filters.status.map((s) => STATUSES.indexOf(s as never) + 1),
    );
    const c = code('status');
    for (let i = 0; i < n; i++) {
      const s = cand[i]!;
      if (!selected[statusCode(start[s]!, end[s]!, todayDay)]) markFailure(fail, i, c);
    }
  }
  if (query.filters.source.length > 0) {
    const selected = flags(
      SOURCES.length,
      query.filters.source.map((s) => SOURCES.indexOf(s as never)),
    );
    const c = code('source');
    for (let i = 0; i < n; i++) if (!selected[source[cand[i]!]!]) markFailure(fail, i, c);
  }
  if (query.filters.currency.length > 0) {
    const selected = flags(
      data.currencies.values.length,
      query.filters.currency.map((v) => data.currencies.find(v)),
    );
    const c = code('currency');
    for (let i = 0; i < n; i++) {
      if (!anySelected(bOff, bCur, cand[i]!, selected)) markFailure(fail, i, c);
    }
  }

  const filtered = periodActive || budgetActive || FACETS.some((f) => query.filters[f].length > 0);
  if (base && !filtered && n * 2 > data.liveCount) {
    return denseText(data, base, cand.slice(0, n), candScores?.slice(0, n) ?? null, todayDay);
  }

  // 3. The filtered set, its budget sums, and each facet's counts over the candidates that
  //    fail nothing or only that facet: one fused pass, the hottest loop of a search.
  const lists = LIST_FIELDS.map((field) => data.lists[field]);
  const tally = tallyCandidates(
    cand.subarray(0, n),
    candScores,
    fail,
    lists.map((l) => l.column.offsets.data),
    lists.map((l) => l.column.items.data),
    lists.map((l) => l.column.single.data),
    lists.map((l) => l.dict.values.length),
    { start, end, source, bOff, bCur, bCents, todayDay, currencyCount },
  );
  const { slots, scores, listCounts, statusCounts, sourceCounts, currencyCounts, sums } = tally;
  const toMap = (values: readonly string[], counts: Int32Array, offset = 0) => {
    const map = new Map<string, number>();
    values.forEach((v, i) => {
      map.set(v, counts[i + offset] ?? 0);
    });
    return map;
  };
  const counts = {} as Record<Facet, Map<string, number>>;
  for (const field of LIST_FIELDS) {
    const { dict } = data.lists[field];
    counts[field as ListField] = toMap(dict.values, listCounts[LIST_FIELDS.indexOf(field)]!);
  }
  counts.status = toMap(STATUSES, statusCounts, 1);
  counts.source = toMap(SOURCES, sourceCounts);
  counts.currency = toMap(data.currencies.values, currencyCounts);
  if (borrowed) counts[borrowed.facet] = new Map(borrowed.counts);
  const budgetSums = data.currencies.values
    .map((currency, i) => ({ currency, cents: sums[i]! }))
    .filter((b) => b.cents > 0)
    .sort((a, b) => b.cents - a.cents || a.currency.localeCompare(b.currency));
  return { slots, scores, counts, budgetSums };
}

/**
 * A text that most projects contain, and no filter: its counts are the catalogue's less those
 * of the projects without it, which are fewer to count (a fifth, for "project" or "law").
 */
function denseText(
  data: FacetData,
  base: Evaluation,
  slots: Int32Array,
  scores: Float64Array | null,
  todayDay: number,
): Evaluation {
  const slotCount = data.slotCount;
  const alive = data.alive;
  const hit = new Uint8Array(slotCount);
  for (let i = 0; i < slots.length; i++) hit[slots[i]!] = 1;
  const others = new Int32Array(data.liveCount - slots.length);
  let k = 0;
  for (let s = 0; s < slotCount; s++) if (alive[s] && !hit[s]) others[k++] = s;
  const lists = LIST_FIELDS.map((field) => data.lists[field]);
  const t = tallyCandidates(
    others.subarray(0, k),
    null,
    new Uint8Array(k),
    lists.map((l) => l.column.offsets.data),
    lists.map((l) => l.column.items.data),
    lists.map((l) => l.column.single.data),
    lists.map((l) => l.dict.values.length),
    {
      start: data.start.data,
      end: data.end.data,
      source: data.source.data,
      bOff: data.budgetOffsets.data,
      bCur: data.budgetCurrency.data,
      bCents: data.budgetCents.data,
      todayDay,
      currencyCount: Math.max(1, data.currencies.values.length),
    },
  );
  const less = (from: Map<string, number>, values: readonly string[], by: Int32Array, offset = 0) =>
    new Map(values.map((v, i) => [v, (from.get(v) ?? 0) - (by[i + offset] ?? 0)]));
  const counts = {} as Record<Facet, Map<string, number>>;
  LIST_FIELDS.forEach((field, i) => {
    counts[field] = less(base.counts[field], data.lists[field].dict.values, t.listCounts[i]!);
  });
  counts.status = less(base.counts.status, STATUSES, t.statusCounts, 1);
  counts.source = less(base.counts.source, SOURCES, t.sourceCounts);
  counts.currency = less(base.counts.currency, data.currencies.values, t.currencyCounts);
  const baseSums = new Map(base.budgetSums.map((b) => [b.currency, b.cents]));
  const budgetSums = data.currencies.values
    .map((currency, i) => ({ currency, cents: (baseSums.get(currency) ?? 0) - t.sums[i]! }))
    .filter((b) => b.cents > 0)
    .sort((a, b) => b.cents - a.cents || a.currency.localeCompare(b.currency));
  return { slots, scores, counts, budgetSums };
}

interface SlotColumns {
  start: Int32Array;
  end: Int32Array;
  source: Int32Array;
  bOff: Int32Array;
  bCur: Int32Array;
  bCents: Float64Array;
  todayDay: number;
  currencyCount: number;
}

// Failure codes as evaluate() assigns them: facet k (in FACETS order) fails as k + 1.
const LIST_CODE = LIST_FIELDS.map((f) => FACETS.indexOf(f) + 1);
const STATUS_CODE = FACETS.indexOf('status') + 1;
const SOURCE_CODE = FACETS.indexOf('source') + 1;
const CURRENCY_CODE = FACETS.indexOf('currency') + 1;

/**
 * Counts, sums and the kept slots in one pass over the candidates. The four list fields are
 * spelled out rather than looped over: at a million candidates an inner loop over field
 * objects costs more than the counting itself.
 */
function tallyCandidates(
  cand: Int32Array,
  candScores: Float64Array | null,
  fail: Uint8Array,
  off: Int32Array[],
  items: Int32Array[],
  singles: Int32Array[],
  sizes: number[],
  c: SlotColumns,
) {
  const n = cand.length;
  const [off0, off1, off2, off3] = off as [Int32Array, Int32Array, Int32Array, Int32Array];
  const [it0, it1, it2, it3] = items as [Int32Array, Int32Array, Int32Array, Int32Array];
  const [one0, one1, one2, one3] = singles as [Int32Array, Int32Array, Int32Array, Int32Array];
  const [code0, code1, code2, code3] = LIST_CODE as [number, number, number, number];
  const n0 = new Int32Array(Math.max(1, sizes[0]!));
  const n1 = new Int32Array(Math.max(1, sizes[1]!));
  const n2 = new Int32Array(Math.max(1, sizes[2]!));
  const n3 = new Int32Array(Math.max(1, sizes[3]!));
  const statusCounts = new Int32Array(4);
  const sourceCounts = new Int32Array(SOURCES.length);
  const currencyCounts = new Int32Array(c.currencyCount);
  const sums = new Float64Array(c.currencyCount);
  const { start, end, source, bOff, bCur, bCents, todayDay } = c;
  const kept = new Int32Array(n);
  const keptScores = candScores ? new Float64Array(n) : null;
  let k = 0;
  for (let i = 0; i < n; i++) {
    const f = fail[i]!;
    if (f === 255) continue;
    const s = cand[i]!;
    const all = f === 0;
    if (all) {
      kept[k] = s;
      if (keptScores) keptScores[k] = candScores![i]!;
      k++;
    }
    if (all || f === code0) {
      const v = one0[s]!;
      if (v >= 0) n0[v]!++;
      else for (let j = off0[s]!, e = off0[s + 1]!; j < e; j++) n0[it0[j]!]!++;
    }
    if (all || f === code1) {
      const v = one1[s]!;
      if (v >= 0) n1[v]!++;
      else for (let j = off1[s]!, e = off1[s + 1]!; j < e; j++) n1[it1[j]!]!++;
    }
    if (all || f === code2) {
      const v = one2[s]!;
      if (v >= 0) n2[v]!++;
      else for (let j = off2[s]!, e = off2[s + 1]!; j < e; j++) n2[it2[j]!]!++;
    }
    if (all || f === code3) {
      const v = one3[s]!;
      if (v >= 0) n3[v]!++;
      else for (let j = off3[s]!, e = off3[s + 1]!; j < e; j++) n3[it3[j]!]!++;
    }
    if (all || f === STATUS_CODE) statusCounts[statusCode(start[s]!, end[s]!, todayDay)]!++;
    if (all || f === SOURCE_CODE) sourceCounts[source[s]!]!++;
    if (all || f === CURRENCY_CODE) {
      for (let j = bOff[s]!, e = bOff[s + 1]!; j < e; j++) currencyCounts[bCur[j]!]!++;
    }
    if (all) for (let j = bOff[s]!, e = bOff[s + 1]!; j < e; j++) sums[bCur[j]!]! += bCents[j]!;
  }
  return {
    slots: kept.slice(0, k),
    scores: keptScores ? keptScores.slice(0, k) : null,
    listCounts: [n0, n1, n2, n3],
    statusCounts,
    sourceCounts,
    currencyCounts,
    sums,
  };
}
