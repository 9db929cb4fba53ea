import { describe, expect, it } from 'vitest';
import { FacetData } from './facet-index.ts';
import { pageByOrder, pageByScore, pageByTier, slotOrder } from './sort-order.ts';

/** A deterministic random number source. */
function randoms(seed: number) {
  return () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
}

/** A project with every awkward case by chance: missing dates and budgets, equal keys, titles
 * equal but for case. */
function project(id: number, rnd: () => number) {
  const day = () =>
    `20${10 + Math.floor(rnd() * 15)}-0${1 + Math.floor(rnd() * 9)}-1${Math.floor(rnd() * 9)}`;
  return {
    id,
    startsOn: rnd() < 0.1 ? null : day(),
    endsOn: rnd() < 0.2 ? null : day(),
    source: 'manual',
    updatedAt: `2026-01-0${1 + Math.floor(rnd() * 9)}T00:00:00Z`,
    title: ['Courts', 'courts', 'Ёлка', 'police', 'Police reform', 'Ąb'][Math.floor(rnd() * 6)]!,
    places: [],
    types: [],
    donors: [],
    implementers: [],
    budgets:
      rnd() < 0.3
        ? []
        : [{ currency: rnd() < 0.5 ? 'USD' : 'EUR', cents: Math.floor(rnd() * 50) * 100 }],
  };
}

// A catalogue with retired slots too (changed and deleted projects).
function catalogue(n: number, firstId = 0): FacetData {
  const data = new FacetData();
  const rnd = randoms(7);
  const add = (id: number) => data.add(project(id, rnd));
  for (let id = n; id >= 1; id--) add(firstId + id * 3);
  for (let id = 1; id <= n; id += 7) add(firstId + id * 3); // changed: a new slot, the old retired
  for (let id = 2; id <= n; id += 11) data.remove(firstId + id * 3); // deleted
  return data;
}

/** The order as a plain comparator sort states it: by key, missing last, ties by id. */
function reference(data: FacetData, key: (s: number) => number | string | null): number[] {
  const live = [...Array(data.slotCount).keys()].filter((s) => data.alive[s]);
  const ids = data.projectId.data;
  return live.sort((a, b) => {
    const ka = key(a);
    const kb = key(b);
    if (ka === null || kb === null) {
      if (ka !== kb) return ka === null ? 1 : -1;
    } else if (ka !== kb) return ka < kb ? -1 : 1;
    return ids[a]! - ids[b]!;
  });
}

describe('sort orders', () => {
  const data = catalogue(3000);
  const liveOrder = (o: { order: Int32Array }) => [...o.order].filter((s) => data.alive[s]);
  const budget = (currency: string) => (s: number) => {
    for (let j = data.budgetOffsets.data[s]!; j < data.budgetOffsets.data[s + 1]!; j++) {
      if (data.currencies.values[data.budgetCurrency.data[j]!] === currency)
        return data.budgetCents.data[j]!;
    }
    return null;
  };
  const keys = {
    start: (s: number) => (data.start.data[s] === -2_147_483_648 ? null : data.start.data[s]!),
    end: (s: number) => (data.end.data[s] === -2_147_483_648 ? null : data.end.data[s]!),
    updated: (s: number) => data.updated.data[s]!,
    title: (s: number) => data.titles[s]!.toLocaleLowerCase(),
  };

  it.each(Object.keys(keys) as (keyof typeof keys)[])(
    'orders by %s like a comparator sort',
    (k) => {
      const o = slotOrder(data, k, 'USD');
      expect(liveOrder(o)).toEqual(reference(data, keys[k]));
      expect(o.nullsFrom).toBe(reference(data, keys[k]).filter((s) => keys[k](s) !== null).length);
      expect([...o.order].every((s, i) => o.rank[s] === i)).toBe(true);
    },
  );

  it('orders projects with large ids (above 2^22) once each, undated ones by id', () => {
    // Sequences on PostgreSQL skip the ids of rolled-back imports, so ids grow past the slots.
    const big = catalogue(600, 40_000_000);
    const undated = (s: number) =>
      big.start.data[s] === -2_147_483_648 ? null : big.start.data[s]!;
    const o = slotOrder(big, 'start', 'USD');
    const live = [...o.order].filter((x) => big.alive[x]);
    expect(new Set(o.order).size).toBe(big.slotCount);
    expect(live).toEqual(reference(big, undated));
    expect(o.nullsFrom).toBeLessThan(live.length);
  });

  it('orders by budget in the asked currency, unbudgeted last', () => {
    for (const currency of ['USD', 'EUR']) {
      expect(liveOrder(slotOrder(data, 'budget', currency))).toEqual(
        reference(data, budget(currency)),
      );
    }
  });

  it('pages many title-tier hits like a full sort: title hits first, then newest first', () => {
    const data = catalogue(9000);
    const slots = Int32Array.from(
      [...Array(data.slotCount).keys()].filter((s) => data.alive[s] && s % 3 !== 0),
    );
    expect(slots.length).toBeGreaterThan(4096);
    const scores = Float64Array.from(slots, (s) => (data.titles[s]!.startsWith('P') ? 1 : 0));
    const tie = slotOrder(data, 'start', 'USD');
    const newest = (s: number) =>
      tie.rank[s]! < tie.nullsFrom ? tie.nullsFrom - 1 - tie.rank[s]! : tie.rank[s]!;
    const full = [...slots.keys()]
      .sort((a, b) => scores[b]! - scores[a]! || newest(slots[a]!) - newest(slots[b]!))
      .map((i) => slots[i]!);
    const titled = scores.filter((x) => x === 1).length;
    const top = slots.filter((_, i) => scores[i] === 1);
    const rest = slots.filter((_, i) => scores[i] === 0);
    for (const offset of [0, 20, titled - 10, titled, titled + 40]) {
      expect(pageByTier(data, top, rest, offset, 20)).toEqual(full.slice(offset, offset + 20));
      expect(pageByScore(data, slots, scores, offset, 20)).toEqual(full.slice(offset, offset + 20));
    }
  });

  it('pages few and many hits alike in both directions, missing values last', () => {
    const o = slotOrder(data, 'end', 'USD');
    const live = [...Array(data.slotCount).keys()].filter((x) => data.alive[x]);
    const place = (x: number, dir: 'asc' | 'desc') =>
      dir === 'asc' || o.rank[x]! >= o.nullsFrom ? o.rank[x]! : o.nullsFrom - 1 - o.rank[x]!;
    for (const share of [0.01, 0.9]) {
      const slots = Int32Array.from(live.filter((x) => (x * 2654435761) % 1000 < share * 1000));
      for (const dir of ['asc', 'desc'] as const) {
        const full = [...slots].sort((a, b) => place(a, dir) - place(b, dir));
        for (const offset of [0, 7, Math.max(0, slots.length - 5)]) {
          expect(pageByOrder(o, slots, dir, offset, 20)).toEqual(full.slice(offset, offset + 20));
        }
      }
    }
  });
});

