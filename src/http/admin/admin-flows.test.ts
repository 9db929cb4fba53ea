import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/helpers/databases.ts';
import { createServices } from '../../services/services.ts';
import { buildApp } from '../app.ts';
import { adminTestBed, PASSWORD, projectForm, type TestSession } from './admin-test-helpers.ts';

for (const dialect of DIALECTS) {
  describe(`${dialect}: editor flows`, () => {
    let bed: Awaited<ReturnType<typeof adminTestBed>>;
    let editor: TestSession;
    let other: TestSession;

    beforeAll(async () => {
      bed = await adminTestBed(dialect);
      editor = await bed.userWithRole('editor');
      other = await bed.userWithRole('editor', 'second@example.org');
    });
    afterAll(async () => {
      await bed?.close();
    });

    describe('CSRF', () => {
      it('refuses a form without the token, with a wrong one, or with the anonymous one', async () => {
        const anon = await bed.anonymous();
        for (const token of [null, 'wrong', anon.csrf, other.csrf]) {
          const res = await bed.post(editor, '/admin/projects', projectForm('CSRF'), token);
          expect(res.statusCode).toBe(403);
        }
        const ok = await bed.post(editor, '/admin/projects', projectForm('CSRF'));
        expect(ok.statusCode).toBe(303);
      });

      it('refuses a log-in without the double-submit token; JSON says why', async () => {
        const res = await bed.app.inject({
          method: 'POST',
          url: '/admin/login',
          headers: { accept: 'application/json' },
          payload: { email: 'editor@example.org', password: PASSWORD },
        });
        expect(res.statusCode).toBe(403);
        expect(res.json().error).toBe('csrf_failed');
      });

      it('accepts the token in the X-CSRF-Token header (the preview fetch)', async () => {
        const res = await bed.app.inject({
          method: 'POST',
          url: '/admin/preview',
          headers: { cookie: editor.cookie, 'x-csrf-token': editor.csrf },
          payload: { markdown: '<script>alert(1)</script> **bold**' },
        });
        expect(res.statusCode).toBe(200);
        expect(res.body).toContain('<strong>bold</strong>');
        expect(res.body).not.toContain('<script');
      });
    });

    describe('log-in limits', () => {
      it('locks an account after 5 failures, for every process sharing the database', async () => {
        await bed.services.admin.auth.createUser(
          { email: 'target@example.org', name: 'T', role: 'editor', password: PASSWORD },
          null,
        );
        const anon = await bed.anonymous();
        const attempt = (password: string, ip = '10.0.0.1', app = bed.app) =>
          app.inject({
            method: 'POST',
            url: '/admin/login',
            remoteAddress: ip,
            headers: { cookie: anon.cookie, 'content-type': 'application/x-www-form-urlencoded' },
            payload: new URLSearchParams({
              email: 'target@example.org',
              password,
              _csrf: anon.csrf,
            }).toString(),
          });
        for (let i = 0; i < 5; i++) expect((await attempt('wrong password')).statusCode).toBe(401);
        const locked = await attempt(PASSWORD);
        expect(locked.statusCode).toBe(429);
        expect(Number(locked.headers['retry-after'])).toBeGreaterThan(0);
        // A second web process over the same database sees the same limit.
        const second = await buildApp({
          services: createServices(bed.db),
          publicUrl: 'http://localhost',
          logLevel: 'silent',
        });
        expect((await attempt(PASSWORD, '10.0.0.2', second)).statusCode).toBe(429);
        await second.close();
        const audit = await bed.services.admin.audit.page(
          { id: 0, role: 'admin' },
          { page: 1, pageSize: 100 },
        );
        const actions = audit.entries.map((e) => e.action);
        expect(actions).toContain('login_failed');
        expect(actions).toContain('login_rate_limited');
      });

      it('limits one address trying many accounts', async () => {
        const anon = await bed.anonymous();
        let last = 0;
        for (let i = 0; i < 21; i++) {
          const res = await bed.app.inject({
            method: 'POST',
            url: '/admin/login',
            remoteAddress: '10.9.9.9',
            headers: { cookie: anon.cookie, 'content-type': 'application/x-www-form-urlencoded' },
            payload: new URLSearchParams({
              email: `nobody${i}@example.org`,
              password: 'x',
              _csrf: anon.csrf,
            }).toString(),
          });
          last = res.statusCode;
        }
        expect(last).toBe(429);
      });

      it('sets an HttpOnly, SameSite=Lax session cookie and stores only its hash', async () => {
        const anon = await bed.anonymous();
        const res = await bed.app.inject({
          method: 'POST',
          url: '/admin/login',
          headers: { cookie: anon.cookie, 'content-type': 'application/x-www-form-urlencoded' },
          payload: new URLSearchParams({
            email: 'editor@example.org',
            password: PASSWORD,
            _csrf: anon.csrf,
          }).toString(),
        });
        expect(res.statusCode).toBe(303);
        const cookie = [res.headers['set-cookie']]
          .flat()
          .find((c) => c?.startsWith('projectory_session='))!;
        expect(cookie).toMatch(/HttpOnly/i);
        expect(cookie).toMatch(/SameSite=Lax/i);
        const token = /projectory_session=([^;]+)/.exec(cookie)![1]!;
        const rows = await bed.db.db.selectFrom('sessions').select('id').execute();
        expect(rows.map((r) => r.id)).not.toContain(token);
        const hashes = await bed.db.db.selectFrom('users').select('password_hash').execute();
        expect(hashes.every((h) => h.password_hash?.startsWith('scrypt$'))).toBe(true);
      });
    });

    describe('no lost update', () => {
      it('the second save of a stale form gets the conflict page; nothing is overwritten', async () => {
        const created = await bed.post(editor, '/admin/projects', projectForm('Shared project'));
        const slug = /projects\/([^/]+)\/edit/.exec(created.headers.location!)![1]!;
        const first = await bed.post(
          editor,
          `/admin/projects/${slug}`,
          projectForm('Title by one', { version: '1' }),
        );
        expect(first.statusCode).toBe(303);
        const stale = await bed.post(
          other,
          `/admin/projects/${slug}`,
          projectForm('Title by two', { version: '1' }),
        );
        expect(stale.statusCode).toBe(409);
        expect(stale.body).toContain('Title by one');
        expect(stale.body).toContain('Title by two');
        expect(stale.body).toContain('name="version" value="2"');
        const stored = await bed.services.admin.editing.getForEditor(
          { id: 1, role: 'admin' },
          slug,
        );
        expect(stored.project.title).toBe('Title by one');
        // Choosing "mine" is a deliberate save of the rebased form.
        const mine = await bed.post(
          other,
          `/admin/projects/${slug}`,
          projectForm('Title by two', { version: '2' }),
        );
        expect(mine.statusCode).toBe(303);
        const json = await bed.app.inject({
          method: 'POST',
          url: `/admin/projects/${slug}`,
          headers: {
            cookie: editor.cookie,
            accept: 'application/json',
            'x-csrf-token': editor.csrf,
          },
          payload: { ...projectForm('JSON stale'), version: '1' },
        });
        expect(json.statusCode).toBe(409);
        expect(json.json().error).toBe('conflict');
      });
    });

    describe('revisions', () => {
      it('keeps a snapshot per save, diffs two, and restores an old one as a new revision', async () => {
        const created = await bed.post(
          editor,
          '/admin/projects',
          projectForm('Original title', { summary: 'First summary' }),
        );
        const slug = /projects\/([^/]+)\/edit/.exec(created.headers.location!)![1]!;
        await bed.post(
          editor,
          `/admin/projects/${slug}`,
          projectForm('Better title', { version: '1', message: 'Retitled' }),
        );
        const history = await bed.get(editor, `/admin/projects/${slug}/history`);
        expect(history.statusCode).toBe(200);
        expect(history.body).toContain('Retitled');
        const diff = await bed.get(editor, `/admin/projects/${slug}/diff?from=1&to=2`);
        expect(diff.body).toContain('<del>Original title</del>');
        expect(diff.body).toContain('<ins>Better title</ins>');
        expect(diff.body).toContain('<del>First summary</del>');
        const restored = await bed.post(editor, `/admin/projects/${slug}/restore`, {
          revision: '1',
          version: '2',
        });
        expect(restored.statusCode).toBe(303);
        const now = await bed.services.admin.editing.history({ id: 1, role: 'admin' }, slug);
        expect(now.project.title).toBe('Original title');
        expect(now.project.version).toBe(3);
        expect(now.revisions[0]!.message).toBe('Restored version 1');
        const staleRestore = await bed.post(editor, `/admin/projects/${slug}/restore`, {
          revision: '2',
          version: '2',
        });
        expect(staleRestore.statusCode).toBe(409);
      });

      it('shows a public change log only of changes made while published', async () => {
        const e = { id: 2, role: 'editor' as const };
        const admin = bed.services.admin;
        let p = await admin.editing.create(e, projectForm('Logged', { summary: 'a' }), null);
        p = (await admin.editing.update(e, p.slug, projectForm('Logged draft'), p.version, null))
          .project;
        p = await admin.editing.transition(e, p.slug, 'publish', {});
        p = (
          await admin.editing.update(
            e,
            p.slug,
            projectForm('Logged', { summary: 'b' }),
            p.version,
            null,
          )
        ).project;
        const log = await admin.changeLog(p.id);
        expect(log).toHaveLength(1);
        expect(log[0]!.fields).toEqual(['title', 'summary']);
      });
    });

    describe('bad input', () => {
      const bad: [string, Record<string, string>, string][] = [
        ['a 100 KB title', { title: 'x'.repeat(100_000) }, 'title'],
        [
          'script in the description',
          { description: 'Hi <script>alert(1)</script>' },
          'description',
        ],
        ['end before start', { startYear: '2019', endYear: '2015' }, 'endYear'],
        ['a month without a year', { startMonth: '3' }, 'startYear'],
        ['a month out of range', { startYear: '2019', startMonth: '13' }, 'startMonth'],
        ['an unknown currency', { 'budget.0.currency': 'ABC' }, 'budget.0.currency'],
        ['a negative amount', { 'budget.0.amount': '-5' }, 'budget.0.amount'],
        ['a float-ish amount', { 'budget.0.amount': '1.234' }, 'budget.0.amount'],
        ['a bad link', { 'link.0.url': 'javascript:alert(1)' }, 'link.0.url'],
        ['a bad email', { 'contact.0.email': 'not-an-email' }, 'contact.0.email'],
        ['an unknown country', { countries: 'ZZ' }, 'countries'],
        ['a bad slug', { slug: 'Not A Slug' }, 'slug'],
      ];
      for (const [name, fields, field] of bad) {
        it(`${name}: 400, the message next to ${field}, the input kept`, async () => {
          const form = { ...projectForm('Bad input'), ...fields };
          const res = await bed.post(editor, '/admin/projects', form);
          expect(res.statusCode).toBe(400);
          const id = `f-${field.replace(/[^a-zA-Z0-9_-]/g, '-')}`;
          expect(res.body).toContain(`id="${id}-error"`);
          expect(res.body).toContain(`value="${form.title.slice(0, 5000)}`);
          const json = await bed.app.inject({
            method: 'POST',
            url: '/admin/projects',
            headers: {
              cookie: editor.cookie,
              accept: 'application/json',
              'x-csrf-token': editor.csrf,
            },
            payload: form,
          });
          expect(json.statusCode).toBe(400);
          expect(json.json().issues.map((i: { field: string }) => i.field)).toContain(field);
        });
      }

      it('names each problem in the summary by its label, linked to the field', async () => {
        const form = {
          ...projectForm('Bad input'),
          'budget.0.amount': '-5',
          'tr.ru.title': 'x'.repeat(600),
        };
        const res = await bed.post(editor, '/ru/admin/projects', form);
        expect(res.statusCode).toBe(400);
        const summary = /<div class="error-summary"[\s\S]*?<\/div>/.exec(res.body)?.[0] ?? '';
        expect(summary).toContain('<a href="#f-budget-0-amount">Строки бюджета 1: Сумма:');
        expect(summary).toContain('<a href="#f-tr-ru-title">Перевод: Русский: Название:');
        expect(summary).not.toMatch(/budget\.0\.amount|tr\.ru\.title/);
      });

      it('tells a Russian reader the limit and the codes at fault in Russian, no English', async () => {
        const form = {
          ...projectForm('Bad input'),
          'tr.ru.title': 'x'.repeat(600),
          sectors: '15130, 99999, 88888',
        };
        const res = await bed.post(editor, '/ru/admin/projects', form);
        expect(res.statusCode).toBe(400);
        const summary = /<div class="error-summary"[\s\S]*?<\/div>/.exec(res.body)?.[0] ?? '';
        expect(summary).toContain('Слишком длинно: не более 500 символов.');
        expect(summary).toContain('Неизвестные коды: 99999, 88888.');
        expect(summary).not.toMatch(/longer than|unknown|\(/);
        const english = await bed.post(editor, '/admin/projects', form);
        expect(english.body).toContain('This is too long: at most 500 characters.');
        expect(english.body).toContain('Codes not known: 99999, 88888.');
      });

      it('keeps budget amounts exact in cents', async () => {
        const res = await bed.post(
          editor,
          '/admin/projects',
          projectForm('Cents', { 'budget.0.amount': '70600000.10' }),
        );
        const slug = /projects\/([^/]+)\/edit/.exec(res.headers.location!)![1]!;
        const p = await bed.services.admin.editing.getForEditor({ id: 1, role: 'admin' }, slug);
        expect(p.project.budgetLines[0]!.amountCents).toBe(7_060_000_010);
      });

      it('a deleted project answers 410 in the editor and is not public', async () => {
        const res = await bed.post(editor, '/admin/projects', projectForm('Doomed'));
        const slug = /projects\/([^/]+)\/edit/.exec(res.headers.location!)![1]!;
        await bed.post(editor, `/admin/projects/${slug}/publish`, { version: '1' });
        expect((await bed.get(null, `/projects/${slug}`)).statusCode).toBe(200);
        expect((await bed.post(editor, `/admin/projects/${slug}/delete`)).statusCode).toBe(303);
        expect((await bed.get(editor, `/admin/projects/${slug}/edit`)).statusCode).toBe(410);
        expect([404, 410]).toContain((await bed.get(null, `/projects/${slug}`)).statusCode);
        const again = await bed.post(editor, '/admin/projects', projectForm('Doomed', { slug }));
        expect(again.statusCode).toBe(400);
      });

      it('creates a new organisation typed into the project form', async () => {
        const form = projectForm('With new org', {
          'org.0.role': 'donor',
          'org.0.newName': 'Brand New Fund',
        });
        const res = await bed.post(editor, '/admin/projects', form);
        const slug = /projects\/([^/]+)\/edit/.exec(res.headers.location!)![1]!;
        const p = await bed.services.admin.editing.getForEditor({ id: 1, role: 'admin' }, slug);
        expect(p.project.organisations.map((o) => o.organisation.name)).toEqual(['Brand New Fund']);
      });
    });

    describe('first admin', () => {
      it('issues a one-time set-up link only while there is no admin', async () => {
        const auth = bed.services.admin.auth;
        const token = await auth.issueSetupToken();
        expect(token).toBeDefined();
        const anon = await bed.anonymous();
        expect((await bed.get(anon, `/admin/setup/${token}`)).statusCode).toBe(200);
        const res = await bed.post(anon, `/admin/setup/${token}`, {
          name: 'Boss',
          email: 'boss@example.org',
          password: PASSWORD,
        });
        expect(res.statusCode).toBe(303);
        expect((await bed.get(anon, `/admin/setup/${token}`)).statusCode).toBe(410);
        expect(await auth.issueSetupToken()).toBeUndefined();
      });
    });
  });
}
