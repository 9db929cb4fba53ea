import { describe, expect, it } from 'vitest';
import { parseSearchParams, queryString } from './params.ts';
import { parseTextQuery } from './text.ts';

const vocab = {
  isType: (s: string) => s === 'human-rights',
  isOrganisation: (s: string) => s === 'eu',
};

describe('search parameters', () => {
  it('reads every parameter and writes the same address back', () => {
    const raw = {
      q: 'legal aid',
      country: ['kz', 'KG'],
      type: 'human-rights',
      donor: 'eu',
      status: 'ongoing',
      currency: 'eur',
      source: 'iati',
      active_from: '2015',
      active_to: '2019-06',
      budget_min: '1000000',
      budget_max: '2500000.50',
      budget_currency: 'EUR',
      sort: 'budget',
      dir: 'asc',
      page: '3',
      page_size: '50',
      utm_source: 'ignored',
    };
    const { query, issues } = parseSearchParams(raw, vocab);
    expect(issues).toEqual([]);
    expect(query.filters.country).toEqual(['KZ', 'KG']);
    expect(query.budgetMaxCents).toBe(250_000_050);
    expect(queryString(query)).toBe(
      '?q=legal+aid&country=KZ&country=KG&type=human-rights&donor=eu&status=ongoing&currency=EUR&source=iati&active_from=2015&active_to=2019-06&budget_min=1000000&budget_max=2500000.50&budget_currency=EUR&sort=budget&dir=asc&page_size=50&page=3',
    );
  });

  it('leaves out each invalid value and names its parameter', () => {
    const { query, issues } = parseSearchParams(
      {
        page: '-1',
        budget_min: 'abc',
        country: ['XX', 'KZ'],
        q: 'a'.repeat(2000),
        type: 'nope',
        page_size: '30',
        dir: 'up',
      },
      vocab,
    );
    expect(issues.map((i) => i.field).sort()).toEqual([
      'budget_min',
      'country',
      'dir',
      'page',
      'page_size',
      'q',
      'type',
    ]);
    expect(query.page).toBe(1);
    expect(query.q).toBe('');
    expect(query.filters.country).toEqual(['KZ']);
    expect(query.budgetMinCents).toBeNull();
  });

  it('ignores empty fields of a submitted form and defaults the sort to relevance with text', () => {
    const { query, issues } = parseSearchParams(
      { q: 'x', active_from: '', budget_min: '', sort: '', dir: '' },
      vocab,
    );
    expect(issues).toEqual([]);
    expect(query.sort).toBe('relevance');
    expect(parseSearchParams({ sort: 'relevance' }, vocab).query.sort).toBe('start');
  });

  it('parses words, phrases, exclusions and prefixes, and falls back to words', () => {
    expect(parseTextQuery('Corruption "legal aid" -women court*')).toMatchObject({
      include: [
        { kind: 'word', stem: 'corrupt' },
        { kind: 'phrase', stems: ['legal', 'aid'] },
        { kind: 'prefix', prefixes: ['court'] },
      ],
      exclude: [{ kind: 'word', stem: 'women' }],
    });
    expect(parseTextQuery('"legal aid').include).toEqual([
      { kind: 'word', stem: 'legal' },
      { kind: 'word', stem: 'aid' },
    ]);
    expect(parseTextQuery('коррупции').include).toEqual([{ kind: 'word', stem: 'коррупц' }]);
  });
});