describe('sort orders after writes', () => {
  // Orders are carried over from one data generation to the next rather than rebuilt: after
  // every round of writes each must be what a full comparator sort of the live slots gives.
  it('stay exact through rounds of new, changed and deleted projects', () => {
    const data = catalogue(2000);
    const rnd = randoms(99);
    const numeric = (column: { data: ArrayLike<number> }) => (s: number) =>
      column.data[s] === -2_147_483_648 ? null : column.data[s]!;
    const budget = (currency: string) => (s: number) => {
      for (let j = data.budgetOffsets.data[s]!; j < data.budgetOffsets.data[s + 1]!; j++) {
        if (data.currencies.values[data.budgetCurrency.data[j]!] === currency)
          return data.budgetCents.data[j]!;
      }
      return null;
    };
    const orders = [
      ['start', 'USD', numeric(data.start)],
      ['end', 'USD', numeric(data.end)],
      ['updated', 'USD', (s: number) => data.updated.data[s]!],
      ['title', 'USD', (s: number) => data.titles[s]!.toLocaleLowerCase()],
      ['budget', 'USD', budget('USD')],
      ['budget', 'EUR', budget('EUR')],
      ['budget', 'CHF', budget('CHF')],
    ] as const;
    let nextId = 100_000;
    for (let round = 0; round < 12; round++) {
      for (const [sort, currency, key] of orders) {
        const o = slotOrder(data, sort, currency);
        const expected = reference(data, key);
        expect([...o.order.subarray(0, o.deadFrom)]).toEqual(expected);
        expect(o.nullsFrom).toBe(expected.filter((s) => key(s) !== null).length);
        expect(o.order.length).toBe(data.slotCount);
        expect(new Set(o.order).size).toBe(data.slotCount);
        expect([...o.order].every((s, i) => o.rank[s] === i)).toBe(true);
      }
      const ids = [...Array(data.slotCount).keys()]
        .filter((s) => data.alive[s])
        .map((s) => data.projectId.data[s]!);
      for (let k = 0; k < 40; k++) {
        const pick = ids[Math.floor(rnd() * ids.length)]!;
        const what = rnd();
        if (what < 0.4) data.add(project(pick, rnd));
        else if (what < 0.6) data.remove(pick);
        else {
          const p = project(nextId++, rnd);
          // A new currency late on: its order starts empty and fills by patching.
          if (round > 6 && k % 5 === 0) p.budgets = [{ currency: 'CHF', cents: k * 100 }];
          data.add(p);
        }
      }
    }
  });
});
