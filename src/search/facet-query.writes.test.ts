import { describe, expect, it } from 'vitest';
import { idsOf, nonZero, random, reference } from '../../test/helpers/facet-reference.ts';
import { FacetData } from './facet-index.ts';
import { evaluate, textHitsOf } from './facet-query.ts';
import { IdSet } from './id-set.ts';
import type { IndexedProject } from './index-loader.ts';
import { emptyQuery, FACETS, type SearchQuery } from './search.ts';
import { pageByOrder, pageByTier, slotOrder } from './sort-order.ts';
import { valueBits } from './value-bits.ts';
import { valuePostings } from './value-postings.ts';

// Edge cases of the bit-set search that the randomized test (facet-query.test.ts) does not reach.

function project(id: number, rnd: () => number, extra = ''): IndexedProject {
  const pick = <T>(list: T[]) => list[Math.floor(rnd() * list.length)]!;
  return {
    id,
    startsOn: rnd() < 0.1 ? null : pick(['2015-01-01', '2024-06-01', '2027-01-01']),
    endsOn: rnd() < 0.2 ? null : pick(['2019-12-31', '2026-12-31', '2028-12-31']),
    source: pick(['manual', 'iati', 'spreadsheet']),
    updatedAt: '2026-01-01T00:00:00Z',
    title: `t${id}`,
    places: extra ? [`C${extra}`] : [pick(['KZ', 'KG', 'TJ'])],
    types: [pick(['a', 'b'])],
    donors: extra ? [`d${extra}`, 'eu'] : [pick(['eu', 'undp'])],
    implementers: rnd() < 0.5 ? [] : ['undp', 'osce', 'gtz'],
    budgets:
      rnd() < 0.3 ? [] : [{ currency: extra ? `X${extra}` : pick(['USD', 'EUR']), cents: 100 }],
  };
}

function catalogue(n = 2000) {
  const data = new FacetData();
  const projects = new Map<number, IndexedProject>();
  const rnd = random(3);
  for (let id = 1; id <= n; id++) {
    const p = project(id, rnd);
    data.add(p);
    projects.set(id, p);
  }
  data.startChangeLog();
  return { data, projects, rnd };
}

const withFilters = (filters: Partial<SearchQuery['filters']>): SearchQuery => ({
  ...emptyQuery(),
  filters: { ...emptyQuery().filters, ...filters },
});

describe('review: bit-set search after writes', () => {
  const today = '2026-11-28';

  it('stays exact when new projects have far larger ids and facets grow past 64 values', () => {
    const { data, projects, rnd } = catalogue();
    for (const f of FACETS) valueBits(data, f, today) ?? valuePostings(data, f, true);
    valuePostings(data, 'donor', true);
    valuePostings(data, 'budget', true);
    const queries = [
      emptyQuery(),
      withFilters({ donor: ['eu'] }),
      withFilters({ country: ['KZ'], donor: ['eu'] }),
      withFilters({ status: ['ongoing'], currency: ['USD'] }),
      withFilters({ country: ['C5', 'KG'], implementer: ['osce'] }),
      withFilters({ currency: ['X7', 'EUR'], type: ['a'] }),
    ];
    // Filter selections built and kept before the writes.
    for (const q of queries) evaluate(data, q, today, null);
    for (let k = 0; k < 100; k++) {
      const id = 100_000 + k * 997;
      const p = project(id, rnd, String(k));
      data.add(p);
      projects.set(id, p);
      if (k % 10 === 0) {
        data.remove(1 + k);
        projects.delete(1 + k);
      }
      for (const q of queries) {
        const got = evaluate(data, q, today, null);
        const want = reference(projects, q, today, null);
        expect(idsOf(data, got)).toEqual(want.ids);
        expect(nonZero(got.counts)).toEqual(want.counts);
        expect(new Map(got.budgetSums.map((b) => [b.currency, b.cents]))).toEqual(want.sums);
      }
      // A text in most projects with a budget floor: the countOthers shortcut.
      const dense = [...projects.keys()].filter((x) => x % 3 !== 0);
      const text = textHitsOf(Int32Array.from(dense), null);
      const base = evaluate(data, emptyQuery(), today, null);
      const q = { ...emptyQuery(), q: 'w', budgetMinCents: 50 };
      const got = evaluate(data, q, today, text, base);
      const want = reference(projects, q, today, new Set(dense));
      expect(idsOf(data, got)).toEqual(want.ids);
      expect(nonZero(got.counts)).toEqual(want.counts);
      expect(new Map(got.budgetSums.map((b) => [b.currency, b.cents]))).toEqual(want.sums);
    }
    expect(data.lists.country.dict.values.length).toBeGreaterThan(64);
  });

  it('counts statuses for the new day when "today" changes', () => {
    const { data, projects } = catalogue();
    const text = textHitsOf(
      Int32Array.from([...projects.keys()].filter((id) => id % 2 === 0)),
      null,
    );
    for (const day of ['2026-12-30', '2027-01-02', '2026-12-30']) {
      valueBits(data, 'status', day);
      for (const q of [
        emptyQuery(),
        withFilters({ status: ['completed'] }),
        withFilters({ status: ['planned'], type: ['a'] }),
      ]) {
        const got = evaluate(data, q, day, text);
        const want = reference(projects, q, day, new Set(text.set.ids()));
        expect(idsOf(data, got)).toEqual(want.ids);
        expect(nonZero(got.counts)).toEqual(want.counts);
      }
    }
  });

  it('on an empty catalogue, answers nothing without crashing', () => {
    const data = new FacetData();
    data.startChangeLog();
    for (const f of FACETS) valueBits(data, f, today) ?? valuePostings(data, f, true);
    const ev = evaluate(
      data,
      withFilters({ donor: ['eu'] }),
      today,
      textHitsOf(Int32Array.of(5, 70), null),
    );
    expect(ev.slots.length).toBe(0);
    const base = evaluate(data, emptyQuery(), today, null);
    const dense = evaluate(
      data,
      emptyQuery(),
      today,
      { set: IdSet.of([1]), scores: null, titles: IdSet.of([1]) },
      base,
    );
    expect(dense.titled).toBe(0);
  });
});

describe('review: paging tiered results', () => {
  it('pages title hits then the rest, newest first, across the boundary and deep', () => {
    const { data, projects } = catalogue(3000);
    const ids = [...projects.keys()];
    const titles = new Set(ids.filter((id) => id % 5 === 0));
    const text = { set: IdSet.of(ids), scores: null, titles: IdSet.of([...titles]) };
    const ev = evaluate(data, { ...emptyQuery(), q: 'x' }, '2026-11-28', text);
    const top = ev.slots.subarray(0, ev.titled!);
    const rest = ev.slots.subarray(ev.titled!);
    const order = slotOrder(data, 'start', 'USD');
    const want = [
      ...pageByOrder(order, top, 'desc', 0, top.length),
      ...pageByOrder(order, rest, 'desc', 0, rest.length),
    ];
    expect(want.length).toBe(3000);
    for (const size of [20, 50, 100]) {
      for (let offset = 0; offset < 3000; offset += size) {
        expect(pageByTier(data, top, rest, offset, size)).toEqual(
          want.slice(offset, offset + size),
        );
      }
    }
  });
});
