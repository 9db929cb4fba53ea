import { dayNumber } from './columns.ts';
import { type FacetData, LIST_FIELDS, type ListField, statusCode } from './facet-index.ts';
import { FACETS, type Facet, SOURCES, STATUSES } from './search.ts';
import { CENTS, MANY, ROW, ROW_WIDTH } from './slot-rows.ts';

/** FACETS positions, as Tally.one() takes them. */
export const FACET_INDEX = Object.fromEntries(FACETS.map((f, i) => [f, i])) as Record<
  Facet,
  number
>;
const IMPLEMENTER = FACET_INDEX.implementer;
const STATUS_BIT = 1 << FACET_INDEX.status;
const SOURCE_BIT = 1 << FACET_INDEX.source;
const CURRENCY_BIT = 1 << FACET_INDEX.currency;
const ALL_FACETS = (1 << FACETS.length) - 1;
const STATUS = FACET_INDEX.status;
const SOURCE = FACET_INDEX.source;

/**
 * Facet counts and budget sums, one slot at a time. The four list fields are spelled out
 * rather than looped over: at a million slots an inner loop over field objects costs more
 * than the counting itself.
 */
export class Tally {
  readonly status = new Int32Array(4);
  readonly source = new Int32Array(SOURCES.length);
  readonly currency: Int32Array;
  readonly sums: Float64Array;
  // One field per list (country, type, donor, implementer): arrays of arrays cost an extra
  // load per count in the hottest loop of a search.
  private readonly n0: Int32Array;
  private readonly n1: Int32Array;
  private readonly n2: Int32Array;
  private readonly n3: Int32Array;
  private readonly columns: FacetData['lists'][ListField]['column'][];
  private readonly row: Int32Array;
  private readonly cents: Float64Array;
  private readonly todayDay: number;
  /** Which facets all() counts (bit = FACETS position); the others are counted elsewhere. */
  private mask = ALL_FACETS;
  /** Whether all() adds budgets to the sums (else they are summed elsewhere). */
  private summing = true;

  constructor(
    private readonly data: FacetData,
    today: string,
  ) {
    const lists = LIST_FIELDS.map((field) => data.lists[field]);
    // Slot 0 of each list's counts takes the rows' NONE (values are stored plus one).
    const size = (i: number) => new Int32Array(1 + lists[i]!.dict.values.length);
    this.n0 = size(0);
    this.n1 = size(1);
    this.n2 = size(2);
    this.n3 = size(3);
    this.columns = lists.map((l) => l.column);
    const currencies = Math.max(1, data.currencies.values.length);
    this.currency = new Int32Array(currencies);
    this.sums = new Float64Array(currencies);
    this.row = data.rows.ints;
    this.cents = data.rows.floats;
    this.todayDay = dayNumber(today);
  }

  /** From now on all() counts only these facets (bit = FACETS position), and sums or not. */
  visiting(mask: number, summing: boolean): void {
    this.mask = mask;
    this.summing = summing;
  }

  /** Counts the slot for every facet all() counts, and adds its budgets to the sums. */
  all(s: number): void {
    const row = this.row;
    const r = s * ROW_WIDTH;
    const m = this.mask;
    // The mask is the same for every slot of a search: these branches are always predicted.
    if (m & 1) this.list(0, this.n0, r, s);
    if (m & 2) this.list(1, this.n1, r, s);
    if (m & 4) this.list(2, this.n2, r, s);
    if (m & 8) this.list(3, this.n3, r, s);
    if (m & STATUS_BIT) {
      this.status[statusCode(row[r + ROW.start]!, row[r + ROW.end]!, this.todayDay)]!++;
    }
    if (m & SOURCE_BIT) this.source[row[r + ROW.source]!]!++;
    const countCurrency = (m & CURRENCY_BIT) !== 0;
    const cur = row[r + ROW.currency]!;
    if (cur >= 0) {
      if (countCurrency) this.currency[cur]!++;
      if (this.summing) this.sums[cur]! += this.cents[(r >> 1) + CENTS]!;
    } else if (cur === MANY) {
      const d = this.data;
      const bCur = d.budgetCurrency.data;
      for (let j = d.budgetOffsets.data[s]!, e = d.budgetOffsets.data[s + 1]!; j < e; j++) {
        if (countCurrency) this.currency[bCur[j]!]!++;
        if (this.summing) this.sums[bCur[j]!]! += d.budgetCents.data[j]!;
      }
    }
  }

