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

const FACET_BIT: Record<Facet, number> = Object.fromEntries(
  FACETS.map((f, i) => [f, 1 << i]),
) as Record<Facet, number>;

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

/**
 * Applies the query's filters to the candidates (the text's hits, or every live project) and
 * counts every facet the disjunctive way in one pass: a project failing exactly one facet's
 * filter still counts for that facet, so each facet's counts ignore only its own selection.
 */
export function evaluate(
  data: FacetData,
  query: SearchQuery,
  today: string,
  text: TextHits | null,
): Evaluation {
  const todayDay = dayNumber(today);
  const alive = data.alive;
  const start = data.start.data;
  const end = data.end.data;
  const source = data.source.data;
  const bOff = data.budgetOffsets.data;
  const bCur = data.budgetCurrency.data;
  const bCents = data.budgetCents.data;

  const lists = LIST_FIELDS.map((field) => {
    const { dict, column } = data.lists[field];
    const wanted = query.filters[field].map((v) => dict.find(v));
    return {
      field,
      bit: FACET_BIT[field],
      active: query.filters[field].length > 0,
      selected: flags(dict.values.length, wanted),
      off: column.offsets.data,
      items: column.items.data,
      counts: new Int32Array(Math.max(1, dict.values.length)),
      values: dict.values,
    };
  });
  const statusSel = flags(
    4,
    query.filters.status.map((s) => STATUSES.indexOf(s as never) + 1),
  );
  const sourceSel = flags(
    SOURCES.length,
    query.filters.source.map((s) => SOURCES.indexOf(s as never)),
  );
  const currencySel = flags(
    data.currencies.values.length,
    query.filters.currency.map((c) => data.currencies.find(c)),
  );
  const statusCounts = new Int32Array(4);
  const sourceCounts = new Int32Array(SOURCES.length);
  const currencyCounts = new Int32Array(Math.max(1, data.currencies.values.length));
  const sums = new Float64Array(Math.max(1, data.currencies.values.length));
  const active = {
    status: query.filters.status.length > 0,
    source: query.filters.source.length > 0,
    currency: query.filters.currency.length > 0,
  };

  const from = parsePartialDateKey(query.activeFrom);
  const to = parsePartialDateKey(query.activeTo);
  const fromDay = from ? dayNumber(earliestDay(from)) : null;
  const toDay = to ? dayNumber(latestDay(to)) : null;
  const budgetCurrency = data.currencies.find(query.budgetCurrency);
  const minCents = query.budgetMinCents;
  const maxCents = query.budgetMaxCents;
  const budgetActive = minCents !== null || maxCents !== null;

  const out: number[] = [];
  const outScores: number[] = [];
  const textScores = text?.scores ?? null;
  const slotOfId = data.slotOfId;
  const candidateCount = text ? text.ids.length : data.slotCount;

  for (let i = 0; i < candidateCount; i++) {
    let s: number;
    if (text) {
      const id = text.ids[i]!;
      s = id < slotOfId.length ? slotOfId[id]! : -1;
      if (s < 0) continue;
    } else {
      s = i;
      if (!alive[s]) continue;
    }
    const st = start[s]!;
    const en = end[s]!;
    if (fromDay !== null || toDay !== null) {
      if (st === NO_DAY && en === NO_DAY) continue;
      if (toDay !== null && st !== NO_DAY && st > toDay) continue;
      if (fromDay !== null && en !== NO_DAY && en < fromDay) continue;
    }
    const b0 = bOff[s]!;
    const b1 = bOff[s + 1]!;
    if (budgetActive) {
      let cents = -1;
      for (let j = b0; j < b1; j++) if (bCur[j] === budgetCurrency) cents = bCents[j]!;
      if (cents < 0) continue;
      if (minCents !== null && cents < minCents) continue;
      if (maxCents !== null && cents > maxCents) continue;
    }
    // Which facet filters fail; two failures and the project counts nowhere.
    let failed = 0;
    let failures = 0;
    for (const l of lists) {
      if (!l.active) continue;
      let hit = false;
      for (let j = l.off[s]!, e = l.off[s + 1]!; j < e; j++) {
        if (l.selected[l.items[j]!]) {
          hit = true;
          break;
        }
      }
      if (!hit) {
        failed = l.bit;
        if (++failures > 1) break;
      }
    }
    if (failures > 1) continue;
    const status = statusCode(st, en, todayDay);
    if (active.status && !statusSel[status]) {
      failed = FACET_BIT.status;
      if (++failures > 1) continue;
    }
    const src = source[s]!;
    if (active.source && !sourceSel[src]) {
      failed = FACET_BIT.source;
      if (++failures > 1) continue;
    }
    if (active.currency) {
      let hit = false;
      for (let j = b0; j < b1; j++) if (currencySel[bCur[j]!]) hit = true;
      if (!hit) {
        failed = FACET_BIT.currency;
        if (++failures > 1) continue;
      }
    }
    const all = failures === 0;
    if (all) {
      out.push(s);
      if (textScores) outScores.push(textScores[i]!);
      for (let j = b0; j < b1; j++) sums[bCur[j]!]! += bCents[j]!;
    }
    for (const l of lists) {
      if (!all && failed !== l.bit) continue;
      for (let j = l.off[s]!, e = l.off[s + 1]!; j < e; j++) l.counts[l.items[j]!]!++;
    }
    if (all || failed === FACET_BIT.status) statusCounts[status]!++;
    if (all || failed === FACET_BIT.source) sourceCounts[src]!++;
    if (all || failed === FACET_BIT.currency) {
      for (let j = b0; j < b1; j++) currencyCounts[bCur[j]!]!++;
    }
  }

  const toMap = (values: readonly string[], counts: Int32Array, offset = 0) => {
    const map = new Map<string, number>();
    values.forEach((v, i) => {
      map.set(v, counts[i + offset] ?? 0);
    });
    return map;
  };
  const counts = {} as Record<Facet, Map<string, number>>;
  for (const l of lists) counts[l.field as ListField] = toMap(l.values, l.counts);
  counts.status = toMap(STATUSES, statusCounts, 1);
  counts.source = toMap(SOURCES, sourceCounts);
  counts.currency = toMap(data.currencies.values, currencyCounts);
  const budgetSums = data.currencies.values
    .map((currency, i) => ({ currency, cents: sums[i]! }))
    .filter((b) => b.cents > 0)
    .sort((a, b) => b.cents - a.cents || a.currency.localeCompare(b.currency));
  return {
    slots: Int32Array.from(out),
    scores: textScores ? Float64Array.from(outScores) : null,
    counts,
    budgetSums,
  };
}
