import { describe, expect, it } from 'vitest';
import { FacetData } from './facet-index.ts';
import { evaluate } from './facet-query.ts';
import { emptyQuery } from './search.ts';

function catalogue(): FacetData {
  const data = new FacetData();
  let seed = 11;
  const rnd = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  const pick = <T>(list: T[]) => list[Math.floor(rnd() * list.length)]!;
  for (let id = 1; id <= 3000; id++) {
    data.add({
      id,
      startsOn: rnd() < 0.1 ? null : pick(['2015-01-01', '2024-06-01', '2027-01-01']),
      endsOn: rnd() < 0.2 ? null : pick(['2019-12-31', '2028-12-31']),
      source: pick(['manual', 'iati', 'spreadsheet']),
      updatedAt: '2026-01-01T00:00:00Z',
      title: 't',
      places: rnd() < 0.1 ? [] : [pick(['KZ', 'KG', 'TJ']), ...(rnd() < 0.3 ? ['619'] : [])],
      types: [pick(['a', 'b', 'c'])],
      donors: [pick(['eu', 'undp', 'usaid']), pick(['eu', 'gtz'])],
      implementers: rnd() < 0.5 ? [] : [pick(['undp', 'osce'])],
      budgets:
        rnd() < 0.3 ? [] : [{ currency: pick(['USD', 'EUR']), cents: Math.floor(rnd() * 1e6) }],
    });
  }
  for (let id = 5; id <= 3000; id += 37) data.remove(id);
  return data;
}

describe('evaluate', () => {
  it('counts a text most projects contain from the catalogue less the others, exactly', () => {
    const data = catalogue();
    const today = '2026-11-28';
    const base = evaluate(data, emptyQuery(), today, null);
    const ids = Int32Array.from({ length: 3000 }, (_, i) => i + 1).filter((id) => id % 7 !== 0);
    const text = { ids, scores: Float64Array.from(ids, (id) => (id % 3 === 0 ? 1 : 0)) };
    const query = { ...emptyQuery(), q: 'word' };
    const direct = evaluate(data, query, today, text);
    const dense = evaluate(data, query, today, text, base);
    expect(dense.slots).toEqual(direct.slots);
    expect(dense.scores).toEqual(direct.scores);
    expect(dense.counts).toEqual(direct.counts);
    expect(dense.budgetSums).toEqual(direct.budgetSums);
    expect(direct.counts.country.get('KZ')).toBeGreaterThan(0);
    // With a filter the base does not apply, and is not used.
    const filtered = { ...query, filters: { ...query.filters, country: ['KZ'] } };
    expect(evaluate(data, filtered, today, text, base).counts).toEqual(
      evaluate(data, filtered, today, text).counts,
    );
  });

  it('with one facet filtered, takes its counts from the query without it, the rest exact', () => {
    const data = catalogue();
    const today = '2026-11-28';
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
});
