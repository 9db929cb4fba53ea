import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestDatabase, DIALECTS, type TestDatabase } from '../../test/helpers/databases.ts';
import type { Db } from '../db/database.ts';
import {
  findProjectBySlug,
  isProjectDeleted,
  loadProjects,
  pagePublishedProjectIds,
  publishedCounts,
} from '../db/project-read.repository.ts';
import { projectToFormValues } from '../domain/editing/project-form-values.ts';
import { projectToInput } from '../domain/editing/project-input.ts';
import { periodProblem, projectStatus } from '../domain/projects/period.ts';
import { organisationsInRole } from '../domain/projects/project.ts';
import { isValidSlug } from '../domain/projects/slug.ts';
import {
  isKnownCountry,
  isKnownCurrency,
  isKnownRegion,
} from '../domain/vocabularies/codelists.ts';
import { DEMO_ORGANISATIONS, DEMO_PROJECTS } from './seed/demo-projects.seed.ts';
import { PROJECT_TYPES } from './seed/project-types.seed.ts';
import { SEED_ORGANISATIONS, SEED_PROJECT } from './seed/seed-record.seed.ts';
import { isDatabaseEmpty, seedDemoData } from './seed.service.ts';
import { createServices } from './services.ts';

// The demo data promise "past, present and future" relative to the day they were written.
const TODAY = '2026-11-28';
const SEED_SLUG = 'unodc-programme-for-central-asia-2015-2019';
const ALL_PROJECTS = [SEED_PROJECT, ...DEMO_PROJECTS];
const ALL_ORGANISATIONS = [...SEED_ORGANISATIONS, ...DEMO_ORGANISATIONS];
const published = DEMO_PROJECTS.filter((p) => p.state === 'published');
const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

const TABLES = [
  'projects',
  'organisations',
  'project_types',
  'budget_lines',
  'project_translations',
  'organisation_translations',
  'contacts',
  'links',
  'project_organisations',
] as const;

async function tableCounts(db: Db) {
  const counts: Record<string, number> = {};
  for (const table of TABLES) {
    const { rows } = await sql<{
      n: number | string;
    }>`select count(*) as n from ${sql.table(table)}`.execute(db);
    counts[table] = Number(rows[0]!.n);
  }
  return counts;
}

const EXPECTED_COUNTS = {
  projects: ALL_PROJECTS.length,
  organisations: ALL_ORGANISATIONS.length,
  project_types: PROJECT_TYPES.length,
  budget_lines: sum(ALL_PROJECTS.map((p) => p.budgetLines.length)),
  project_translations: sum(ALL_PROJECTS.map((p) => p.translations.length)),
  organisation_translations: ALL_ORGANISATIONS.length,
  contacts: sum(ALL_PROJECTS.map((p) => p.contacts.length)),
  links: sum(ALL_PROJECTS.map((p) => p.links.length)),
  project_organisations: sum(ALL_PROJECTS.map((p) => p.organisations.length)),
};

