import { type FacetData, NO_DAY } from './facet-index.ts';
import type { SortDirection, SortKey } from './search.ts';

/**
 * A total order of all slots for one sort key: `rank[slot]` is the slot's place ascending,
 * projects without a value after all others, ties by project id, retired slots last. Built
 * once per key, then carried over to each new data generation (patch), and every query's page
 * is a walk or a small sort over it.
 */
export interface SlotOrder {
  order: Int32Array;
  rank: Int32Array;
  /** Position in `order` where the slots without a value begin. */
  nullsFrom: number;
  /** Position in `order` where the slots retired when it was made begin (in any order). */
  deadFrom: number;
}

const cache = new WeakMap<FacetData, Map<string, { generation: number; order: SlotOrder }>>();

/** The rank array of an order: each slot's place in it. */
function ranks(order: Int32Array): Int32Array {
  const rank = new Int32Array(order.length);
  for (let i = 0; i < order.length; i++) rank[order[i]!] = i;
  return rank;
}

/**
 * Orders slots by a numeric key (null: no value), ties by project id, with the engine's own
 * sort of a Float64Array rather than a comparator: at a million slots seconds become a tenth.
 * Keys are replaced by their rank among the distinct keys so that rank and id fit in one
 * exactly representable double.
 */
function build(data: FacetData, key: (slot: number) => number | null): SlotOrder {
  const n = data.slotCount;
  const ids = data.projectId.data;
  const keys = new Float64Array(n);
  const hasKey = new Uint8Array(n);
  let valued = 0;
  for (let s = 0; s < n; s++) {
    const k = data.alive[s] ? key(s) : null;
    if (k !== null) {
      keys[s] = k;
      hasKey[s] = 1;
      valued++;
    }
  }
  if (valued >= 2 ** 22) throw new Error('search: more distinct sort keys than build() packs');
  const distinct = new Float64Array(valued);
  for (let s = 0, i = 0; s < n; s++) if (hasKey[s]) distinct[i++] = keys[s]!;
  distinct.sort();
  const packed = new Float64Array(n);
  const dead: number[] = [];
  let v = 0;
  let u = n;
  for (let s = 0; s < n; s++) {
    // Valued slots ascending by (rank, id) at the front; live slots without a value by id at
    // the back (an id alone: id × slot would not be exact above 2^22); dead slots, whose ids
    // may belong to a live slot now, last in any order.
    if (hasKey[s]) packed[v++] = rankOf(distinct, keys[s]!) * ID_SPAN + ids[s]!;
    else if (data.alive[s]) packed[--u] = ids[s]!;
    else dead.push(s);
  }
  packed.subarray(0, valued).sort();
  packed.subarray(u).sort();
  const order = new Int32Array(n);
  for (let i = 0; i < valued; i++) order[i] = data.slotOfId[packed[i]! % ID_SPAN]!;
  let at = valued;
  for (let i = u; i < n; i++) order[at++] = data.slotOfId[packed[i]!]!;
  const deadFrom = at;
  for (const s of dead) order[at++] = s;
  return { order, rank: ranks(order), nullsFrom: valued, deadFrom };
}

/** Project ids are below 2^31; ranks below 2^22 keep rank × 2^31 + id exact. */
const ID_SPAN = 2 ** 31;

