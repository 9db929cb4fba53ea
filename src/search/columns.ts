// Growable typed columns for the in-memory facet index: appends amortised, reads without checks.

/** A growable Int32 column. */
export class IntColumn {
  data: Int32Array;
  length = 0;
  constructor(capacity = 1024) {
    this.data = new Int32Array(Math.max(16, capacity));
  }
  push(value: number): void {
    if (this.length === this.data.length) {
      const next = new Int32Array(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length++] = value;
  }
}

/** A growable Float64 column. */
export class FloatColumn {
  data: Float64Array;
  length = 0;
  constructor(capacity = 1024) {
    this.data = new Float64Array(Math.max(16, capacity));
  }
  push(value: number): void {
    if (this.length === this.data.length) {
      const next = new Float64Array(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length++] = value;
  }
}

/**
 * Values of a many-valued field per slot, compressed-row style: the values of slot `s` are
 * `items[offsets[s]] … items[offsets[s + 1] - 1]`. Slots are appended in order.
 */
export class MultiColumn {
  readonly offsets = new IntColumn();
  readonly items = new IntColumn();
  constructor() {
    this.offsets.push(0);
  }
  /** Appends the next slot's values. */
  append(values: readonly number[]): void {
    for (const v of values) this.items.push(v);
    this.offsets.push(this.items.length);
  }
}

/** Names ↔ small integers for one field's values. */
export class Dictionary {
  readonly values: string[] = [];
  private readonly ids = new Map<string, number>();
  /** The id of the value, adding it when new. */
  idOf(value: string): number {
    let id = this.ids.get(value);
    if (id === undefined) {
      id = this.values.length;
      this.values.push(value);
      this.ids.set(value, id);
    }
    return id;
  }
  /** The id of the value, or -1 when it never occurred. */
  find(value: string): number {
    return this.ids.get(value) ?? -1;
  }
}

/** Days since 1970-01-01 of an ISO date ("2015-01-31"). */
export function dayNumber(iso: string): number {
  // Arithmetic rather than Date.parse: the index load calls this twice per project.
  const y = Number(iso.slice(0, 4));
  const m = Number(iso.slice(5, 7));
  const d = Number(iso.slice(8, 10));
  if (!(y >= 1 && m >= 1 && m <= 12 && d >= 1 && d <= 31) || iso.length < 10) {
    return Math.floor(Date.parse(`${iso.slice(0, 10)}T00:00:00Z`) / 86_400_000);
  }
  // Days from civil (H. Hinnant): years counted from March, so leap days fall at the end.
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}
