import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectInput } from '../../test/factories/project.factory.ts';
import { loadSearchFixture } from '../../test/fixtures/search/search-fixture.ts';
import { createTestDatabase, DIALECTS, type TestDatabase } from '../../test/helpers/databases.ts';
import { upsertOrganisation } from '../db/organisations.repository.ts';
import { saveProject } from '../db/project-write.repository.ts';
import { createSearchService, type SearchService } from '../services/search.service.ts';
import { indexProjects } from './indexer.ts';
import type { RawParams } from './params.ts';

const context = { today: '2026-11-28', language: 'en' };
const PUBLISHED = ['courts', 'judges', 'tajik', 'legal-aid', 'police', 'reform'];

for (const dialect of DIALECTS) {
  describe(`search (${dialect})`, () => {
    let t: TestDatabase;
    let search: SearchService;
    const run = async (params: RawParams) =>
      search.search(await search.parseStrict(params), context);
    const slugs = async (params: RawParams) => (await run(params)).projects.map((p) => p.slug);
    const sorted = async (params: RawParams) => (await slugs(params)).sort();
    const counts = async (params: RawParams, facet: 'country' | 'type' | 'status' | 'donor') =>
      Object.fromEntries(
        (await run(params)).facets[facet].filter((o) => o.count > 0).map((o) => [o.value, o.count]),
      );

    beforeAll(async () => {
      t = await createTestDatabase(dialect);
      const fillers = Array.from({ length: 45 }, (_, i) =>
        projectInput({
          slug: `filler-${String(i).padStart(2, '0')}`,
          title: `Filler number ${i}`,
          state: 'archived',
        }),
      );
      await loadSearchFixture(t.db, fillers);
      search = createSearchService(t);
    });
    afterAll(() => t?.drop());

    it('lists only published projects, newest period first, undated last', async () => {
      const page = await run({});
      expect(page.total).toBe(6);
      expect(page.projects.map((p) => p.slug)).toEqual([
        'tajik',
        'judges',
        'legal-aid',
        'reform',
        'courts',
        'police',
      ]);
    });

    it('answers the same after warming up as before (warm-up searches leave no results behind)', async () => {
      const queries: RawParams[] = [
        {},
        { q: 'court' },
        { q: 'court', status: 'ongoing' },
        { donor: 'eu' },
      ];
      const before = await Promise.all(queries.map(run));
      const warmed = createSearchService(t);
      await warmed.warm();
      for (const [i, params] of queries.entries()) {
        const after = await warmed.search(await warmed.parseStrict(params), context);
        expect(after.projects.map((p) => p.slug)).toEqual(before[i]!.projects.map((p) => p.slug));
        expect(after.facets).toEqual(before[i]!.facets);
        expect(after.total).toBe(before[i]!.total);
      }
      expect(before[1]!.total).toBeGreaterThan(0);
    });

    it('filters by each filter', async () => {
      expect(await sorted({ country: 'KZ' })).toEqual(['courts', 'legal-aid']);
      expect(await sorted({ country: '619' })).toEqual(['police']);
      expect(await sorted({ type: 'anti-corruption' })).toEqual(['courts', 'tajik']);
      expect(await sorted({ donor: 'eu' })).toEqual(['courts', 'judges']);
      expect(await sorted({ implementer: 'undp' })).toEqual(['judges', 'legal-aid']);
      expect(await sorted({ status: 'completed' })).toEqual(['courts', 'legal-aid', 'reform']);
      expect(await sorted({ status: 'ongoing' })).toEqual(['judges']);
      expect(await sorted({ status: 'planned' })).toEqual(['tajik']);
      expect(await sorted({ source: 'iati' })).toEqual(['judges']);
      expect(await sorted({ source: 'spreadsheet' })).toEqual(['tajik']);
      expect(await sorted({ currency: 'EUR' })).toEqual(['judges']);
      expect(await sorted({ active_from: '2016', active_to: '2016-06' })).toEqual([
        'courts',
        'reform',
      ]);
      expect(await sorted({ active_from: '2028' })).toEqual(['judges', 'tajik']);
      expect(await sorted({ budget_min: '1500000' })).toEqual(['courts', 'tajik']);
      expect(await sorted({ budget_max: '2000000' })).toEqual(['legal-aid', 'tajik']);
      expect(await sorted({ budget_min: '1', budget_currency: 'EUR' })).toEqual(['judges']);
    });

    it('ORs within a filter and ANDs across filters', async () => {
      expect(await sorted({ country: ['KZ', 'KG'] })).toEqual(['courts', 'judges', 'legal-aid']);
      expect(await sorted({ country: ['KZ', 'KG'], donor: 'eu' })).toEqual(['courts', 'judges']);
      expect(
        await sorted({ country: ['KZ', 'KG'], type: 'anti-corruption', status: 'completed' }),
      ).toEqual(['courts']);
      expect(await sorted({ country: 'KZ', q: 'legal' })).toEqual(['legal-aid']);
    });

    it('counts each facet ignoring only its own selection', async () => {
      const params = { country: 'KZ', type: 'anti-corruption' };
      // Countries honour the type: anti-corruption projects are in KZ and TJ.
      expect(await counts(params, 'country')).toEqual({ KZ: 1, TJ: 1 });
      // Types honour the country: KZ has one anti-corruption and one access-to-justice project.
      expect(await counts(params, 'type')).toEqual({
        'anti-corruption': 1,
        'access-to-justice': 1,
      });
      expect(await counts(params, 'status')).toEqual({ completed: 1 });
      // Choosing a second country shows what it adds.
      expect(await counts({ country: ['KZ', 'KG'] }, 'country')).toEqual({
        KZ: 2,
        KG: 2,
        TJ: 1,
        UZ: 1,
        TM: 1,
        '619': 1,
      });
      const page = await run(params);
      expect(page.facets.country.find((o) => o.value === 'KZ')?.selected).toBe(true);
      expect(page.facets.country.find((o) => o.value === 'UZ')?.count).toBe(0);
    });

    it('sums headline budgets per currency over the whole filtered set', async () => {
      expect((await run({})).budgetSums).toEqual([
        { currency: 'USD', cents: 13 * 100_000_000 },
        { currency: 'EUR', cents: 5 * 100_000_000 },
      ]);
      expect((await run({ country: 'KG' })).budgetSums).toEqual([
        { currency: 'EUR', cents: 500_000_000 },
        { currency: 'USD', cents: 100_000_000 },
      ]);
    });

    it('sorts by each key in both directions, undated and unbudgeted last', async () => {
      expect(await slugs({ sort: 'start', dir: 'asc' })).toEqual([
        'courts',
        'reform',
        'legal-aid',
        'judges',
        'tajik',
        'police',
      ]);
      expect((await slugs({ sort: 'end' })).slice(0, 2)).toEqual(['judges', 'legal-aid']);
      expect(await slugs({ sort: 'budget' })).toEqual([
        'courts',
        'tajik',
        'legal-aid',
        'judges',
        'police',
        'reform',
      ]);
      expect(await slugs({ sort: 'title' })).toEqual([
        'reform',
        'courts',
        'judges',
        'legal-aid',
        'police',
        'tajik',
      ]);
      expect((await slugs({ sort: 'title', dir: 'desc' }))[0]).toBe('tajik');
      expect(await sorted({ sort: 'updated' })).toEqual([...PUBLISHED].sort());
    });

    it('keeps the order stable across pages', async () => {
      const many = Array.from({ length: 45 }, (_, i) =>
        projectInput({ slug: `same-${String(i).padStart(2, '0')}`, title: `Same period ${i}` }),
      );
      const ids = [];
      for (const p of many) ids.push((await saveProject(t.db, p)).id);
      await indexProjects(t.db, ids);
      for (const sort of ['start', 'title', 'budget', 'relevance']) {
        const params = { q: 'same', sort };
        const pages = [];
        for (const page of ['1', '2', '3']) pages.push(...(await slugs({ ...params, page })));
        expect(pages).toHaveLength(45);
        expect(new Set(pages).size).toBe(45);
        const all = await slugs({ ...params, page_size: '50' });
        expect(pages).toEqual(all);
      }
    });

    it('stems English and Russian and finds names in both languages', async () => {
      // "Anti-corruption" is a type name, so the type's projects match too.
      expect(await sorted({ q: 'corrupt' })).toEqual(['courts', 'judges', 'tajik']);
      expect(await sorted({ q: 'corruption' })).toEqual(['courts', 'judges', 'tajik']);
      expect(await sorted({ q: 'resisting' })).toEqual(['courts']);
      expect(await sorted({ q: 'коррупция' })).toEqual(['courts', 'tajik']);
      expect(await sorted({ q: 'коррупцией' })).toEqual(['courts', 'tajik']);
      expect(await sorted({ q: 'суды' })).toEqual(['tajik']);
      expect(await sorted({ q: 'Kazakhstan' })).toEqual(['courts', 'legal-aid']);
      expect(await sorted({ q: 'Казахстан' })).toEqual(['courts', 'legal-aid']);
      expect(await sorted({ q: 'UNODC' })).toEqual(['courts', 'legal-aid']);
      expect(await sorted({ q: 'судебная реформа' })).toEqual(['judges']);
      expect(await sorted({ q: 'Central Asia' })).toEqual(['police']);
    });

    it('understands phrases, exclusions and prefixes, and never fails on odd input', async () => {
      expect(await sorted({ q: 'legal aid' })).toEqual(['legal-aid', 'reform']);
      expect(await sorted({ q: '"legal aid"' })).toEqual(['legal-aid']);
      expect(await sorted({ q: 'legal -women' })).toEqual(['reform']);
      expect(await sorted({ q: 'legal -"legal aid"' })).toEqual(['reform']);
      expect(await sorted({ q: '-corruption -same' })).toEqual(['legal-aid', 'police', 'reform']);
      expect(await sorted({ q: 'corru*' })).toEqual(['courts', 'judges', 'tajik']);
      expect(await sorted({ q: 'бор*' })).toEqual(['tajik']);
      expect(await sorted({ q: '"legal aid' })).toEqual(['legal-aid', 'reform']);
      for (const q of [
        '"',
        '-',
        '*',
        'AND OR NOT',
        '(((',
        "'; drop table projects; --",
        'NEAR(a b)',
        '{title}: x',
      ]) {
        await expect(slugs({ q })).resolves.toBeDefined();
      }
      expect(await sorted({ q: 'nothingmatcheszzz' })).toEqual([]);
    });

    it('ranks title hits above body hits', async () => {
      const corruption = await slugs({ q: 'corruption' });
      expect(corruption[0]).toBe('courts');
      expect(corruption.slice(1).sort()).toEqual(['judges', 'tajik']);
      expect(await slugs({ q: 'training' })).toEqual(['police', 'judges']);
    });

    it('marks the matching words in snippets, as text', async () => {
      const page = await run({ q: 'clinics' });
      const snippet = page.snippets.get(page.projects[0]!.id)!;
      expect(snippet.filter((p) => p.hit).map((p) => p.text)).toEqual(['clinics']);
      expect(snippet.map((p) => p.text).join('')).toContain('<script>alert("x")</script>');
    });

    it('accepts a filter naming an organisation another process added after the load', async () => {
      await run({ donor: 'eu' });
      await upsertOrganisation(t.db, {
        slug: 'newcomer',
        name: 'Newcomer Fund',
        acronym: null,
        iatiIdentifier: null,
        iatiType: null,
        website: null,
      });
      await indexProjects(t.db, []);
      const page = await run({ donor: 'newcomer' });
      expect(page.total).toBe(0);
      await expect(search.parseStrict({ donor: 'nobody-at-all' })).rejects.toThrow();
    });

    it('catches up with changes made after it loaded', async () => {
      expect(await sorted({ country: 'AF' })).toEqual([]);
      const { id } = await saveProject(
        t.db,
        projectInput({
          slug: 'afghan',
          title: 'Border management',
          countries: [{ code: 'AF', percentage: null }],
        }),
      );
      await indexProjects(t.db, [id]);
      expect(await sorted({ country: 'AF' })).toEqual(['afghan']);
      expect(await sorted({ q: 'border' })).toEqual(['afghan']);
      await saveProject(
        t.db,
        projectInput({ slug: 'afghan', title: 'Border management', state: 'archived' }),
      );
      await indexProjects(t.db, [id]);
      expect(await sorted({ country: 'AF' })).toEqual([]);
      expect(await sorted({ q: 'border' })).toEqual([]);
    });

    it('catches a change that commits after a later one (PostgreSQL hands out ids first)', async () => {
      const { rows } = await sql<{ n: number }>`select max(id) as n from search_changes`.execute(
        t.db,
      );
      const max = Number(rows[0]!.n);
      await sql`insert into search_changes (id, project_id) values (${max + 10}, 0)`.execute(t.db);
      expect(await sorted({ country: 'MN' })).toEqual([]);
      const { id } = await saveProject(
        t.db,
        projectInput({
          slug: 'late',
          title: 'Late one',
          countries: [{ code: 'MN', percentage: null }],
        }),
      );
      await sql`insert into search_changes (id, project_id) values (${max + 5}, ${id})`.execute(
        t.db,
      );
      expect(await sorted({ country: 'MN' })).toEqual(['late']);
    });
  });
}

describe('a database filled without the search module', () => {
  it('is indexed once at the first search', async () => {
    const t = await createTestDatabase('sqlite');
    try {
      await saveProject(
        t.db,
        projectInput({ slug: 'old', title: 'Prison reform from an old backup' }),
      );
      const search = createSearchService(t);
      const page = await search.search(await search.parseStrict({ q: 'prisons' }), context);
      expect(page.projects.map((p) => p.slug)).toEqual(['old']);
    } finally {
      await t.drop();
    }
  });
});