for (const dialect of DIALECTS) {
  describe(`seedDemoData (${dialect})`, () => {
    let handle: TestDatabase;
    beforeEach(async () => {
      handle = await createTestDatabase(dialect);
    });
    afterEach(async () => {
      await handle.drop();
    });

    it('fills an empty database with the vocabulary, the seed record and the demo projects', async () => {
      expect(await isDatabaseEmpty(handle.db)).toBe(true);
      const report = await seedDemoData(handle.db);
      expect(report).toEqual({
        projectTypes: PROJECT_TYPES.length,
        organisations: ALL_ORGANISATIONS.length,
        projects: ALL_PROJECTS.length,
        created: ALL_PROJECTS.length,
        updated: 0,
        unchanged: 0,
        keptChanged: [],
      });
      expect(await tableCounts(handle.db)).toEqual(EXPECTED_COUNTS);
      expect(await isDatabaseEmpty(handle.db)).toBe(false);
    });

    it('is idempotent: a second run writes nothing and duplicates nothing', async () => {
      const first = await seedDemoData(handle.db);
      expect(first).toMatchObject({ created: ALL_PROJECTS.length, updated: 0, keptChanged: [] });
      const before = await findProjectBySlug(handle.db, SEED_SLUG);
      const again = await seedDemoData(handle.db);
      expect(again).toMatchObject({
        created: 0,
        updated: 0,
        unchanged: ALL_PROJECTS.length,
        keptChanged: [],
      });
      expect(await tableCounts(handle.db)).toEqual(EXPECTED_COUNTS);
      const after = await findProjectBySlug(handle.db, SEED_SLUG);
      expect(after!.id).toBe(before!.id);
      expect(after!.version).toBe(1);
      expect(after!.publishedAt).toBe(before!.publishedAt);
      const origins = await handle.db.selectFrom('revisions').select('origin').execute();
      expect(origins).toHaveLength(ALL_PROJECTS.length);
      expect(new Set(origins.map((o) => o.origin))).toEqual(new Set(['{"kind":"seed"}']));
    });

    it('never undoes work: an edited, a reopened and a deleted record are left alone', async () => {
      await seedDemoData(handle.db);
      const services = createServices(handle);
      const { editing } = services.admin;
      const user = await services.admin.auth.createUser(
        { email: 'a@example.org', name: 'A', role: 'admin', password: 'correct horse battery' },
        null,
      );
      const admin = { id: user.id, role: 'admin' as const };
      const seed = (await editing.getForEditor(admin, SEED_SLUG)).project;
      const values = { ...projectToFormValues(seed), title: 'Edited by an editor' };
      await editing.update(admin, SEED_SLUG, values, seed.version, 'retitled');
      const demo = published[0]!.slug;
      await editing.transition(admin, demo, 'reopen', {});
      const gone = published[1]!.slug;
      await editing.remove(admin, gone);
      const report = await seedDemoData(handle.db);
      expect(report.keptChanged.sort()).toEqual([SEED_SLUG, demo, gone].sort());
      expect(report.unchanged).toBe(ALL_PROJECTS.length - 3);
      expect((await findProjectBySlug(handle.db, SEED_SLUG))!.title).toBe('Edited by an editor');
      expect((await findProjectBySlug(handle.db, demo))!.state).toBe('draft');
      expect(await isProjectDeleted(handle.db, gone)).toBe(true);

      const reset = await seedDemoData(handle.db, { reset: true });
      expect(reset.keptChanged).toEqual([]);
      expect(reset.updated).toBe(ALL_PROJECTS.length);
      const back = (await findProjectBySlug(handle.db, SEED_SLUG))!;
      expect(back.title).toBe(SEED_PROJECT.title);
      expect((await findProjectBySlug(handle.db, demo))!.state).toBe('published');
      expect(await isProjectDeleted(handle.db, gone)).toBe(false);
      // The edit stays in the history, restorable.
      const history = await editing.history(admin, SEED_SLUG);
      expect(history.revisions.map((r) => r.origin?.kind)).toEqual(['seed', 'edit', 'seed']);
      // Seeded again after --reset, the records are the seed's own again.
      expect((await seedDemoData(handle.db)).keptChanged).toEqual([]);
    });

    it('stores every field of the seed record as published', async () => {
      await seedDemoData(handle.db);
      const p = (await findProjectBySlug(handle.db, SEED_SLUG))!;
      expect(p.title).toBe('UNODC Programme for Central Asia – 2015-2019');
      expect(p.language).toBe('en');
      expect(p.state).toBe('published');
      expect(p.countries.map((c) => c.code)).toEqual(['KZ', 'KG']);
      expect(p.regions).toEqual([]);
      expect(p.types.map((t) => [t.slug, t.name])).toEqual([
        ['anti-corruption', 'Anti-corruption'],
        ['criminal-law-and-procedure', 'Criminal law and procedure'],
      ]);
      expect(p.period).toEqual({ start: { year: 2015, month: 1 }, end: { year: 2019, month: 12 } });
      expect(organisationsInRole(p, 'donor').map((o) => [o.name, o.acronym])).toEqual([
        ['United Nations Office on Drugs and Crime', 'UNODC'],
      ]);
      expect(p.budgetText).toBe(
        'Indicative budget at beginning of project: Total - USD 70.6 million; Sub-Programme 2 - USD 18.3 million.',
      );
      expect(p.budgetLines).toEqual([
        { label: 'Total', amountCents: 7_060_000_000, currency: 'USD', isTotal: true },
        { label: 'Sub-Programme 2', amountCents: 1_830_000_000, currency: 'USD', isTotal: false },
      ]);
      expect(p.beneficiary).toBe('Governments of five Central Asian countries');
      expect(p.beneficiaryCountries).toEqual(['KZ', 'UZ', 'KG', 'TM', 'TJ']);
      expect(organisationsInRole(p, 'implementing').map((o) => o.name)).toEqual([
        'UNODC Regional Office for Central Asia',
      ]);
      expect(p.contacts).toEqual([
        {
          role: 'implementing',
          organisation: 'UNODC Regional Office for Central Asia',
          person: 'Ashita Mittal',
          jobTitle: 'Regional Representative',
          phones: ['+(998-71) 120-80-50 Ext 101', '+(998-71) 120-80-50'],
          email: null,
          address: '30a, Abdulla Kahhor Street Tashkent, 700100 Uzbekistan',
          website: null,
        },
      ]);
      const description = p.description!;
      expect(description).toMatch(/^Partnership programme signed by UNODC/);
      for (const nested of [
        '- PCA Sub-Programmes:\n  1. Countering transnational organised crime, illicit drug trafficking and preventing terrorism\n  2. Criminal justice, crime prevention and integrity.',
        '  4. Research and trend analysis.',
        '- Objective: Member States :\n  1. Strengthen the rule of law',
        '  5. Improve prison management regimes in line with international standards and norms.',
        '- Cross-border co-operation on criminal justice matters and anti -corruption efforts.',
        'Seek to build stronger ties between communities and law enforcement bodies',
      ]) {
        expect(description).toContain(nested);
      }
      expect(p.translations.map((t) => t.language)).toEqual(['ru']);
    });

    it('reads every demo project back exactly as it was given', async () => {
      await seedDemoData(handle.db);
      const rows = await handle.db.selectFrom('projects').select('id').execute();
      const stored = await loadProjects(
        handle.db,
        rows.map((r) => r.id),
      );
      const bySlug = new Map(stored.map((p) => [p.slug, projectToInput(p)]));
      for (const input of ALL_PROJECTS) expect(bySlug.get(input.slug)).toEqual(input);
    });

    it('shows only published projects publicly', async () => {
      await seedDemoData(handle.db);
      const page = await pagePublishedProjectIds(handle.db, { limit: 1000, offset: 0 });
      expect(page.total).toBe(1 + published.length);
      const shown = await loadProjects(handle.db, page.ids);
      const hidden = DEMO_PROJECTS.filter((p) => p.state !== 'published').map((p) => p.slug);
      expect(hidden).toHaveLength(3);
      for (const slug of hidden) expect(shown.map((p) => p.slug)).not.toContain(slug);
      const counts = await publishedCounts(handle.db);
      expect(counts.total).toBe(1 + published.length);
      expect(counts.byCountry.map((c) => c.code).sort()).toEqual(['KG', 'KZ', 'TJ', 'TM', 'UZ']);
      expect(counts.byType.map((t) => t.slug).sort()).toEqual(
        PROJECT_TYPES.map((t) => t.slug).sort(),
      );
    });
  });
}

