import { type FacetData, NO_DAY } from './facet-index.ts';
import type { SortDirection, SortKey } from './search.ts';

/**
 * A total order of all slots for one sort key: `rank[slot]` is the slot's place ascending,
 * projects without a value after all others, ties by project id. Built once per data
 * generation and key, then every query's page is a walk or a small sort over it.
 */
export interface SlotOrder {
  order: Int32Array;
  rank: Int32Array;
  /** Position in `order` where the slots without a value begin. */
  nullsFrom: number;
}

const cache = new WeakMap<FacetData, { generation: number; orders: Map<string, SlotOrder> }>();

function build(data: FacetData, key: (slot: number) => number | string | null): SlotOrder {
  const n = data.slotCount;
  const ids = data.projectId.data;
  const keys: (number | string | null)[] = new Array(n);
  for (let s = 0; s < n; s++) keys[s] = data.alive[s] ? key(s) : null;
  const order = new Int32Array(n);
  for (let s = 0; s < n; s++) order[s] = s;
  order.sort((a, b) => {
    const ka = keys[a]!;
    const kb = keys[b]!;
    if (ka === null || kb === null) {
      if (ka !== kb) return ka === null ? 1 : -1;
    } else if (ka !== kb) return ka < kb ? -1 : 1;
    return ids[a]! - ids[b]!;
  });
  const rank = new Int32Array(n);
  let nullsFrom = n;
  for (let i = 0; i < n; i++) {
    rank[order[i]!] = i;
    if (nullsFrom === n && keys[order[i]!] === null) nullsFrom = i;
  }
  return { order, rank, nullsFrom };
}

/** The order of all slots by `sort` (not relevance); budgets in `currency`. */
export function slotOrder(data: FacetData, sort: Exclude<SortKey, 'relevance'>, currency: string) {
  let entry = cache.get(data);
  if (!entry || entry.generation !== data.generation) {
    entry = { generation: data.generation, orders: new Map() };
    cache.set(data, entry);
  }
  const name = sort === 'budget' ? `budget:${currency}` : sort;
  const found = entry.orders.get(name);
  if (found) return found;
  const start = data.start.data;
  const end = data.end.data;
  let order: SlotOrder;
  if (sort === 'start') order = build(data, (s) => (start[s] === NO_DAY ? null : start[s]!));
  else if (sort === 'end') order = build(data, (s) => (end[s] === NO_DAY ? null : end[s]!));
  else if (sort === 'updated') order = build(data, (s) => data.updated.data[s]!);
  else if (sort === 'title') order = build(data, (s) => data.titles[s]!.toLocaleLowerCase());
  else {
    const cur = data.currencies.find(currency);
    const off = data.budgetOffsets.data;
    order = build(data, (s) => {
      for (let j = off[s]!; j < off[s + 1]!; j++) {
        if (data.budgetCurrency.data[j] === cur) return data.budgetCents.data[j]!;
      }
      return null;
    });
  }
  entry.orders.set(name, order);
  return order;
}

/** The place of a slot in the wanted direction: smaller comes first; no-value slots last. */
function directedRank(o: SlotOrder, slot: number, direction: SortDirection): number {
  const r = o.rank[slot]!;
  if (direction === 'asc') return r;
  return r < o.nullsFrom ? o.nullsFrom - 1 - r : r;
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
    const sorted = Int32Array.from(slots).sort(
      (a, b) => directedRank(o, a, direction) - directedRank(o, b, direction),
    );
    return Array.from(sorted.subarray(offset, wanted));
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

/** One page by relevance: highest score first, ties by the start order (newest first). */
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
