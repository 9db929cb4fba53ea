import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectInput } from '../../test/factories/project.factory.ts';
import { loadSearchFixture } from '../../test/fixtures/search/search-fixture.ts';
import { createTestDatabase, DIALECTS, type TestDatabase } from '../../test/helpers/databases.ts';
import { saveProject } from '../db/project-write.repository.ts';
import { fullTextFor } from './engine-factory.ts';
import { type FacetData, FacetIndex } from './facet-index.ts';
import { IdSet } from './id-set.ts';
import { indexProjects } from './indexer.ts';
import { parseTextQuery } from './text.ts';
import { createTextMatcher, type TextMatcher } from './text-matcher.ts';

// Queries of every kind, in both languages; the matcher must find what the engine finds.
const QUERIES = [
  'corruption',
  'corrupt judges',
  'legal aid',
  '"legal aid"',
  '"aid legal"',
  'legal -women',
  'legal -"legal aid"',
  '-corruption -same',
  '-women',
  'corru*',
  'бор*',
  'коррупцией',
  'судебная реформа',
  '"судебная реформа"',
  'Kazakhstan -corruption',
  'Казахстан',
  'UNODC',
  'nothingmatcheszzz',
  'legal nothingmatcheszzz',
];

for (const dialect of DIALECTS) {
  describe(`text matching from clause id sets (${dialect})`, () => {
    let t: TestDatabase;
    let data: FacetData;
    let matcher: TextMatcher;
    const engine = () => fullTextFor(t.db, t.dialect.name);

    beforeAll(async () => {
      t = await createTestDatabase(dialect);
      await loadSearchFixture(t.db, []);
      data = await new FacetIndex(t.db).current();
      matcher = createTextMatcher(t, engine());
    });
    afterAll(() => t?.drop());

    it.each(QUERIES)('finds what the full-text engine finds for %s', async (q) => {
      const query = parseTextQuery(q);
      const direct = await engine().match(query, false);
      const live = [...data.projectId.data.subarray(0, data.slotCount)].filter(
        (_, s) => data.alive[s],
      );
      const expected = direct.complement
        ? live.filter((id) => !direct.ids.includes(id))
        : [...direct.ids].filter((id) => live.includes(id));
      const hits = await matcher.match(data, query, false);
      expect([...hits.set.ids()].sort((a, b) => a - b)).toEqual(expected.sort((a, b) => a - b));
      // Ranked, the same projects come back.
      const ranked = await matcher.match(data, query, true);
      expect([...ranked.set.ids()].sort((a, b) => a - b)).toEqual(
        [...hits.set.ids()].sort((a, b) => a - b),
      );
    });

    it('fetches the frequent tokens ahead, and then needs the engine no more for them', async () => {
      const real = engine();
      let prefetched: string[] = [];
      let asked = 0;
      const spy = createTextMatcher(t, {
        ...real,
        clauseIds: (c) => {
          asked++;
          return real.clauseIds(c);
        },
        wordIds: (stems) => {
          prefetched = stems;
          return real.wordIds(stems);
        },
      });
      expect((await spy.prefetch(data)).length).toBeGreaterThan(0);
      asked = 0;
      for (const stem of prefetched.slice(0, 5)) {
        const query = {
          include: [{ kind: 'word' as const, stem }],
          exclude: [],
          highlight: { stems: [], prefixes: [] },
        };
        const hits = await spy.match(data, query, false);
        // Fetched ahead or not, the same projects.
        const direct = await real.match(query, false);
        expect([...hits.set.ids()].sort((a, b) => a - b)).toEqual(
          [...direct.ids].sort((a, b) => a - b),
        );
        expect(hits.set.size).toBeGreaterThan(0);
      }
      expect(asked).toBe(0);
      await spy.match(data, parseTextQuery('nothingmatcheszzz'), false);
      expect(asked).toBe(1);
    });

    it('lists many words at once as it lists each, title hits included', async () => {
      const real = engine();
      const stems = ['corrupt', 'legal', 'aid', 'reform', 'коррупц', 'project', 'nothingzzz'];
      const bulk = await real.wordIds(stems);
      const sorted = (ids: Int32Array) => [...ids].sort((a, b) => a - b);
      let titled = 0;
      for (const stem of stems) {
        const one = await real.clauseIds({ kind: 'word', stem });
        expect(sorted(bulk.get(stem)!.ids)).toEqual(sorted(one.ids));
        expect(sorted(bulk.get(stem)!.titleIds)).toEqual(sorted(one.titleIds));
        titled += one.titleIds.length;
      }
      expect(titled).toBeGreaterThan(0);
    });

    it('after writes, patches its cached sets from the changed documents, as the engine finds', async () => {
      const db = await createTestDatabase(dialect);
      try {
        await loadSearchFixture(db.db, []);
        const index = new FacetIndex(db.db);
        const before = await index.current();
        const real = fullTextFor(db.db, db.dialect.name);
        let asked = 0;
        const spy = createTextMatcher(db, {
          ...real,
          clauseIds: (c) => {
            asked++;
            return real.clauseIds(c);
          },
        });
        const queries = [
          'legal aid',
          '"legal aid"',
          'legal -women',
          '-corruption',
          'corru*',
          'border',
          'суды',
        ];
        for (const q of queries) await spy.match(before, parseTextQuery(q), false);
        const save = async (slug: string, fields: Record<string, unknown>) => {
          const { id } = await saveProject(db.db, projectInput({ slug, ...fields }));
          await indexProjects(db.db, [id]);
        };
        await save('border', { title: 'Legal aid at the border', summary: 'Corruption risks.' });
        await save('legal-aid', { title: 'Legal help for women', state: 'archived' });
        await save('tajik', { title: 'Суды и законы', summary: 'Без коррупции.', language: 'ru' });
        const after = await index.current();
        expect(after).toBe(before);
        asked = 0;
        for (const q of queries) {
          const query = parseTextQuery(q);
          const direct = await real.match(query, false);
          const live = [...after.projectId.data.subarray(0, after.slotCount)].filter(
            (_, s) => after.alive[s],
          );
          const expected = direct.complement
            ? live.filter((id) => !direct.ids.includes(id))
            : [...direct.ids].filter((id) => live.includes(id));
          const hits = await spy.match(after, query, false);
          expect(
            [...hits.set.ids()].sort((a, b) => a - b),
            q,
          ).toEqual(expected.sort((a, b) => a - b));
        }
        expect(asked).toBe(0);
      } finally {
        await db.drop();
      }
    });
  });
}

describe('IdSet', () => {
  it('intersects, unites and subtracts like sets, across sizes', () => {
    const a = IdSet.of([1, 5, 31, 32, 64, 1000]);
    const b = IdSet.of([5, 32, 33]);
    expect([...a.and(b).ids()]).toEqual([5, 32]);
    expect([...b.and(a).ids()]).toEqual([5, 32]);
    expect([...a.or(b).ids()]).toEqual([1, 5, 31, 32, 33, 64, 1000]);
    expect([...a.andNot(b).ids()]).toEqual([1, 31, 64, 1000]);
    expect([...b.andNot(a).ids()]).toEqual([33]);
    expect(a.size).toBe(6);
    expect(a.has(1000) && !a.has(999) && !a.has(5000)).toBe(true);
    expect(IdSet.of([]).size).toBe(0);
    expect(IdSet.of([]).words.length).toBe(0);
    expect([...IdSet.of([0, 31, 2 ** 20 + 31]).ids()]).toEqual([0, 31, 2 ** 20 + 31]);
  });
});
