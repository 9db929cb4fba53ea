import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { iatiFixture, iatiSample } from '../../../test/fixtures/iati/paths.ts';
import {
  createTestDatabase,
  DIALECTS,
  type TestDatabase,
} from '../../../test/helpers/databases.ts';
import { loadProjects } from '../../db/project-read.repository.ts';
import { upsertProjectType } from '../../db/project-types.repository.ts';
import type { Project } from '../../domain/projects/project.ts';
import { MemoryOutput } from '../../interchange/csv/memory-output.ts';
import { iatiSchemaErrors } from '../../interchange/iati-export/iati-xsd.testing.ts';
import { importIatiFile } from '../import/iati-import.service.ts';
import { PROJECT_TYPES } from '../seed/project-types.seed.ts';
import { createExportService } from './export.service.ts';

const FILES = [
  iatiFixture('multilingual-2.03.xml'),
  iatiFixture('legacy-1.03.xml'),
  iatiSample('IATI-Extra-Documentation/activity-standard-example-annotated.xml'),
  iatiSample('IATI-Schemas/worldbank.xml'),
  iatiSample('codeforIATI-iati-datastore/2-many_titles_and_descriptions.xml'),
  iatiSample('codeforIATI-iati-datastore/multiple_locales_descriptions.xml'),
  iatiSample('codeforIATI-iati-datastore/budget-currencies.xml'),
  iatiSample('codeforIATI-iati-datastore/same_orgs_different_roles.xml'),
  iatiSample('codeforIATI-iati-datastore/localised-org-names.xml'),
];

async function fresh(dialect: (typeof DIALECTS)[number]) {
  const t = await createTestDatabase(dialect);
  for (const type of PROJECT_TYPES) await upsertProjectType(t.db, type);
  return t;
}

async function exportIati(t: TestDatabase) {
  const out = new MemoryOutput();
  await createExportService(t.db).write('iati', out, {
    publicUrl: 'http://localhost',
    today: '2026-11-28',
    now: '2026-11-28T00:00:00.000Z',
  });
  return out.text();
}

async function allProjects(t: TestDatabase) {
  const rows = await t.db.selectFrom('projects').select('id').orderBy('id').execute();
  return loadProjects(
    t.db,
    rows.map((r) => r.id),
  );
}

/** What an import decides: everything but ids, times, versions and the file it came from. */
function content(p: Project) {
  return {
    ...p,
    id: 0,
    version: 0,
    createdAt: '',
    updatedAt: '',
    publishedAt: null,
    provenance: { ...p.provenance, sourceFile: null, importedAt: null },
    // Translations have no position: loadProjects returns them in the database's order (file
    // order on PostgreSQL, by language on SQLite), the export by language on both.
    translations: [...p.translations].sort((a, b) => a.language.localeCompare(b.language)),
    types: p.types.map((t) => t.slug),
    organisations: p.organisations.map((o) => ({
      role: o.role,
      slug: o.organisation.slug,
      name: o.organisation.name,
    })),
  };
}

/**
 * Two things IATI 2.03 cannot say, made equal before comparing: a project with no known period
 * goes out with its record's creation date as planned start (the schema requires a date), and
 * a 1.x activity-website goes out as a document-link (2.03 has no other place for it). Both
 * are asserted separately.
 */
function lossless(p: ReturnType<typeof content>, undated: ReadonlySet<string | null>) {
  return {
    ...p,
    period: undated.has(p.provenance.iatiIdentifier) ? null : p.period,
    links: p.links.map((l) => ({ url: l.url, title: l.title, language: l.language })),
  };
}

const byIdentifier = (projects: Project[], undated: ReadonlySet<string | null>) =>
  projects
    .map(content)
    .map((p) => lossless(p, undated))
    .sort((a, b) =>
      (a.provenance.iatiIdentifier ?? '').localeCompare(b.provenance.iatiIdentifier ?? ''),
    );

for (const dialect of DIALECTS) {
  describe(`IATI import → export → import (${dialect})`, () => {
    let first: TestDatabase;
    let second: TestDatabase;
    let xml: string;
    let original: Project[];
    let undated: Set<string | null>;

    beforeAll(async () => {
      first = await fresh(dialect);
      second = await fresh(dialect);
      for (const file of FILES) {
        // Published, as the export carries only what the public sees.
        const report = await importIatiFile(first.db, file, { state: 'published' });
        expect(report.errors, file).toEqual([]);
      }
      xml = await exportIati(first);
      original = await allProjects(first);
      undated = new Set(
        original
          .filter((p) => !p.period.start && !p.period.end)
          .map((p) => p.provenance.iatiIdentifier),
      );
    });
    afterAll(async () => {
      await first.drop();
      await second.drop();
    });

    it('exports every imported activity, valid against the IATI 2.03 schema', async () => {
      const projects = await allProjects(first);
      expect(projects.length).toBeGreaterThan(8);
      expect(xml.match(/<iati-activity /g)).toHaveLength(projects.length);
      expect(iatiSchemaErrors(xml)).toEqual([]);
    });

    it('re-imports the export over the same records: no new ones, same content', async () => {
      const before = byIdentifier(original, undated);
      const report = await importIatiFile(first.db, Readable.from([xml]), {
        fileName: 'export.xml',
      });
      expect(report.errors).toEqual([]);
      expect(report.skipped).toEqual([]);
      expect(report.created).toBe(0);
      // The file name is part of provenance, so records read from another file count as
      // updated; what they say is unchanged.
      expect(report.updated + report.unchanged).toBe(report.activities);
      expect(byIdentifier(await allProjects(first), undated)).toEqual(before);
    });

    it('imports the export into an empty database as the same records', async () => {
      const report = await importIatiFile(second.db, Readable.from([xml]), {
        fileName: 'export.xml',
        state: 'published',
      });
      expect(report.errors).toEqual([]);
      const reimported = await allProjects(second);
      expect(byIdentifier(reimported, undated)).toEqual(byIdentifier(original, undated));
      expect(reimported.map(content)).toEqual(
        expect.arrayContaining(
          original
            .map(content)
            .filter((p) => p.period.start && p.links.every((l) => l.kind === 'document')),
        ),
      );
      const undatedProjects = original.filter((p) => !p.period.start && !p.period.end);
      for (const p of undatedProjects) {
        const again = reimported.find(
          (r) => r.provenance.iatiIdentifier === p.provenance.iatiIdentifier,
        )!;
        expect(again.period.start).toEqual({
          year: Number(p.createdAt.slice(0, 4)),
          month: Number(p.createdAt.slice(5, 7)),
        });
      }
    });
  });
}