  /** The count array of one facet (FACETS position), by value code (see value-bits.ts). */
  countsOf(facet: number): Int32Array {
    return (
      [this.n0, this.n1, this.n2, this.n3][facet]?.subarray(1) ??
      (facet === STATUS ? this.status : facet === SOURCE ? this.source : this.currency)
    );
  }

  /** Counts the slot for one facet (its FACETS position) only. */
  one(facet: number, s: number): void {
    const row = this.row;
    const r = s * ROW_WIDTH;
    if (facet <= IMPLEMENTER) {
      const counts =
        facet === 0 ? this.n0 : facet === 1 ? this.n1 : facet === 2 ? this.n2 : this.n3;
      this.list(facet, counts, r, s);
    } else if (facet === STATUS) {
      this.status[statusCode(row[r + ROW.start]!, row[r + ROW.end]!, this.todayDay)]!++;
    } else if (facet === SOURCE) this.source[row[r + ROW.source]!]!++;
    else {
      const cur = row[r + ROW.currency]!;
      if (cur >= 0) this.currency[cur]!++;
      else if (cur === MANY) {
        const d = this.data;
        const bCur = d.budgetCurrency.data;
        for (let j = d.budgetOffsets.data[s]!, e = d.budgetOffsets.data[s + 1]!; j < e; j++) {
          this.currency[bCur[j]!]!++;
        }
      }
    }
  }

  /** Counts the slot's values of list field `i` (row at `r`): from the row, or its column. */
  private list(i: number, counts: Int32Array, r: number, s: number): void {
    const a = this.row[r + 2 * i]!;
    if (a !== MANY) {
      counts[a]!++;
      counts[this.row[r + 2 * i + 1]!]!++;
      return;
    }
    const column = this.columns[i]!;
    const items = column.items.data;
    const off = column.offsets.data;
    for (let j = off[s]!, e = off[s + 1]!; j < e; j++) counts[items[j]! + 1]!++;
  }

  /** The counts by value name, facet by facet. */
  counts(): Record<Facet, Map<string, number>> {
    const toMap = (values: readonly string[], counts: Int32Array, offset = 0) =>
      new Map(values.map((v, i) => [v, counts[i + offset] ?? 0]));
    const out = {} as Record<Facet, Map<string, number>>;
    const lists = [this.n0, this.n1, this.n2, this.n3].map((n) => n.subarray(1));
    LIST_FIELDS.forEach((field: ListField, i) => {
      out[field] = toMap(this.data.lists[field].dict.values, lists[i]!);
    });
    out.status = toMap(STATUSES, this.status, 1);
    out.source = toMap(SOURCES, this.source);
    out.currency = toMap(this.data.currencies.values, this.currency);
    return out;
  }

  /** Budget sums per currency, largest first, zero sums left out. */
  budgetSums(): { currency: string; cents: number }[] {
    return this.data.currencies.values
      .map((currency, i) => ({ currency, cents: this.sums[i]! }))
      .filter((b) => b.cents > 0)
      .sort((a, b) => b.cents - a.cents || a.currency.localeCompare(b.currency));
  }
}

// one() and all() take list facets by their FACETS position as their LIST_FIELDS position and
// their place in a row.
if (LIST_FIELDS.some((field, i) => FACETS[i] !== field || ROW[field] !== 2 * i)) {
  throw new Error('search: the list facets must come first in FACETS, in LIST_FIELDS order');
}
