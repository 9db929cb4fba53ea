import { describe, expect, it } from 'vitest';
import { idsOf, nonZero, random, reference } from '../../test/helpers/facet-reference.ts';
import { FacetData, LIST_FIELDS } from './facet-index.ts';
import { evaluate, textHitsOf } from './facet-query.ts';
import { IdSet } from './id-set.ts';
import type { IndexedProject } from './index-loader.ts';
import { emptyQuery, FACETS, type Facet, type SearchQuery } from './search.ts';
import { valueBits } from './value-bits.ts';
import { valuePostings } from './value-postings.ts';

function project(id: number, rnd: () => number): IndexedProject {
  const pick = <T>(list: T[]) => list[Math.floor(rnd() * list.length)]!;
  return {
    id,
    startsOn: rnd() < 0.1 ? null : pick(['2015-01-01', '2024-06-01', '2027-01-01']),
    endsOn: rnd() < 0.2 ? null : pick(['2019-12-31', '2028-12-31']),
    source: pick(['manual', 'iati', 'spreadsheet']),
    updatedAt: '2026-01-01T00:00:00Z',
    title: 't',
    places: rnd() < 0.1 ? [] : [pick(['KZ', 'KG', 'TJ']), ...(rnd() < 0.3 ? ['619'] : [])],
    types: [pick(['a', 'b', 'c'])],
    donors: [pick(['eu', 'undp', 'usaid']), pick(['eu', 'gtz'])],
    // More values than a counting row holds (see slot-rows.ts), now and then.
    implementers:
      rnd() < 0.4
        ? []
        : rnd() < 0.7
          ? [pick(['undp', 'osce'])]
          : ['undp', 'osce', pick(['eu', 'gtz'])],
    budgets:
      rnd() < 0.3
        ? []
        : rnd() < 0.8
          ? [{ currency: pick(['USD', 'EUR']), cents: Math.floor(rnd() * 1e6) }]
          : [
              { currency: 'USD', cents: Math.floor(rnd() * 1e6) },
              { currency: 'GBP', cents: Math.floor(rnd() * 1e6) },
            ],
  };
}

function catalogue(): { data: FacetData; projects: Map<number, IndexedProject> } {
  const data = new FacetData();
  const projects = new Map<number, IndexedProject>();
  const rnd = random(11);
  for (let id = 1; id <= 3000; id++) {
    const p = project(id, rnd);
    data.add(p);
    projects.set(id, p);
  }
  for (let id = 5; id <= 3000; id += 37) {
    data.remove(id);
    projects.delete(id);
  }
  data.startChangeLog();
  return { data, projects };
}

const OPTIONS: Record<Facet, string[]> = {
  country: ['KZ', 'KG', 'TJ', '619', 'XX'],
  type: ['a', 'b', 'c'],
  donor: ['eu', 'undp', 'usaid', 'gtz'],
  implementer: ['undp', 'osce'],
  status: ['planned', 'ongoing', 'completed'],
  currency: ['USD', 'EUR', 'GBP'],
  source: ['manual', 'iati', 'spreadsheet'],
};

function randomQuery(rnd: () => number): SearchQuery {
  const query = emptyQuery();
  const filters = { ...query.filters };
  for (const f of FACETS) {
    if (rnd() < 0.3) filters[f] = OPTIONS[f].filter(() => rnd() < 0.4);
  }
  return {
    ...query,
    filters,
    activeFrom: rnd() < 0.2 ? '2020' : null,
    activeTo: rnd() < 0.2 ? '2025' : null,
    budgetMinCents: rnd() < 0.15 ? 300_000 : null,
  };
}