/** Position of `key` in the ascending `sorted` (which holds it), counting distinct values. */
function rankOf(sorted: Float64Array, key: number): number {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Titles by their lower case, code unit by code unit; the same ties and nulls as build(). */
function buildByTitle(data: FacetData): SlotOrder {
  const n = data.slotCount;
  const ids = data.projectId.data;
  const live: number[] = [];
  const rest: number[] = [];
  for (let s = 0; s < n; s++) (data.alive[s] ? live : rest).push(s);
  const lower = live.map((s) => data.titles[s]!.toLocaleLowerCase());
  const idx = Int32Array.from(live.keys());
  idx.sort((a, b) => {
    const ka = lower[a]!;
    const kb = lower[b]!;
    return ka < kb ? -1 : ka > kb ? 1 : ids[live[a]!]! - ids[live[b]!]!;
  });
  rest.sort((a, b) => ids[a]! - ids[b]!);
  const order = new Int32Array(n);
  let i = 0;
  for (const x of idx) order[i++] = live[x]!;
  for (const s of rest) order[i++] = s;
  return { order, rank: ranks(order), nullsFrom: live.length, deadFrom: live.length };
}

/** A sort key as `patch` needs it: which slots have a value, and how two valued slots compare. */
interface Comparison {
  has: (slot: number) => boolean;
  compare: (a: number, b: number) => number;
}

/** Above this share of slots added since, a full build is cheaper than placing each. */
const MAX_PATCH_SHARE = 1 / 8;

/**
 * `old`, made for an earlier generation of the same data, carried over to the current one.
 * Slots never change once added (a changed project gets a new slot), so the old order of the
 * slots still alive still holds: the slots added since are sorted among themselves and each
 * placed by binary search in the old order (whose retired slots keep their keys), and the
 * retired ones go last. After an edit at a million projects: milliseconds, not the second a
 * title order takes to build. Null when so much was added that a full build is cheaper.
 */
function patch(data: FacetData, old: SlotOrder, { has, compare }: Comparison): SlotOrder | null {
  const n = data.slotCount;
  const alive = data.alive;
  const ids = data.projectId.data;
  const oldOrder = old.order;
  if (n - oldOrder.length > Math.max(1024, n * MAX_PATCH_SHARE)) return null;
  const valued: number[] = [];
  const bare: number[] = [];
  for (let s = oldOrder.length; s < n; s++) if (alive[s]) (has(s) ? valued : bare).push(s);
  const byId = (a: number, b: number) => ids[a]! - ids[b]!;
  valued.sort(compare);
  bare.sort(byId);
  const order = new Int32Array(n);
  let at = 0;
  // old.order[from, to) is sorted by `cmp`: its live slots are copied with the added ones
  // merged in, each before the first old slot that is not smaller.
  const merge = (from: number, to: number, added: number[], cmp: typeof compare) => {
    let i = from;
    for (const a of added) {
      let lo = i;
      let hi = to;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (cmp(oldOrder[mid]!, a) < 0) lo = mid + 1;
        else hi = mid;
      }
      for (; i < lo; i++) if (alive[oldOrder[i]!]) order[at++] = oldOrder[i]!;
      order[at++] = a;
    }
    for (; i < to; i++) if (alive[oldOrder[i]!]) order[at++] = oldOrder[i]!;
  };
  merge(0, old.nullsFrom, valued, compare);
  const nullsFrom = at;
  merge(old.nullsFrom, old.deadFrom, bare, byId);
  const deadFrom = at;
  for (let s = 0; s < n; s++) if (!alive[s]) order[at++] = s;
  return { order, rank: ranks(order), nullsFrom, deadFrom };
}

/** The numeric key of each slot for `sort` (null: no value); budgets in `currency`. */
function numericKey(
  data: FacetData,
  sort: Exclude<SortKey, 'relevance' | 'title'>,
  currency: string,
): (slot: number) => number | null {
  const start = data.start.data;
  const end = data.end.data;
  if (sort === 'start') return (s) => (start[s] === NO_DAY ? null : start[s]!);
  if (sort === 'end') return (s) => (end[s] === NO_DAY ? null : end[s]!);
  if (sort === 'updated') return (s) => data.updated.data[s]!;
  const cur = data.currencies.find(currency);
  const off = data.budgetOffsets.data;
  return (s) => {
    for (let j = off[s]!; j < off[s + 1]!; j++) {
      if (data.budgetCurrency.data[j] === cur) return data.budgetCents.data[j]!;
    }
    return null;
  };
}

/** The comparison `build` and `buildByTitle` sort valued slots by. */
function comparison(
  data: FacetData,
  sort: Exclude<SortKey, 'relevance'>,
  currency: string,
): Comparison {
  const ids = data.projectId.data;
  if (sort === 'title') {
    const lower = (s: number) => data.titles[s]!.toLocaleLowerCase();
    return {
      has: () => true,
      compare: (a, b) => {
        const ka = lower(a);
        const kb = lower(b);
        return ka < kb ? -1 : ka > kb ? 1 : ids[a]! - ids[b]!;
      },
    };
  }
  const key = numericKey(data, sort, currency);
  return {
    has: (s) => key(s) !== null,
    compare: (a, b) => key(a)! - key(b)! || ids[a]! - ids[b]!,
  };
}

/** The order of all slots by `sort` (not relevance); budgets in `currency`. */
export function slotOrder(data: FacetData, sort: Exclude<SortKey, 'relevance'>, currency: string) {
  let orders = cache.get(data);
  if (!orders) {
    orders = new Map();
    cache.set(data, orders);
  }
  const name = sort === 'budget' ? `budget:${currency}` : sort;
  const found = orders.get(name);
  if (found?.generation === data.generation) return found.order;
  const order =
    (found && patch(data, found.order, comparison(data, sort, currency))) ??
    (sort === 'title' ? buildByTitle(data) : build(data, numericKey(data, sort, currency)));
  orders.set(name, { generation: data.generation, order });
  return order;
}

