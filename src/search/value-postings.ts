import { type FacetData, LIST_FIELDS, type ListField } from './facet-index.ts';
import type { Facet } from './search.ts';

/** Above this many projects changed since the lists were built, they are built again. */
const MAX_STALE = 20_000;

/**
 * The project ids of each value of a list field, value after value (compressed-row style:
 * value v's ids are `ids[offsets[v]] … ids[offsets[v + 1] - 1]`), as of `generation`.
 */
interface Postings {
  generation: number;
  offsets: Int32Array;
  ids: Int32Array;
  /** For budgets (by currency): each line's cents, beside its id. */
  cents: Float64Array | null;
}

const caches = new WeakMap<FacetData, Map<ListField | 'budget', Postings>>();

function isList(facet: Facet): facet is ListField {
  return (LIST_FIELDS as readonly string[]).includes(facet);
}

function build(data: FacetData, field: ListField): Postings {
  const { dict, column } = data.lists[field];
  const off = column.offsets.data;
  const items = column.items.data;
  const offsets = new Int32Array(dict.values.length + 1);
  for (let s = 0; s < data.slotCount; s++) {
    if (!data.alive[s]) continue;
    for (let j = off[s]!; j < off[s + 1]!; j++) offsets[items[j]! + 1]!++;
  }
  for (let v = 0; v < dict.values.length; v++) offsets[v + 1]! += offsets[v]!;
  const ids = new Int32Array(offsets[dict.values.length]!);
  const next = offsets.slice(0, dict.values.length);
  const projectId = data.projectId.data;
  for (let s = 0; s < data.slotCount; s++) {
    if (!data.alive[s]) continue;
    for (let j = off[s]!; j < off[s + 1]!; j++) ids[next[items[j]!]!++] = projectId[s]!;
  }
  return { generation: data.generation, offsets, ids, cents: null };
}

/** The headline budget lines by currency: each line's project id and cents. */
function buildBudgets(data: FacetData): Postings {
  const off = data.budgetOffsets.data;
  const currency = data.budgetCurrency.data;
  const cents = data.budgetCents.data;
  const count = data.currencies.values.length;
  const offsets = new Int32Array(count + 1);
  for (let s = 0; s < data.slotCount; s++) {
    if (!data.alive[s]) continue;
    for (let j = off[s]!; j < off[s + 1]!; j++) offsets[currency[j]! + 1]!++;
  }
  for (let v = 0; v < count; v++) offsets[v + 1]! += offsets[v]!;
  const ids = new Int32Array(offsets[count]!);
  const amounts = new Float64Array(offsets[count]!);
  const next = offsets.slice(0, count);
  const projectId = data.projectId.data;
  for (let s = 0; s < data.slotCount; s++) {
    if (!data.alive[s]) continue;
    for (let j = off[s]!; j < off[s + 1]!; j++) {
      const at = next[currency[j]!]!++;
      ids[at] = projectId[s]!;
      amounts[at] = cents[j]!;
    }
  }
  return { generation: data.generation, offsets, ids, cents: amounts };
}

/**
 * The ids per value of a list field with many values (donors, implementers), for counting
 * over a large set: a value's count is the number of its ids whose bit is set, a pass over
 * the field's memberships with the set's bits (125 KB at a million projects) in cache, where
 * visiting each project of the set would cost a memory load per project. Null when not built
 * and `allowBuild` is false.
 */
export function valuePostings(
  data: FacetData,
  facet: Facet | 'budget',
  allowBuild: boolean,
): { postings: Postings; stale: number[] } | null {
  if (facet !== 'budget' && !isList(facet)) return null;
  let cache = caches.get(data);
  if (!cache) {
    cache = new Map();
    caches.set(data, cache);
  }
  let postings = cache.get(facet);
  const stale = postings ? data.changedSince(postings.generation) : null;
  if (!postings || !stale || stale.length > MAX_STALE) {
    if (!allowBuild) return null;
    postings = facet === 'budget' ? buildBudgets(data) : build(data, facet);
    cache.set(facet, postings);
    return { postings, stale: [] };
  }
  return { postings, stale };
}

/** How many ids the lists hold: the cost of counting with them. */
export function postingsSize(p: { postings: Postings }): number {
  return p.postings.ids.length;
}

