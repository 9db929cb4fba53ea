import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/helpers/databases.ts';
import { adminTestBed, projectForm, type TestSession } from './admin-test-helpers.ts';

const admin = { id: 1, role: 'admin' as const };

for (const dialect of DIALECTS) {
  describe(`${dialect}: three-way merge of stale saves`, () => {
    let bed: Awaited<ReturnType<typeof adminTestBed>>;
    let one: TestSession;
    let two: TestSession;

    beforeAll(async () => {
      bed = await adminTestBed(dialect);
      one = await bed.userWithRole('editor', 'one@example.org');
      two = await bed.userWithRole('editor', 'two@example.org');
    });
    afterAll(async () => {
      await bed?.close();
    });

    const start = { summary: 'Start summary', countries: ['KZ'], description: 'Para one.' };

    async function created(title: string) {
      const res = await bed.post(one, '/admin/projects', projectForm(title, start));
      return /projects\/([^/]+)\/edit/.exec(res.headers.location!)![1]!;
    }
    const stored = async (slug: string) =>
      (await bed.services.admin.editing.getForEditor(admin, slug)).project;

    it('keeps both edits when they touch different fields, and says what was taken', async () => {
      const slug = await created('Merge clean');
      const first = await bed.post(
        one,
        `/admin/projects/${slug}`,
        projectForm('Merge clean, retitled', { ...start, version: '1' }),
      );
      expect(first.statusCode).toBe(303);
      const stale = await bed.post(
        two,
        `/admin/projects/${slug}`,
        projectForm('Merge clean', {
          ...start,
          countries: ['KZ', 'KG'],
          description: 'Para one.\n\n- a list item',
          version: '1',
        }),
      );
      expect(stale.statusCode).toBe(303);
      expect(stale.headers.location).toContain('notice=savedMerged');
      const page = await bed.get(two, stale.headers.location!);
      expect(page.body).toContain('Someone else had changed Title meanwhile');
      const p = await stored(slug);
      expect(p.title).toBe('Merge clean, retitled');
      expect(p.countries.map((c) => c.code).sort()).toEqual(['KG', 'KZ']);
      expect(p.description).toBe('Para one.\n\n- a list item');
      expect(p.version).toBe(3);
      const history = await bed.services.admin.editing.history(admin, slug);
      expect(history.revisions[0]!.origin).toEqual({ kind: 'edit', merged: ['title'] });
    });

    it('asks for a choice on every field both changed and saves nothing until all are chosen', async () => {
      const slug = await created('Merge conflict');
      await bed.post(
        one,
        `/admin/projects/${slug}`,
        projectForm('Title by one', {
          ...start,
          countries: ['UZ'],
          description: 'Para by one.',
          summary: 'Summary by one',
          version: '1',
        }),
      );
      const mine = projectForm('Title by two', {
        ...start,
        countries: ['TJ'],
        description: 'Para by two.',
        periodNote: 'Note by two',
        version: '1',
      });
      const stale = await bed.post(two, `/admin/projects/${slug}`, mine);
      expect(stale.statusCode).toBe(409);
      for (const f of ['title', 'countries', 'description'])
        expect(stale.body).toContain(`name="resolve.${f}"`);
      expect(stale.body).not.toContain('name="resolve.summary"');
      expect(stale.body).toContain('name="version" value="2"');
      expect(stale.body).toContain('name="base" value="1"');
      // Only one changed the summary: it is already in the form; only two changed the note.
      expect(stale.body).toContain('Summary by one');
      expect(stale.body).toContain('value="Note by two"');
      expect((await stored(slug)).title).toBe('Title by one');

      const rebased = { ...mine, summary: 'Summary by one', version: '2', base: '1' };
      const partly = await bed.post(two, `/admin/projects/${slug}`, {
        ...rebased,
        'resolve.title': 'theirs',
      });
      expect(partly.statusCode).toBe(409);
      expect(partly.body).toContain('choose which version to keep');
      expect((await stored(slug)).version).toBe(2);

      const done = await bed.post(two, `/admin/projects/${slug}`, {
        ...rebased,
        'resolve.title': 'theirs',
        'resolve.countries': 'mine',
        'resolve.description': 'mine',
      });
      expect(done.statusCode).toBe(303);
      const p = await stored(slug);
      expect(p.title).toBe('Title by one');
      expect(p.summary).toBe('Summary by one');
      expect(p.countries.map((c) => c.code)).toEqual(['TJ']);
      expect(p.description).toBe('Para by two.');
      expect(p.periodNote).toBe('Note by two');
    });

    it('asks again when a third save lands between the choice and the save', async () => {
      const slug = await created('Merge thrice');
      await bed.post(
        one,
        `/admin/projects/${slug}`,
        projectForm('T one', { ...start, version: '1' }),
      );
      const choice = {
        ...projectForm('T two', { ...start, version: '2', base: '1' }),
        'resolve.title': 'mine',
      };
      await bed.post(
        one,
        `/admin/projects/${slug}`,
        projectForm('T three', { ...start, version: '2' }),
      );
      const res = await bed.post(two, `/admin/projects/${slug}`, choice);
      expect(res.statusCode).toBe(409);
      expect(res.body).toContain('name="version" value="3"');
      expect((await stored(slug)).title).toBe('T three');
    });

    it('answers JSON clients with the conflicting fields and both values', async () => {
      const slug = await created('Merge JSON');
      await bed.post(
        one,
        `/admin/projects/${slug}`,
        projectForm('JSON one', { ...start, version: '1' }),
      );
      const send = (payload: Record<string, unknown>) =>
        bed.app.inject({
          method: 'POST',
          url: `/admin/projects/${slug}`,
          headers: { cookie: two.cookie, accept: 'application/json', 'x-csrf-token': two.csrf },
          payload,
        });
      const res = await send({ ...projectForm('JSON two', start), version: '1' });
      expect(res.statusCode).toBe(409);
      const body = res.json();
      expect(body).toMatchObject({ error: 'conflict', currentVersion: 2, baseVersion: 1 });
      expect(body.conflicts).toEqual([
        { field: 'title', theirs: ['JSON one'], yours: ['JSON two'] },
      ]);
      const ok = await send({
        ...projectForm('JSON two', start),
        version: '2',
        base: '1',
        'resolve.title': 'mine',
      });
      expect(ok.statusCode).toBe(200);
      expect(ok.json()).toMatchObject({ version: 3, merged: [] });
      expect((await stored(slug)).title).toBe('JSON two');
    });

    it('records every save, restore and delete in the audit log, in the same transaction', async () => {
      const slug = await created('Audited');
      await bed.post(
        one,
        `/admin/projects/${slug}`,
        projectForm('Audited 2', { ...start, version: '1' }),
      );
      await bed.post(one, `/admin/projects/${slug}/restore`, { revision: '1', version: '2' });
      await bed.post(one, `/admin/projects/${slug}/delete`, {});
      const rows = await bed.db.db
        .selectFrom('audit_log')
        .select(['action', 'details'])
        .where('subject_id', '=', slug)
        .orderBy('id')
        .execute();
      expect(rows.map((r) => r.action)).toEqual([
        'project_created',
        'project_updated',
        'project_restored',
        'project_deleted',
      ]);
      const revisions = await bed.db.db
        .selectFrom('revisions as r')
        .innerJoin('projects as p', 'p.id', 'r.project_id')
        .select(['r.version', 'r.origin'])
        .where('p.slug', '=', slug)
        .orderBy('r.version')
        .execute();
      expect(revisions.map((r) => [r.version, JSON.parse(r.origin!).kind])).toEqual([
        [1, 'create'],
        [2, 'edit'],
        [3, 'restore'],
        [4, 'delete'],
      ]);
    });
  });
}
