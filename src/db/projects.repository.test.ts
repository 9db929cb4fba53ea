import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectInput } from '../../test/factories/project.factory.ts';
import { createTestDatabase, DIALECTS, type TestDatabase } from '../../test/helpers/databases.ts';
import { ConflictError, ValidationError } from '../domain/errors.ts';
import { isKnownCurrency } from '../domain/vocabularies/codelists.ts';
import { upsertOrganisation } from './organisations.repository.ts';
import {
  findProjectBySlug,
  pagePublishedProjectIds,
  publishedCounts,
} from './project-read.repository.ts';
import { listProjectTypes, upsertProjectType } from './project-types.repository.ts';
import { saveProject } from './project-write.repository.ts';

const ORG = { acronym: 'ORG', iatiIdentifier: null, iatiType: null, website: null };

for (const dialect of DIALECTS) {
  describe(`projects repository (${dialect})`, () => {
    let t: TestDatabase;
    beforeAll(async () => {
      t = await createTestDatabase(dialect);
      await upsertOrganisation(t.db, { ...ORG, slug: 'donor', name: 'Donor Org' });
      await upsertOrganisation(t.db, { ...ORG, slug: 'impl', name: 'Implementer', acronym: null });
      await upsertProjectType(t.db, {
        slug: 'anti-corruption',
        name: 'Anti-corruption',
        names: { ru: 'Противодействие коррупции' },
        dacCodes: ['15113'],
        position: 0,
      });
    });
    afterAll(() => t?.drop());

    it('stores and reads back every field of the record', async () => {
      const input = projectInput({
        slug: 'full',
        title: 'Full record',
        summary: 'Sum',
        description: '# Head\n\n- a\n  1. b',
        period: { start: { year: 2015, month: 1 }, end: { year: 2019 } },
        periodNote: 'Extended once',
        budgetText: 'Total - USD 70.6 million',
        budgetLines: [
          { label: 'Total', amountCents: 7_060_000_000, currency: 'USD', isTotal: true },
          { label: 'Part', amountCents: 123_456_789_012_345, currency: 'KZT', isTotal: false },
        ],
        countries: [
          { code: 'KZ', percentage: 60 },
          { code: 'KG', percentage: 40 },
        ],
        regions: [{ code: '619', percentage: null }],
        beneficiary: 'Governments',
        beneficiaryCountries: ['UZ', 'TJ'],
        typeSlugs: ['anti-corruption'],
        sectors: [{ vocabulary: '1', code: '15113', percentage: 100 }],
        organisations: [
          { role: 'donor', organisationSlug: 'donor' },
          { role: 'implementing', organisationSlug: 'impl' },
        ],
        contacts: [
          {
            role: 'implementing',
            organisation: 'Implementer',
            person: 'A. Person',
            jobTitle: 'Head',
            phones: ['+1 1', '+2 2'],
            email: 'a@example.org',
            address: 'Street 1',
            website: 'https://example.org',
          },
        ],
        links: [
          {
            kind: 'document',
            url: 'https://example.org/a.pdf',
            title: 'Doc',
            language: 'en',
            format: 'application/pdf',
          },
        ],
        translations: [
          {
            language: 'ru',
            title: 'Полная запись',
            summary: null,
            description: null,
            budgetText: null,
            beneficiary: null,
            periodNote: null,
          },
        ],
        provenance: {
          source: 'iati',
          iatiIdentifier: 'XM-1',
          sourceFile: 'a.xml',
          importedAt: '2026-01-01T00:00:00.000Z',
        },
      });
      const { version } = await saveProject(t.db, input, { isKnownCurrency });
      expect(version).toBe(1);
      const p = (await findProjectBySlug(t.db, 'full'))!;
      expect(p.title).toBe('Full record');
      expect(p.period).toEqual({ start: { year: 2015, month: 1 }, end: { year: 2019 } });
      expect(p.budgetLines).toEqual(input.budgetLines);
      expect(p.countries).toEqual(input.countries);
      expect(p.regions).toEqual(input.regions);
      expect(p.beneficiaryCountries).toEqual(['UZ', 'TJ']);
      expect(p.types.map((x) => [x.slug, x.names.ru])).toEqual([
        ['anti-corruption', 'Противодействие коррупции'],
      ]);
      expect(p.sectors).toEqual(input.sectors);
      expect(p.organisations.map((o) => [o.role, o.organisation.slug])).toEqual([
        ['donor', 'donor'],
        ['implementing', 'impl'],
      ]);
      expect(p.contacts).toEqual(input.contacts);
      expect(p.links).toEqual(input.links);
      expect(p.translations).toEqual(input.translations);
      expect(p.provenance).toEqual(input.provenance);
      expect(p.state).toBe('published');
      expect(p.publishedAt).not.toBeNull();
    });

    it('replaces a project by slug, bumping the version, with no duplicates', async () => {
      await saveProject(
        t.db,
        projectInput({ slug: 'twice', countries: [{ code: 'KZ', percentage: null }] }),
      );
      const second = await saveProject(
        t.db,
        projectInput({
          slug: 'twice',
          title: 'Renamed',
          countries: [{ code: 'TJ', percentage: null }],
        }),
      );
      expect(second.version).toBe(2);
      const p = (await findProjectBySlug(t.db, 'twice'))!;
      expect(p.title).toBe('Renamed');
      expect(p.countries.map((c) => c.code)).toEqual(['TJ']);
      const rows = await t.db
        .selectFrom('projects')
        .select('id')
        .where('slug', '=', 'twice')
        .execute();
      expect(rows).toHaveLength(1);
    });

    it('refuses a stale version with a conflict and writes nothing', async () => {
      await saveProject(t.db, projectInput({ slug: 'locked' }));
      await saveProject(t.db, projectInput({ slug: 'locked', title: 'v2' }), {
        expectedVersion: 1,
      });
      await expect(
        saveProject(t.db, projectInput({ slug: 'locked', title: 'stale' }), { expectedVersion: 1 }),
      ).rejects.toBeInstanceOf(ConflictError);
      expect((await findProjectBySlug(t.db, 'locked'))!.title).toBe('v2');
    });

    it('names the field of bad input and writes nothing', async () => {
      const bad = projectInput({
        slug: 'bad',
        period: { start: { year: 2020 }, end: { year: 2019 } },
        budgetLines: [{ label: null, amountCents: 1, currency: 'XXY', isTotal: true }],
      });
      const error = await saveProject(t.db, bad, { isKnownCurrency }).catch((e) => e);
      expect(error).toBeInstanceOf(ValidationError);
      expect(error.issues.map((i: { field: string }) => i.field)).toEqual([
        'period',
        'budgetLines[0].currency',
      ]);
      const unknownOrg = projectInput({
        slug: 'bad2',
        organisations: [{ role: 'donor', organisationSlug: 'nobody' }],
      });
      await expect(saveProject(t.db, unknownOrg)).rejects.toThrow(/unknown organisation "nobody"/);
      expect(await findProjectBySlug(t.db, 'bad')).toBeUndefined();
      expect(await findProjectBySlug(t.db, 'bad2')).toBeUndefined();
    });

    it('pages published projects newest first and counts them', async () => {
      await saveProject(
        t.db,
        projectInput({
          slug: 'draft-one',
          state: 'draft',
          countries: [{ code: 'KZ', percentage: null }],
        }),
      );
      await saveProject(
        t.db,
        projectInput({
          slug: 'newest',
          period: { start: { year: 2030 }, end: null },
          countries: [{ code: 'KZ', percentage: null }],
        }),
      );
      await saveProject(
        t.db,
        projectInput({ slug: 'no-dates', period: { start: null, end: null } }),
      );
      const { ids, total } = await pagePublishedProjectIds(t.db, { limit: 100, offset: 0 });
      const slugs = (await t.db.selectFrom('projects').select(['id', 'slug']).execute()).reduce(
        (m, r) => m.set(r.id, r.slug),
        new Map<number, string>(),
      );
      const ordered = ids.map((id) => slugs.get(id));
      expect(ordered[0]).toBe('newest');
      expect(ordered.at(-1)).toBe('no-dates');
      expect(ordered).not.toContain('draft-one');
      expect(total).toBe(ids.length);
      const counts = await publishedCounts(t.db);
      expect(counts.byCountry.find((c) => c.code === 'KZ')?.count).toBe(2); // 'full' and 'newest', not the draft
      expect((await listProjectTypes(t.db))[0]!.dacCodes).toEqual(['15113']);
    });
  });
}