/** The place of a slot in the wanted direction: smaller comes first; no-value slots last. */
function directedRank(o: SlotOrder, slot: number, direction: SortDirection): number {
  const r = o.rank[slot]!;
  if (direction === 'asc') return r;
  return r < o.nullsFrom ? o.nullsFrom - 1 - r : r;
}

/** The inverse of directedRank: the place in `order` of the slot at directed place `d`. */
function undirected(o: SlotOrder, d: number, direction: SortDirection): number {
  return direction === 'asc' || d >= o.nullsFrom ? d : o.nullsFrom - 1 - d;
}

/** One page of `slots` in the order, without sorting all of them when they are many. */
export function pageByOrder(
  o: SlotOrder,
  slots: Int32Array,
  direction: SortDirection,
  offset: number,
  limit: number,
): number[] {
  const wanted = offset + limit;
  if (offset >= slots.length) return [];
  // Few hits: sort them. Many: walk the global order and keep those that are hits.
  if (slots.length * 16 < o.order.length || wanted > slots.length / 2) {
    // Sorting the slots' places natively, then reading the slots back from the order, beats a
    // comparator sort of the slots several times over.
    const places = new Int32Array(slots.length);
    for (let i = 0; i < slots.length; i++) places[i] = directedRank(o, slots[i]!, direction);
    places.sort();
    return Array.from(
      places.subarray(offset, wanted),
      (d) => o.order[undirected(o, d, direction)]!,
    );
  }
  const member = new Uint8Array(o.order.length);
  for (const s of slots) member[s] = 1;
  const out: number[] = [];
  let seen = 0;
  const visit = (s: number) => {
    if (!member[s]) return false;
    if (seen++ >= offset) out.push(s);
    return out.length >= limit;
  };
  const n = o.order.length;
  if (direction === 'asc') {
    for (let i = 0; i < n; i++) if (visit(o.order[i]!)) break;
  } else {
    let done = false;
    for (let i = o.nullsFrom - 1; i >= 0 && !done; i--) done = visit(o.order[i]!);
    for (let i = o.nullsFrom; i < n && !done; i++) done = visit(o.order[i]!);
  }
  return out;
}

/** One page by the engine's scores: highest first, ties by the start order (newest first). */
export function pageByScore(
  data: FacetData,
  slots: Int32Array,
  scores: Float64Array,
  offset: number,
  limit: number,
): number[] {
  const tie = slotOrder(data, 'start', 'USD');
  const idx = new Int32Array(slots.length);
  for (let i = 0; i < idx.length; i++) idx[i] = i;
  const better = (a: number, b: number) =>
    scores[b]! - scores[a]! ||
    directedRank(tie, slots[a]!, 'desc') - directedRank(tie, slots[b]!, 'desc');
  const k = offset + limit;
  if (k >= slots.length || slots.length < 4096) {
    return Array.from(idx.sort(better).subarray(offset, k), (i) => slots[i]!);
  }
  // Keep the k best in a max-heap of the worst-so-far: O(n log k), not O(n log n).
  const heap: number[] = [];
  const worse = (a: number, b: number) => better(a, b) > 0;
  const up = (i: number) => {
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (!worse(heap[i]!, heap[p]!)) break;
      [heap[i], heap[p]] = [heap[p]!, heap[i]!];
      i = p;
    }
  };
  const down = (i: number) => {
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < heap.length && worse(heap[l]!, heap[m]!)) m = l;
      if (r < heap.length && worse(heap[r]!, heap[m]!)) m = r;
      if (m === i) return;
      [heap[i], heap[m]] = [heap[m]!, heap[i]!];
      i = m;
    }
  };
  for (let i = 0; i < idx.length; i++) {
    if (heap.length < k) {
      heap.push(i);
      up(heap.length - 1);
    } else if (better(i, heap[0]!) < 0) {
      heap[0] = i;
      down(0);
    }
  }
  return heap
    .sort(better)
    .slice(offset, k)
    .map((i) => slots[i]!);
}

/**
 * One page of many ranked hits (see RANK_LIMIT): the title hits newest first, then the others
 * newest first; two walks of the start order.
 */
export function pageByTier(
  data: FacetData,
  top: Int32Array,
  rest: Int32Array,
  offset: number,
  limit: number,
): number[] {
  const tie = slotOrder(data, 'start', 'USD');
  const first = pageByOrder(tie, top, 'desc', offset, limit);
  if (first.length === limit) return first;
  const more = pageByOrder(
    tie,
    rest,
    'desc',
    Math.max(0, offset - top.length),
    limit - first.length,
  );
  return [...first, ...more];
}
