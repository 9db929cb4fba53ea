import type { Tally } from './facet-tally.ts';
import { popcount } from './id-set.ts';

// Bit-set kernels of the search: each does one thing over every word or every set bit. Kept small and called
// with the same types every time, V8 optimises each once: one long loop doing everything in a
// function called a few times would run in the interpreter until on-stack replacement, and
// fall back to it whenever a branch it had not seen yet was taken.

/** The slots of the set bits' ids (`size` of them). */
export function listSlots(words: Uint32Array, slotOfId: Int32Array, size: number): Int32Array {
  const slots = new Int32Array(size);
  let n = 0;
  for (let w = 0; w < words.length; w++) {
    let x = words[w]! | 0;
    while (x !== 0) {
      const low = x & -x;
      slots[n++] = slotOfId[(w << 5) + 31 - Math.clz32(low)]!;
      x ^= low;
    }
  }
  return slots;
}

/** `target` &= `other`, a word missing from `other` counting as zero. */
export function andInto(target: Uint32Array, other: Uint32Array): void {
  const n = Math.min(target.length, other.length);
  for (let w = 0; w < n; w++) target[w]! &= other[w]!;
  target.fill(0, n);
}

/** `a` & ~`b`, as a new array the length of `a`. */
export function andNot(a: Uint32Array, b: Uint32Array): Uint32Array {
  const out = Uint32Array.from(a);
  const n = Math.min(a.length, b.length);
  for (let w = 0; w < n; w++) out[w]! &= ~b[w]!;
  return out;
}

/** Counts every set bit's slot for every facet all() counts. */
export function countAll(words: Uint32Array, slotOfId: Int32Array, tally: Tally): void {
  for (let w = 0; w < words.length; w++) {
    let x = words[w]! | 0;
    while (x !== 0) {
      const low = x & -x;
      tally.all(slotOfId[(w << 5) + 31 - Math.clz32(low)]!);
      x ^= low;
    }
  }
}

/** Counts every set bit's slot for one facet (its FACETS position). */
export function countOne(
  words: Uint32Array,
  slotOfId: Int32Array,
  tally: Tally,
  facet: number,
): void {
  for (let w = 0; w < words.length; w++) {
    let x = words[w]! | 0;
    while (x !== 0) {
      const low = x & -x;
      tally.one(facet, slotOfId[(w << 5) + 31 - Math.clz32(low)]!);
      x ^= low;
    }
  }
}

/** Each value's count over the set: the popcount of the set AND the value's bits. */
export function countByValue(set: Uint32Array, values: Uint32Array[], into: Int32Array): void {
  for (let v = 0; v < values.length && v < into.length; v++) {
    const bits = values[v]!;
    const n = Math.min(set.length, bits.length);
    let count = 0;
    for (let w = 0; w < n; w++) {
      const x = set[w]! & bits[w]!;
      if (x !== 0) count += popcount(x);
    }
    into[v] = count;
  }
}

/** How many bits of the words are set. */
export function popcountAll(words: Uint32Array): number {
  let n = 0;
  for (let w = 0; w < words.length; w++) if (words[w] !== 0) n += popcount(words[w]!);
  return n;
}
