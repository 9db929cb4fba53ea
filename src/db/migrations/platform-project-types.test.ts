import { describe, expect, it } from 'vitest';
import { projectInput } from '../../../test/factories/project.factory.ts';
import { createTestDatabase, DIALECTS } from '../../../test/helpers/databases.ts';
import { migrateToLatest } from '../migrate.ts';
import { findProjectBySlug } from '../project-read.repository.ts';
import { listProjectTypes, upsertProjectType } from '../project-types.repository.ts';
import { saveProject } from '../project-write.repository.ts';
import { insertRevision } from '../revisions.repository.ts';

for (const dialect of DIALECTS) {
  describe(`migration 0006: the platform's project types (${dialect})`, () => {
    it('merges the near-duplicates into the platform names, moving projects and history', async () => {
      const t = await createTestDatabase(dialect, {
        migrateUpTo: '2026-12-07-0005-revision-origin',
      });
      try {
        const old = (
          slug: string,
          name: string,
          ru: string,
          dacCodes: string[],
          position: number,
        ) => upsertProjectType(t.db, { slug, name, names: { ru }, dacCodes, position });
        await old(
          'access-to-justice-and-legal-aid',
          'Access to justice and legal aid',
          'Доступ к правосудию и юридическая помощь',
          ['15130'],
          0,
        );
        await old('access-to-justice', 'Access to justice', 'Доступ к правосудию', ['15134'], 1);
        await old(
          'civil-and-commercial-law',
          'Civil and commercial law',
          'Гражданское и коммерческое право',
          ['15130', '25010'],
          2,
        );
        const both = await saveProject(
          t.db,
          projectInput({
            slug: 'both',
            typeSlugs: ['access-to-justice-and-legal-aid', 'access-to-justice'],
          }),
        );
        await saveProject(
          t.db,
          projectInput({
            slug: 'old-only',
            typeSlugs: ['civil-and-commercial-law', 'access-to-justice-and-legal-aid'],
          }),
        );
        const before = await findProjectBySlug(t.db, 'old-only');
        await insertRevision(t.db, {
          project: before!,
          authorId: null,
          message: null,
          at: '2026-12-01T00:00:00.000Z',
          origin: { kind: 'create' },
        });

        await migrateToLatest(t);

        const types = await listProjectTypes(t.db);
        const slugs = types.map((ty) => ty.slug);
        expect(slugs).not.toContain('access-to-justice-and-legal-aid');
        expect(slugs).not.toContain('civil-and-commercial-law');
        expect(slugs).toEqual(
          expect.arrayContaining([
            'access-to-justice',
            'civil-law-and-procedure',
            'childrens-rights',
            'public-prosecutors',
          ]),
        );
        const access = types.find((ty) => ty.slug === 'access-to-justice')!;
        expect(access.dacCodes.sort()).toEqual(['15130', '15134']);
        const civil = types.find((ty) => ty.slug === 'civil-law-and-procedure')!;
        expect(civil).toMatchObject({
          name: 'Civil law and procedure',
          names: { ru: 'Гражданское право и процесс' },
        });
        expect(civil.dacCodes.sort()).toEqual(['15130', '25010']);
        expect(types.find((ty) => ty.slug === 'childrens-rights')!.names.ru).toBe('Права детей');

        expect((await findProjectBySlug(t.db, 'both'))!.types.map((ty) => ty.slug)).toEqual([
          'access-to-justice',
        ]);
        expect(
          (await findProjectBySlug(t.db, 'old-only'))!.types.map((ty) => ty.slug).sort(),
        ).toEqual(['access-to-justice', 'civil-law-and-procedure']);
        const snapshot = await t.db
          .selectFrom('revisions')
          .select('snapshot')
          .where('project_id', '=', before!.id)
          .executeTakeFirstOrThrow();
        expect(snapshot.snapshot).not.toContain('access-to-justice-and-legal-aid');
        expect(snapshot.snapshot).toContain('"slug":"civil-law-and-procedure"');
        const changes = await t.db.selectFrom('search_changes').select('project_id').execute();
        expect(changes.map((c) => Number(c.project_id))).toEqual(
          expect.arrayContaining([0, both.id, before!.id]),
        );
      } finally {
        await t.drop();
      }
    });

    it('leaves an empty database to the seed', async () => {
      const t = await createTestDatabase(dialect);
      try {
        expect(await listProjectTypes(t.db)).toEqual([]);
      } finally {
        await t.drop();
      }
    });
  });
}