describe('demo data', () => {
  const lines = DEMO_PROJECTS.flatMap((p) => p.budgetLines);
  const wordCount = (text: string) =>
    text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

  it('has at least 40 published projects and exactly one draft, one submitted, one archived', () => {
    expect(DEMO_PROJECTS.length).toBeGreaterThanOrEqual(44);
    expect(published.length).toBeGreaterThanOrEqual(40);
    for (const state of ['draft', 'submitted', 'archived']) {
      expect(DEMO_PROJECTS.filter((p) => p.state === state)).toHaveLength(1);
    }
  });

  it('has unique, valid slugs and unique titles', () => {
    const slugs = ALL_PROJECTS.map((p) => p.slug);
    expect(new Set(slugs).size).toBe(slugs.length);
    for (const slug of slugs) expect(isValidSlug(slug), slug).toBe(true);
    const titles = ALL_PROJECTS.map((p) => p.title);
    expect(new Set(titles).size).toBe(titles.length);
    const orgSlugs = ALL_ORGANISATIONS.map((o) => o.slug);
    expect(new Set(orgSlugs).size).toBe(orgSlugs.length);
    for (const slug of orgSlugs) expect(isValidSlug(slug), slug).toBe(true);
  });

  it('covers the five countries and the Central Asia region, with known codes only', () => {
    const countries = new Set(published.flatMap((p) => p.countries.map((c) => c.code)));
    expect([...countries].sort()).toEqual(['KG', 'KZ', 'TJ', 'TM', 'UZ']);
    expect(published.some((p) => p.regions.some((r) => r.code === '619'))).toBe(true);
    for (const p of DEMO_PROJECTS) {
      for (const code of [...p.countries.map((c) => c.code), ...p.beneficiaryCountries]) {
        expect(isKnownCountry(code), `${p.slug}: ${code}`).toBe(true);
      }
      for (const r of p.regions) expect(isKnownRegion(r.code), `${p.slug}: ${r.code}`).toBe(true);
      expect(p.beneficiary, p.slug).toBeTruthy();
      expect(p.beneficiaryCountries.length, p.slug).toBeGreaterThan(0);
    }
  });

  it('names every organisation in Russian too (a Russian page shows no English names)', () => {
    for (const o of ALL_ORGANISATIONS) {
      const ru = o.translations?.ru;
      expect(ru?.name, o.slug).toMatch(/[а-яё]/i);
      if (ru?.acronym) expect(o.acronym, `${o.slug} has a Russian acronym only`).not.toBeNull();
    }
  });

  it('uses every project type, known organisations, and several donors and implementers', () => {
    const used = new Set(published.flatMap((p) => p.typeSlugs));
    expect([...used].sort()).toEqual(PROJECT_TYPES.map((t) => t.slug).sort());
    const known = new Set(ALL_ORGANISATIONS.map((o) => o.slug));
    for (const p of DEMO_PROJECTS) {
      for (const o of p.organisations)
        expect(known.has(o.organisationSlug), o.organisationSlug).toBe(true);
      expect(
        p.organisations.some((o) => o.role === 'donor'),
        p.slug,
      ).toBe(true);
      expect(
        p.organisations.some((o) => o.role === 'implementing'),
        p.slug,
      ).toBe(true);
    }
    const inRole = (role: string) =>
      new Set(
        DEMO_PROJECTS.flatMap((p) =>
          p.organisations.filter((o) => o.role === role).map((o) => o.organisationSlug),
        ),
      );
    expect(inRole('donor').size).toBeGreaterThanOrEqual(10);
    expect(inRole('implementing').size).toBeGreaterThanOrEqual(10);
    expect(inRole('extending').size).toBeGreaterThan(0);
    expect(inRole('accountable').size).toBeGreaterThan(0);
  });

  it('has budgets in at least five known currencies, in exact cents, with text and lines', () => {
    const currencies = new Set(lines.map((l) => l.currency));
    expect(currencies.size).toBeGreaterThanOrEqual(5);
    for (const code of ['USD', 'EUR', 'KZT', 'GBP', 'CHF', 'SEK', 'JPY'])
      expect(currencies).toContain(code);
    for (const line of lines) {
      expect(isKnownCurrency(line.currency), line.currency).toBe(true);
      expect(Number.isSafeInteger(line.amountCents) && line.amountCents > 0).toBe(true);
    }
    expect(lines.some((l) => l.amountCents % 100 !== 0)).toBe(true);
    for (const p of DEMO_PROJECTS) {
      expect(p.budgetText, p.slug).toBeTruthy();
      expect(p.budgetLines.length, p.slug).toBeGreaterThan(0);
      expect(p.budgetLines.filter((l) => l.isTotal).length, p.slug).toBeLessThanOrEqual(1);
    }
  });

  it('has periods in the past, present and future, at month and year precision, some open', () => {
    for (const p of DEMO_PROJECTS) expect(periodProblem(p.period), p.slug).toBeNull();
    const statuses = new Set(published.map((p) => projectStatus(p.period, TODAY)));
    expect(statuses).toEqual(new Set(['completed', 'ongoing', 'planned']));
    const ends = DEMO_PROJECTS.flatMap((p) => [p.period.start, p.period.end]);
    expect(ends.some((d) => d?.month !== undefined)).toBe(true);
    expect(ends.some((d) => d && d.month === undefined)).toBe(true);
    expect(DEMO_PROJECTS.some((p) => p.period.end === null)).toBe(true);
    expect(DEMO_PROJECTS.some((p) => p.period.start === null)).toBe(true);
    expect(DEMO_PROJECTS.filter((p) => p.periodNote).length).toBeGreaterThanOrEqual(3);
  });

  it('has texts of the right size and translations in Russian and English', () => {
    for (const p of DEMO_PROJECTS) {
      const words = wordCount(p.description!);
      expect(words, `${p.slug}: ${words} words`).toBeGreaterThanOrEqual(80);
      expect(words, `${p.slug}: ${words} words`).toBeLessThanOrEqual(200);
      expect(p.summary, p.slug).toBeTruthy();
      for (const t of p.translations) {
        expect(t.language).not.toBe(p.language);
        expect(t.title && t.summary && t.description, `${p.slug} (${t.language})`).toBeTruthy();
        if (p.budgetText) expect(t.budgetText, `${p.slug} (${t.language})`).toBeTruthy();
        if (p.beneficiary) expect(t.beneficiary, `${p.slug} (${t.language})`).toBeTruthy();
        if (p.periodNote) expect(t.periodNote ?? p.periodNote).toBeTruthy();
      }
    }
    const english = DEMO_PROJECTS.filter((p) => p.language === 'en');
    expect(
      english.filter((p) => p.translations.some((t) => t.language === 'ru')).length,
    ).toBeGreaterThanOrEqual(15);
    const russian = DEMO_PROJECTS.filter((p) => p.language === 'ru');
    expect(russian).toHaveLength(3);
    for (const p of russian) expect(p.translations.map((t) => t.language)).toEqual(['en']);
    const markdown = DEMO_PROJECTS.map((p) => p.description!);
    expect(markdown.some((d) => /^ {3}1\. /m.test(d))).toBe(true);
    expect(markdown.some((d) => /^#{2,4} /m.test(d))).toBe(true);
    expect(markdown.some((d) => /\]\(https:\/\/example\.org\//.test(d))).toBe(true);
  });

  it('has contacts on about half, fictional addresses, and mixed provenance', () => {
    const withContacts = DEMO_PROJECTS.filter((p) => p.contacts.length > 0).length;
    expect(withContacts / DEMO_PROJECTS.length).toBeGreaterThanOrEqual(0.35);
    for (const c of DEMO_PROJECTS.flatMap((p) => p.contacts)) {
      if (c.email) expect(c.email).toMatch(/@example\.org$/);
      if (c.website) expect(c.website).toMatch(/^https:\/\/example\.org\//);
    }
    for (const l of DEMO_PROJECTS.flatMap((p) => p.links))
      expect(l.url).toMatch(/^https:\/\/example\.org\//);
    expect(DEMO_PROJECTS.filter((p) => p.links.length > 0).length).toBeGreaterThanOrEqual(5);
    const sources = DEMO_PROJECTS.map((p) => p.provenance);
    expect(sources.filter((s) => s.source === 'manual').length).toBeGreaterThan(
      DEMO_PROJECTS.length / 2,
    );
    const iati = sources.filter((s) => s.source === 'iati');
    expect(iati.length).toBeGreaterThanOrEqual(3);
    for (const s of iati) expect(s.iatiIdentifier).toBeTruthy();
    expect(sources.filter((s) => s.source === 'spreadsheet').length).toBeGreaterThanOrEqual(2);
  });
});