/**
 * Counts each value over the set (bits by id) into `into` (by value id): from the lists,
 * with the projects changed since they were built counted from their current values instead.
 */
export function countByPostings(
  data: FacetData,
  facet: ListField,
  set: Uint32Array,
  { postings, stale }: { postings: Postings; stale: number[] },
  into: Int32Array,
): void {
  const { offsets, ids } = postings;
  const n = set.length;
  const skip = stale.length > 0 ? bitsOf(stale, n) : null;
  for (let v = 0; v < offsets.length - 1 && v < into.length; v++) {
    let count = 0;
    for (let j = offsets[v]!, e = offsets[v + 1]!; j < e; j++) {
      const id = ids[j]!;
      const w = id >>> 5;
      const bit = 1 << (id & 31);
      if (w < n && (set[w]! & bit) !== 0 && (skip === null || (skip[w]! & bit) === 0)) count++;
    }
    into[v] = count;
  }
  const { offsets: off, items } = data.lists[facet].column;
  for (const s of liveSlotsIn(data, set, stale)) {
    for (let j = off.data[s]!; j < off.data[s + 1]!; j++) {
      const v = items.data[j]!;
      if (v < into.length) into[v]!++;
    }
  }
}

/** The ids as bits, in `n` words. */
function bitsOf(ids: number[], n: number): Uint32Array {
  const out = new Uint32Array(n);
  for (const id of ids) if (id >>> 5 < n) out[id >>> 5]! |= 1 << (id & 31);
  return out;
}

/** The current slots of those of `ids` that are live and in the set. */
function liveSlotsIn(data: FacetData, set: Uint32Array, ids: number[]): number[] {
  const out: number[] = [];
  for (const id of ids) {
    const w = id >>> 5;
    if (w >= set.length || (set[w]! & (1 << (id & 31))) === 0) continue;
    const s = id < data.slotOfId.length ? data.slotOfId[id]! : -1;
    if (s >= 0) out.push(s);
  }
  return out;
}

/**
 * Sums the headline budgets of the set (bits by id) per currency into `sums` (by currency id),
 * from the budget lines by currency: the projects changed since they were built are summed
 * from their current lines instead.
 */
export function sumByPostings(
  data: FacetData,
  set: Uint32Array,
  { postings, stale }: { postings: Postings; stale: number[] },
  sums: Float64Array,
): void {
  const { offsets, ids } = postings;
  const cents = postings.cents!;
  const n = set.length;
  const skip = stale.length > 0 ? bitsOf(stale, n) : null;
  for (let v = 0; v < offsets.length - 1 && v < sums.length; v++) {
    let sum = 0;
    for (let j = offsets[v]!, e = offsets[v + 1]!; j < e; j++) {
      const id = ids[j]!;
      const w = id >>> 5;
      const bit = 1 << (id & 31);
      if (w < n && (set[w]! & bit) !== 0 && (skip === null || (skip[w]! & bit) === 0)) {
        sum += cents[j]!;
      }
    }
    sums[v] = sum;
  }
  for (const s of liveSlotsIn(data, set, stale)) {
    for (let j = data.budgetOffsets.data[s]!; j < data.budgetOffsets.data[s + 1]!; j++) {
      const c = data.budgetCurrency.data[j]!;
      if (c < sums.length) sums[c]! += data.budgetCents.data[j]!;
    }
  }
}

/**
 * The live projects holding one of the values (ids, by `codes`), as bits in `n` words: from the
 * lists, the projects changed since they were built tested by `test` on their current slot.
 */
export function bitsFromPostings(
  data: FacetData,
  { postings, stale }: { postings: Postings; stale: number[] },
  codes: number[],
  test: (slot: number) => boolean,
  n: number,
): Uint32Array {
  const out = new Uint32Array(n);
  const { offsets, ids } = postings;
  for (const v of codes) {
    if (v + 1 >= offsets.length) continue;
    for (let j = offsets[v]!, e = offsets[v + 1]!; j < e; j++) {
      const id = ids[j]!;
      out[id >>> 5]! |= 1 << (id & 31);
    }
  }
  for (const id of stale) {
    const s = id < data.slotOfId.length ? data.slotOfId[id]! : -1;
    if (s >= 0 && test(s)) out[id >>> 5]! |= 1 << (id & 31);
    else out[id >>> 5]! &= ~(1 << (id & 31));
  }
  return out;
}
