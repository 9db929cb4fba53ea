import { dayNumber } from './columns.ts';
import { type FacetData, LIST_FIELDS, type ListField, statusCode } from './facet-index.ts';
import { type Facet, SOURCES } from './search.ts';

/** Facets with more values than this are counted project by project, never by bits. */
export const MAX_VALUES = 64;
/** Above this many changed projects, a facet's bits are rebuilt rather than patched. */
const MAX_PATCH = 20_000;

interface Entry {
  generation: number;
  /** Per value code, its projects as bits by id; codes as valueCodes() gives them. */
  words: Uint32Array[];
}

const caches = new WeakMap<FacetData, Map<string, Entry>>();

/** How many value codes the facet has now (see codesOf). */
function valueCount(data: FacetData, facet: Facet): number {
  if ((LIST_FIELDS as readonly string[]).includes(facet)) {
    return data.lists[facet as ListField].dict.values.length;
  }
  if (facet === 'status') return 4;
  if (facet === 'source') return SOURCES.length;
  return data.currencies.values.length;
}

/**
 * Calls `visit` with each value code of the slot for the facet: the dictionary id of a list
 * value or a currency, the place in SOURCES, or statusCode() (1 planned … 3 completed).
 */
function codesOf(data: FacetData, facet: Facet, todayDay: number) {
  if ((LIST_FIELDS as readonly string[]).includes(facet)) {
    const column = data.lists[facet as ListField].column;
    return (s: number, visit: (code: number) => void) => {
      const off = column.offsets.data;
      const items = column.items.data;
      for (let j = off[s]!, e = off[s + 1]!; j < e; j++) visit(items[j]!);
    };
  }
  if (facet === 'status') {
    return (s: number, visit: (code: number) => void) =>
      visit(statusCode(data.start.data[s]!, data.end.data[s]!, todayDay));
  }
  if (facet === 'source') {
    return (s: number, visit: (code: number) => void) => visit(data.source.data[s]!);
  }
  return (s: number, visit: (code: number) => void) => {
    const off = data.budgetOffsets.data;
    for (let j = off[s]!, e = off[s + 1]!; j < e; j++) visit(data.budgetCurrency.data[j]!);
  };
}

/**
 * One bit set per value of a facet with few values (at most MAX_VALUES), by project id: a
 * value's count over any set of projects is then the popcount of an AND, 32 projects a word,
 * instead of a visit to each project. Built in one pass over the slots, kept, and patched with
 * the projects that changed. Null when the facet has too many values, or when it is not built
 * yet and `build` is false.
 */
export function valueBits(
  data: FacetData,
  facet: Facet,
  today: string,
  build = true,
): Uint32Array[] | null {
  const count = valueCount(data, facet);
  if (count > MAX_VALUES) return null;
  let cache = caches.get(data);
  if (!cache) {
    cache = new Map();
    caches.set(data, cache);
  }
  const key = facet === 'status' ? `status:${today}` : facet;
  const found = cache.get(key);
  if (found && found.generation === data.generation) return found.words;
  const changed = found ? data.changedSince(found.generation) : null;
  if (!found && !build) return null;
  const codes = codesOf(data, facet, dayNumber(today));
  const length = data.liveBits.length;
  const words = Array.from({ length: count }, (_, v) => {
    const out = new Uint32Array(length);
    const old = found?.words[v];
    if (old && changed && changed.length <= MAX_PATCH) out.set(old.subarray(0, length));
    return out;
  });
  if (found && changed && changed.length <= MAX_PATCH) {
    for (const id of changed) {
      const mask = ~(1 << (id & 31));
      for (const w of words) w[id >>> 5]! &= mask;
      const s = id < data.slotOfId.length ? data.slotOfId[id]! : -1;
      if (s >= 0) codes(s, (v) => set(words[v]!, id));
    }
  } else {
    const ids = data.projectId.data;
    for (let s = 0; s < data.slotCount; s++) {
      if (!data.alive[s]) continue;
      const id = ids[s]!;
      codes(s, (v) => set(words[v]!, id));
    }
  }
  cache.set(key, { generation: data.generation, words });
  // Status bits of other days are of no more use.
  if (facet === 'status')
    for (const k of cache.keys()) if (k !== key && k.startsWith('status:')) cache.delete(k);
  return words;
}

function set(words: Uint32Array, id: number): void {
  words[id >>> 5]! |= 1 << (id & 31);
}