describe('evaluate', () => {
  const today = '2026-11-28';

  it.each([
    ['visiting projects', false],
    ['from value bits and id lists', true],
  ])('filters and counts disjunctively, as a project-by-project reference does (%s)', (_, bits) => {
    const { data, projects } = catalogue();
    // Built once here, then patched (bits) or read past their stale ids (lists) as the
    // catalogue changes between queries.
    if (bits) {
      for (const f of FACETS) {
        expect(valueBits(data, f, today) ?? valuePostings(data, f, true)).not.toBeNull();
      }
      expect(valuePostings(data, 'donor', true)).not.toBeNull();
      expect(valuePostings(data, 'budget', true)).not.toBeNull();
    }
    const rnd = random(5);
    let nonEmpty = 0;
    for (let round = 0; round < 300; round++) {
      const query = randomQuery(rnd);
      // A common text, a rare one (few candidates: filters are tested on them alone), or none.
      const share = rnd() < 0.5 ? 0 : rnd() < 0.5 ? 0.6 : 0.02;
      const textIds = share
        ? Int32Array.from([...projects.keys()].filter(() => rnd() < share))
        : null;
      const text = textIds ? textHitsOf(textIds, null) : null;
      const got = evaluate(data, query, today, text);
      const want = reference(projects, query, today, textIds ? new Set(textIds) : null);
      expect(idsOf(data, got)).toEqual(want.ids);
      expect(nonZero(got.counts)).toEqual(want.counts);
      expect(new Map(got.budgetSums.map((b) => [b.currency, b.cents]))).toEqual(want.sums);
      if (want.ids.length > 0) nonEmpty++;
      // Changes between queries: filter selections kept from before are patched, not stale.
      if (round % 10 === 0) {
        const id = 1 + Math.floor(rnd() * 3000);
        if (rnd() < 0.5) {
          data.remove(id);
          projects.delete(id);
        } else {
          const p = project(id, rnd);
          data.add(p);
          projects.set(id, p);
        }
      }
    }
    expect(nonEmpty).toBeGreaterThan(50);
  });

  it('counts a text most projects contain from the catalogue less the others, exactly', () => {
    const { data } = catalogue();
    const base = evaluate(data, emptyQuery(), today, null);
    const ids = Int32Array.from({ length: 3000 }, (_, i) => i + 1).filter((id) => id % 7 !== 0);
    const text = textHitsOf(
      ids,
      Float64Array.from(ids, (id) => (id % 3 === 0 ? 1 : 0)),
    );
    for (const query of [
      { ...emptyQuery(), q: 'word' },
      { ...emptyQuery(), q: 'word', activeFrom: '2020' },
    ]) {
      const direct = evaluate(data, query, today, text);
      const dense = evaluate(data, query, today, text, base);
      expect([...dense.slots]).toEqual([...direct.slots]);
      expect(dense.scores).toEqual(direct.scores);
      expect(dense.counts).toEqual(direct.counts);
      expect(dense.budgetSums).toEqual(direct.budgetSums);
      expect(direct.counts.country.get('KZ')).toBeGreaterThan(0);
      expect([...direct.scores!].filter((s) => s === 1).length).toBeGreaterThan(0);
    }
  });

  it('puts the title hits of many ranked hits first, filtered like the rest', () => {
    const { data, projects } = catalogue();
    const ids = Int32Array.from([...projects.keys()].filter((id) => id % 4 !== 0));
    const titles = IdSet.of(ids.filter((id) => id % 3 === 0));
    const text = { set: IdSet.of(ids), scores: null, titles };
    for (const query of [
      { ...emptyQuery(), q: 'word' },
      { ...emptyQuery(), q: 'word', filters: { ...emptyQuery().filters, country: ['KZ'] } },
    ]) {
      const base = evaluate(data, emptyQuery(), today, null);
      const ev = evaluate(data, query, today, text, base);
      const plain = evaluate(data, query, today, textHitsOf(ids, null));
      const idOf = (s: number) => data.projectId.data[s]!;
      const top = [...ev.slots.subarray(0, ev.titled!)].map(idOf);
      const rest = [...ev.slots.subarray(ev.titled!)].map(idOf);
      expect(top.length).toBeGreaterThan(0);
      expect(top.every((id) => titles.has(id))).toBe(true);
      expect(rest.some((id) => titles.has(id))).toBe(false);
      expect([...top, ...rest].sort((a, b) => a - b)).toEqual(idsOf(data, plain));
      expect(ev.counts).toEqual(plain.counts);
    }
  });

  it('with one facet filtered, takes its counts from the query without it, the rest exact', () => {
    const { data } = catalogue();
    for (const [facet, value] of [
      ['donor', 'eu'],
      ['country', 'KG'],
      ['status', 'ongoing'],
      ['currency', 'EUR'],
    ] as const) {
      const query = { ...emptyQuery(), filters: { ...emptyQuery().filters, [facet]: [value] } };
      const without = evaluate(data, emptyQuery(), today, null);
      const direct = evaluate(data, query, today, null);
      const borrowed = evaluate(data, query, today, null, null, {
        facet,
        counts: without.counts[facet],
      });
      expect(borrowed).toEqual(direct);
      expect(direct.slots.length).toBeGreaterThan(0);
      expect(direct.slots.length).toBeLessThan(data.liveCount);
    }
  });

  it('counts every list value the catalogue holds, zero where nothing matches', () => {
    const { data } = catalogue();
    const query = { ...emptyQuery(), filters: { ...emptyQuery().filters, country: ['KZ'] } };
    const ev = evaluate(data, query, today, textHitsOf(Int32Array.of(1, 2, 3), null));
    for (const field of LIST_FIELDS) {
      expect([...ev.counts[field].keys()].sort()).toEqual(
        [...data.lists[field].dict.values].sort(),
      );
    }
  });
});
