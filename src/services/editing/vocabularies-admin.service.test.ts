import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectInput } from '../../../test/factories/project.factory.ts';
import {
  createTestDatabase,
  DIALECTS,
  type TestDatabase,
} from '../../../test/helpers/databases.ts';
import { pageAuditEntries } from '../../db/audit.repository.ts';
import { findOrganisationBySlug, upsertOrganisation } from '../../db/organisations.repository.ts';
import { findProjectBySlug } from '../../db/project-read.repository.ts';
import { saveProject } from '../../db/project-write.repository.ts';
import { ForbiddenError, NotFoundError, ValidationError } from '../../domain/errors.ts';
import { organisationsInRole } from '../../domain/projects/project.ts';
import { projectsChanged } from '../project-changes.ts';
import { createServices } from '../services.ts';

const org = (slug: string, name: string) => ({
  slug,
  name,
  acronym: null,
  iatiIdentifier: null,
  iatiType: null,
  website: null,
});

for (const dialect of DIALECTS) {
  describe(`merging organisations (${dialect})`, () => {
    let database: TestDatabase;
    let services: ReturnType<typeof createServices>;
    const admin = { id: 0, role: 'admin' as const };
    const editor = { id: 0, role: 'editor' as const };

    beforeAll(async () => {
      database = await createTestDatabase(dialect);
      services = createServices(database);
      const auth = services.admin.auth;
      admin.id = (
        await auth.createUser(
          {
            email: 'a@example.org',
            name: 'Admin',
            role: 'admin',
            password: 'correct horse battery',
          },
          null,
        )
      ).id;
      editor.id = (
        await auth.createUser(
          { email: 'e@example.org', name: 'Ed', role: 'editor', password: 'correct horse battery' },
          null,
        )
      ).id;
      await upsertOrganisation(database.db, org('keepers', 'Keepers Trust'));
      await upsertOrganisation(database.db, org('duplicate', 'Zanzibarian Duplicate Fund'));
      const saved = await saveProject(
        database.db,
        projectInput({
          slug: 'both-roles',
          title: 'Both roles',
          organisations: [
            { role: 'donor', organisationSlug: 'keepers' },
            { role: 'donor', organisationSlug: 'duplicate' },
            { role: 'implementing', organisationSlug: 'duplicate' },
          ],
        }),
      );
      const other = await saveProject(
        database.db,
        projectInput({
          slug: 'only-duplicate',
          title: 'Only the duplicate',
          organisations: [{ role: 'donor', organisationSlug: 'duplicate' }],
        }),
      );
      await projectsChanged(database.db, [saved.id, other.id]);
    });
    afterAll(() => database?.drop());

    it('refuses editors, the same organisation twice and unknown ones, changing nothing', async () => {
      await expect(
        services.admin.vocabularies.mergeOrganisations(editor, 'keepers', 'duplicate'),
      ).rejects.toBeInstanceOf(ForbiddenError);
      await expect(
        services.admin.vocabularies.mergeOrganisations(admin, 'keepers', 'keepers'),
      ).rejects.toBeInstanceOf(ValidationError);
      await expect(
        services.admin.vocabularies.mergeOrganisations(admin, 'keepers', 'nobody'),
      ).rejects.toBeInstanceOf(NotFoundError);
      expect(await findOrganisationBySlug(database.db, 'duplicate')).toBeDefined();
    });

    it('moves every project to the kept organisation, once per role, and deletes the other', async () => {
      const before = await findProjectBySlug(database.db, 'both-roles');
      // Another web process that knew the dropped organisation before the merge.
      const otherProcess = createServices(database).search;
      expect((await otherProcess.parse({ donor: 'duplicate' })).issues).toEqual([]);
      const result = await services.admin.vocabularies.mergeOrganisations(
        admin,
        'keepers',
        'duplicate',
      );
      expect(result).toEqual({ projects: 2 });
      expect(await findOrganisationBySlug(database.db, 'duplicate')).toBeUndefined();

      const both = (await findProjectBySlug(database.db, 'both-roles'))!;
      expect(organisationsInRole(both, 'donor').map((o) => o.slug)).toEqual(['keepers']);
      expect(organisationsInRole(both, 'implementing').map((o) => o.slug)).toEqual(['keepers']);
      expect(both.version).toBe(before!.version + 1);
      const only = (await findProjectBySlug(database.db, 'only-duplicate'))!;
      expect(organisationsInRole(only, 'donor').map((o) => o.slug)).toEqual(['keepers']);
      // It now reports the filter as unknown instead of silently matching nothing.
      const stale = await otherProcess.parse({ donor: 'duplicate' });
      expect(stale.issues.map((i) => i.field)).toEqual(['donor']);

      const audit = await pageAuditEntries(database.db, {
        action: 'organisations_merged',
        limit: 5,
        offset: 0,
      });
      expect(audit.entries[0]).toMatchObject({
        subjectId: 'keepers',
        details: { merged: 'duplicate', projects: 2 },
      });
    });

    it('keeps search and its filters in step: the old name finds nothing, the kept one both', async () => {
      const search = services.search;
      const find = async (raw: Record<string, string>) => {
        const query = await search.parseStrict(raw);
        const page = await search.search(query, { today: '2026-11-28', language: 'en' });
        return page.projects.map((p) => p.slug).sort();
      };
      expect(await find({ q: 'Zanzibarian' })).toEqual([]);
      expect(await find({ q: 'Keepers' })).toEqual(['both-roles', 'only-duplicate']);
      expect(await find({ donor: 'keepers' })).toEqual(['both-roles', 'only-duplicate']);

      // A rename reaches its projects' search documents in the same transaction.
      await services.admin.vocabularies.saveOrganisation(
        admin,
        { name: 'Xylophonic Keepers' },
        'keepers',
      );
      expect(await find({ q: 'Xylophonic' })).toEqual(['both-roles', 'only-duplicate']);
    });
  });
}
