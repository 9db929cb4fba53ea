import { dayNumber } from './columns.ts';
import { type FacetData, LIST_FIELDS, type ListField, statusCode } from './facet-index.ts';
import { type Facet, SOURCES, STATUSES } from './search.ts';
import { valueBits } from './value-bits.ts';
import { bitsFromPostings, valuePostings } from './value-postings.ts';

function flags(size: number, picked: number[]): Uint8Array {
  const out = new Uint8Array(Math.max(1, size));
  for (const p of picked) if (p >= 0 && p < size) out[p] = 1;
  return out;
}

/** True when one of the slot's values (compressed-row lists) is selected. */
function anySelected(off: Int32Array, items: Int32Array, s: number, selected: Uint8Array) {
  for (let j = off[s]!, e = off[s + 1]!; j < e; j++) if (selected[items[j]!]) return true;
  return false;
}

/** Whether a slot passes one facet's filter (OR of its selected values). */
function slotTest(data: FacetData, facet: Facet, values: string[], today: string) {
  if ((LIST_FIELDS as readonly string[]).includes(facet)) {
    const { dict, column } = data.lists[facet as ListField];
    const selected = flags(
      dict.values.length,
      values.map((v) => dict.find(v)),
    );
    const off = column.offsets.data;
    const items = column.items.data;
    return (s: number) => anySelected(off, items, s, selected);
  }
  if (facet === 'status') {
    const selected = flags(
      4,
      values.map((v) => STATUSES.indexOf(v as never) + 1),
    );
    const todayDay = dayNumber(today);
    const start = data.start.data;
    const end = data.end.data;
    return (s: number) => selected[statusCode(start[s]!, end[s]!, todayDay)] === 1;
  }
  if (facet === 'source') {
    const selected = flags(
      SOURCES.length,
      values.map((v) => SOURCES.indexOf(v as never)),
    );
    const source = data.source.data;
    return (s: number) => selected[source[s]!] === 1;
  }
  const selected = flags(
    data.currencies.values.length,
    values.map((v) => data.currencies.find(v)),
  );
  const off = data.budgetOffsets.data;
  const items = data.budgetCurrency.data;
  return (s: number) => anySelected(off, items, s, selected);
}

interface Entry {
  generation: number;
  words: Uint32Array;
}

/** Selections kept per catalogue: each is one bit per project id (125 KB at a million). */
const CACHE_SIZE = 64;
/** Above this many changed projects a selection is rebuilt rather than patched. */
const MAX_PATCH = 20_000;
const caches = new WeakMap<FacetData, Map<string, Entry>>();

/**
 * The live projects that pass one facet's filter, as bits by project id. Built by one pass over
 * the slots the first time a selection is asked for, then kept for the data's later versions
 * and patched with the projects that changed: a filter value is asked for again and again.
 */
export function filterBits(
  data: FacetData,
  facet: Facet,
  values: string[],
  today: string,
  /** The candidates, when few: a selection not kept yet is then tested on them alone. */
  few: Uint32Array | null = null,
): Uint32Array {
  let cache = caches.get(data);
  if (!cache) {
    cache = new Map();
    caches.set(data, cache);
  }
  const byValue = valueBits(data, facet, today, false);
  if (byValue) return unionOf(data, byValue, valueCodes(data, facet, values));
  const key = JSON.stringify([facet, [...values].sort(), facet === 'status' ? today : '']);
  const found = cache.get(key);
  if (!found && few) return within(data, few, slotTest(data, facet, values, today));
  cache.delete(key);
  let entry: Entry;
  if (found && found.generation === data.generation) entry = found;
  else {
    const changed = found ? data.changedSince(found.generation) : null;
    const test = slotTest(data, facet, values, today);
    entry = {
      generation: data.generation,
      words:
        found && changed && changed.length <= MAX_PATCH
          ? patched(data, found.words, changed, test)
          : builtFrom(data, facet, values, test),
    };
  }
  cache.set(key, entry);
  if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value!);
  return entry.words;
}

/** The codes (see value-bits.ts) of the facet's values; unknown values have none. */
function valueCodes(data: FacetData, facet: Facet, values: string[]): number[] {
  const code = (v: string) => {
    if ((LIST_FIELDS as readonly string[]).includes(facet)) {
      return data.lists[facet as ListField].dict.find(v);
    }
    if (facet === 'status') return STATUSES.indexOf(v as never) + 1 || -1;
    if (facet === 'source') return SOURCES.indexOf(v as never);
    return data.currencies.find(v);
  };
  return values.map(code).filter((c) => c >= 0);
}

/** The union of some values' bits. */
function unionOf(data: FacetData, byValue: Uint32Array[], codes: number[]): Uint32Array {
  const out = new Uint32Array(data.liveBits.length);
  for (const c of codes) {
    const bits = byValue[c];
    if (!bits) continue;
    for (let w = 0, n = Math.min(out.length, bits.length); w < n; w++) out[w]! |= bits[w]!;
  }
  return out;
}

/** The candidates (bits by id) that pass the test: a pass over them, not over every slot. */
function within(data: FacetData, cand: Uint32Array, test: (slot: number) => boolean) {
  const words = new Uint32Array(cand.length);
  const slotOfId = data.slotOfId;
  for (let w = 0; w < cand.length; w++) {
    let x = cand[w]! | 0;
    while (x !== 0) {
      const low = x & -x;
      if (test(slotOfId[(w << 5) + 31 - Math.clz32(low)]!)) words[w]! |= low;
      x ^= low;
    }
  }
  return words;
}

/** The selection's bits: from the values' id lists when there are, else a pass over the slots. */
function builtFrom(data: FacetData, facet: Facet, values: string[], test: (s: number) => boolean) {
  const lists = valuePostings(data, facet, false);
  if (!lists) return built(data, test);
  return bitsFromPostings(data, lists, valueCodes(data, facet, values), test, data.liveBits.length);
}

function built(data: FacetData, test: (slot: number) => boolean): Uint32Array {
  const words = new Uint32Array(data.liveBits.length);
  const ids = data.projectId.data;
  const alive = data.alive;
  for (let s = 0; s < data.slotCount; s++) {
    if (alive[s] && test(s)) {
      const id = ids[s]!;
      words[id >>> 5]! |= 1 << (id & 31);
    }
  }
  return words;
}

function patched(
  data: FacetData,
  old: Uint32Array,
  changed: number[],
  test: (slot: number) => boolean,
): Uint32Array {
  const words = new Uint32Array(data.liveBits.length);
  words.set(old.subarray(0, words.length));
  for (const id of changed) {
    const s = id < data.slotOfId.length ? data.slotOfId[id]! : -1;
    if (s >= 0 && test(s)) words[id >>> 5]! |= 1 << (id & 31);
    else words[id >>> 5]! &= ~(1 << (id & 31));
  }
  return words;
}
