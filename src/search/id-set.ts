/**
 * A set of project ids as one bit per id. Text matches of common words hold most of the
 * catalogue; as bits, intersecting or subtracting two of them is a few thousand word
 * operations at a million projects, where the full-text engines take hundreds of milliseconds.
 * Sets of different sizes combine as if the shorter were padded with zeros.
 */
export class IdSet {
  constructor(readonly words: Uint32Array) {}

  /** The set of these ids (non-negative integers). */
  static of(ids: ArrayLike<number>): IdSet {
    let max = -1;
    for (let i = 0; i < ids.length; i++) if (ids[i]! > max) max = ids[i]!;
    const words = new Uint32Array(max < 0 ? 0 : (max >>> 5) + 1);
    for (let i = 0; i < ids.length; i++) {
      const id = ids[i]!;
      words[id >>> 5]! |= 1 << (id & 31);
    }
    return new IdSet(words);
  }

  /** A copy with these ids set (true) or cleared (false). */
  patched(changes: Map<number, boolean>): IdSet {
    let max = this.words.length * 32 - 1;
    for (const [id, on] of changes) if (on && id > max) max = id;
    const words = new Uint32Array(max < 0 ? 0 : (max >>> 5) + 1);
    words.set(this.words);
    for (const [id, on] of changes) {
      const w = id >>> 5;
      if (on) words[w]! |= 1 << (id & 31);
      else if (w < words.length) words[w]! &= ~(1 << (id & 31));
    }
    return new IdSet(words);
  }

  has(id: number): boolean {
    const w = id >>> 5;
    return w < this.words.length && (this.words[w]! & (1 << (id & 31))) !== 0;
  }

  and(other: IdSet): IdSet {
    const n = Math.min(this.words.length, other.words.length);
    const out = new Uint32Array(n);
    for (let i = 0; i < n; i++) out[i] = this.words[i]! & other.words[i]!;
    return new IdSet(out);
  }

  or(other: IdSet): IdSet {
    const [long, short] = this.words.length >= other.words.length ? [this, other] : [other, this];
    const out = Uint32Array.from(long.words);
    for (let i = 0; i < short.words.length; i++) out[i]! |= short.words[i]!;
    return new IdSet(out);
  }

  andNot(other: IdSet): IdSet {
    const out = Uint32Array.from(this.words);
    const n = Math.min(out.length, other.words.length);
    for (let i = 0; i < n; i++) out[i]! &= ~other.words[i]!;
    return new IdSet(out);
  }

  /** How many ids the set holds. */
  get size(): number {
    let n = 0;
    for (let i = 0; i < this.words.length; i++) n += popcount(this.words[i]!);
    return n;
  }

  /** The ids, ascending. */
  ids(): Int32Array {
    const out = new Int32Array(this.size);
    let k = 0;
    for (let i = 0; i < this.words.length; i++) {
      let w = this.words[i]!;
      while (w !== 0) {
        const low = w & -w;
        out[k++] = (i << 5) + (31 - Math.clz32(low));
        w ^= low;
      }
    }
    return out;
  }
}

/** How many bits of the 32-bit word are set. */
export function popcount(x: number): number {
  let v = x - ((x >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}
