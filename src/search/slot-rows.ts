/** Offsets within a slot's row: each list field has two places, the four lists first. */
export const ROW = {
  country: 0,
  type: 2,
  donor: 4,
  implementer: 6,
  start: 8,
  end: 9,
  source: 10,
  currency: 11,
} as const;
/** Ints per row: 64 bytes, one cache line when the row is aligned. */
export const ROW_WIDTH = 16;
/** Where a row's budget cents sit, in doubles from the row's start (ints 14 and 15). */
export const CENTS = 7;
/**
 * In a row: no value; or more values than the row holds (read them from the column). A list
 * value is stored plus one, so that NONE counts into a spare slot 0 without a branch: a
 * mispredicted branch per visit would cost more than the visit's memory load.
 */
export const NONE = 0;
export const MANY = -1;
/** Currencies are stored as themselves; no budget line is this. */
export const NO_CURRENCY = -2;

/**
 * What counting reads of each slot, side by side in one 64-byte row: counting visits scattered
 * slots, and a slot's facets in one cache line cost one memory load where a column each cost
 * a load each. Lists hold up to two values here (most projects have one or two donors, types,
 * countries), plus one; a list with more holds MANY and is read from its column. Budget cents are stored
 * as a double in the same row, through a second view of the same memory.
 */
export class SlotRows {
  ints = new Int32Array(1024 * ROW_WIDTH);
  floats = new Float64Array(this.ints.buffer);
  length = 0;

  /** Appends the next slot's row. */
  append(
    lists: readonly (readonly number[])[],
    start: number,
    end: number,
    source: number,
    currency: number,
    cents: number,
  ): void {
    if ((this.length + 1) * ROW_WIDTH > this.ints.length) {
      const next = new Int32Array(this.ints.length * 2);
      next.set(this.ints);
      this.ints = next;
      this.floats = new Float64Array(next.buffer);
    }
    const r = this.length * ROW_WIDTH;
    const ints = this.ints;
    lists.forEach((values, i) => {
      ints[r + 2 * i] = values.length > 2 ? MANY : values.length > 0 ? values[0]! + 1 : NONE;
      ints[r + 2 * i + 1] = values.length === 2 ? values[1]! + 1 : NONE;
    });
    ints[r + ROW.start] = start;
    ints[r + ROW.end] = end;
    ints[r + ROW.source] = source;
    ints[r + ROW.currency] = currency;
    this.floats[r / 2 + CENTS] = cents;
    this.length++;
  }
}
