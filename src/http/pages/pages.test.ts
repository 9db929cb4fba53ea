import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp } from '../../../test/helpers/app.ts';
import { DIALECTS } from '../../../test/helpers/databases.ts';

const SEED = '/projects/unodc-programme-for-central-asia-2015-2019';

for (const dialect of DIALECTS) {
  describe(`public pages (${dialect})`, () => {
    let t: Awaited<ReturnType<typeof createTestApp>>;
    beforeAll(async () => {
      t = await createTestApp(dialect);
    });
    afterAll(() => t?.close());

    it('serves the home page with counts by country and type and a search box', async () => {
      const res = await t.app.inject('/');
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toMatch(/text\/html/);
      expect(res.body).toContain('<form class="search-form" action="/projects"');
      expect(res.body).toMatch(
        /href="\/projects\?country=KZ"><span>Kazakhstan<\/span><span class="count-list__n">\d+/,
      );
      expect(res.body).toMatch(
        /href="\/projects\?type=anti-corruption"><span>Anti-corruption<\/span>/,
      );
      const latest = res.body.slice(res.body.indexOf('Latest projects'));
      expect(latest.match(/<li class="result">/g)).toHaveLength(6);
    });

    it('sends a strict Content-Security-Policy', async () => {
      const res = await t.app.inject('/');
      expect(res.headers['content-security-policy']).toContain("script-src 'self'");
      expect(res.headers['content-security-policy']).toContain("default-src 'self'");
    });

    it('lists 20 published projects a page with pagination', async () => {
      const res = await t.app.inject('/projects');
      expect(res.statusCode).toBe(200);
      const rows = res.body.match(/<li class="result">/g) ?? [];
      expect(rows).toHaveLength(20);
      expect(res.body).toContain('aria-label="Pagination"');
      expect(res.body).toContain('href="/projects?page=2"');
      const page2 = await t.app.inject('/projects?page=2');
      expect(page2.statusCode).toBe(200);
      expect(page2.body).toContain('aria-current="page" aria-label="Page 2"');
    });

    it('never lists drafts', async () => {
      const drafts = await t.database.db
        .selectFrom('projects')
        .select('slug')
        .where('state', '!=', 'published')
        .execute();
      expect(drafts.length).toBeGreaterThan(0);
      for (let page = 1; page <= 4; page++) {
        const body = (await t.app.inject(`/projects?page=${page}`)).body;
        for (const { slug } of drafts) expect(body).not.toContain(`/projects/${slug}"`);
      }
      for (const { slug } of drafts)
        expect((await t.app.inject(`/projects/${slug}`)).statusCode).toBe(404);
    });

    it('shows the seed record with the anatomy of its page', async () => {
      const res = await t.app.inject(SEED);
      expect(res.statusCode).toBe(200);
      const body = res.body;
      const crumbs = body.slice(
        body.indexOf('class="breadcrumbs"'),
        body.indexOf('</nav>', body.indexOf('class="breadcrumbs"')),
      );
      expect(crumbs).toMatch(
        /Home.*Resources.*Related projects database.*UNODC Programme for Central Asia – 2015-2019/s,
      );
      expect(body).toContain('<a href="/projects">← Back to list</a>');
      const labels = [...body.matchAll(/<dt>([^<]+)<\/dt>/g)].map((m) => m[1]);
      expect(labels.slice(0, 6)).toEqual([
        'Country',
        'Type of project',
        'Period',
        'Donor',
        'Budget',
        'Beneficiary',
      ]);
      expect(body).toContain('Kazakhstan<br>Kyrgyz Republic');
      expect(body).toContain('Anti-corruption<br>Criminal law and procedure');
      expect(body).toContain('January 2015 – December 2019');
      expect(body).toContain('United Nations Office on Drugs and Crime (UNODC)');
      expect(body).toContain(
        'Indicative budget at beginning of project: Total - USD 70.6 million; Sub-Programme 2 - USD 18.3 million.',
      );
      expect(body).toContain('Governments of five Central Asian countries');
      for (const c of [
        'Kazakhstan',
        'Uzbekistan',
        'Kyrgyz Republic',
        'Turkmenistan',
        'Tajikistan',
      ]) {
        expect(body).toContain(`<li>${c}</li>`);
      }
      expect(body).toMatch(/<ol>\s*<li>Countering transnational organised crime/);
      expect(body).toContain('<li>Research and trend analysis.</li>');
      expect(body).toContain('Implementing organisation');
      expect(body).toContain('Ashita Mittal, Regional Representative');
      expect(body).toContain('+(998-71) 120-80-50 Ext 101');
      expect(body).toContain('30a, Abdulla Kahhor Street Tashkent, 700100 Uzbekistan');
    });

    it('sends "Back to list" to the list page the visitor came from', async () => {
      const res = await t.app.inject({
        url: SEED,
        headers: { referer: 'http://localhost:3000/projects?page=2', host: 'localhost:3000' },
      });
      expect(res.body).toContain('<a href="/projects?page=2">← Back to list</a>');
      const foreign = await t.app.inject({
        url: SEED,
        headers: { referer: 'https://evil.example/projects?x=1' },
      });
      expect(foreign.body).toContain('<a href="/projects">← Back to list</a>');
    });

    it('answers unknown slugs and pages with a real 404 page', async () => {
      const res = await t.app.inject('/projects/no-such-project');
      expect(res.statusCode).toBe(404);
      expect(res.body).toContain('<h1>Page not found</h1>');
      expect(res.body).toContain('<meta name="robots" content="noindex">');
      expect((await t.app.inject('/no/such/page')).statusCode).toBe(404);
      expect((await t.app.inject('/de/projects')).statusCode).toBe(404);
    });

    it('answers 410 for a deleted project', async () => {
      const { saveProject } = await import('../../db/project-write.repository.ts');
      const { projectInput } = await import('../../../test/factories/project.factory.ts');
      await saveProject(t.database.db, projectInput({ slug: 'removed-one' }));
      expect((await t.app.inject('/projects/removed-one')).statusCode).toBe(200);
      await t.database.db
        .updateTable('projects')
        .set({ deleted_at: '2026-11-01T00:00:00.000Z' })
        .where('slug', '=', 'removed-one')
        .execute();
      const res = await t.app.inject('/projects/removed-one');
      expect(res.statusCode).toBe(410);
      expect(res.body).toContain('<h1>Project removed</h1>');
    });

    it('shows an organisation with its projects by role, linked from the project page', async () => {
      const project = (await t.app.inject(SEED)).body;
      expect(project).toContain(
        '<a href="/organisations/unodc">United Nations Office on Drugs and Crime (UNODC)</a>',
      );
      const res = await t.app.inject('/organisations/unodc');
      expect(res.statusCode).toBe(200);
      expect(res.body).toContain('<h1>United Nations Office on Drugs and Crime (UNODC)</h1>');
      expect(res.body).toMatch(/<h2>Funds · \d+ projects?<\/h2>/);
      expect(res.body).toContain(SEED);
      const ru = await t.app.inject('/ru/organisations/unodc');
      expect(ru.body).toContain(
        '<h1>Управление Организации Объединённых Наций по наркотикам и преступности (УНП ООН)</h1>',
      );
      expect((await t.app.inject('/organisations/nobody')).statusCode).toBe(404);
    });

    it('serves the Russian pages under /ru', async () => {
      const res = await t.app.inject(`/ru${SEED}`);
      expect(res.statusCode).toBe(200);
      expect(res.body).toContain('<html lang="ru">');
      expect(res.body).toContain('Программа УНП ООН для Центральной Азии на 2015–2019 годы');
      expect(res.body).toContain('Январь 2015 г. – Декабрь 2019 г.');
      expect(res.body).toContain('<a href="/ru/projects">← Вернуться к списку</a>');
      expect(res.body).toContain(`hreflang="en" lang="en">English</a>`);
    });

    it('shows only what is known: no blank rows, regions under Country, one name, dialable extensions', async () => {
      const { saveProject } = await import('../../db/project-write.repository.ts');
      const { projectInput } = await import('../../../test/factories/project.factory.ts');
      await saveProject(
        t.database.db,
        projectInput({
          slug: 'regions-only',
          regions: [{ code: '619', percentage: null }],
          organisations: [{ role: 'implementing', organisationSlug: 'unodc' }],
          contacts: [
            {
              role: 'implementing',
              organisation: 'United Nations Office on Drugs and Crime',
              person: 'Jane Doe',
              jobTitle: null,
              phones: ['+(998-71) 120-80-50 Ext 101'],
              email: null,
              address: null,
              website: null,
            },
          ],
        }),
      );
      const body = (await t.app.inject('/projects/regions-only')).body;
      const labels = [...body.matchAll(/<dt>([^<]+)<\/dt>/g)].map((m) => m[1]);
      expect(labels).toContain('Country');
      expect(labels).not.toContain('Type of project');
      expect(body).toMatch(/<dt>Country<\/dt><dd>[^<]*Central Asia/);
      expect(body).toContain('<a href="tel:+998711208050;ext=101">+(998-71) 120-80-50 Ext 101</a>');
      expect(body).toContain('<p class="contact__who">Jane Doe</p>');

      await saveProject(t.database.db, projectInput({ slug: 'nowhere-known' }));
      const bare = (await t.app.inject('/projects/nowhere-known')).body;
      expect(bare).not.toContain('<dt>Country</dt>');
      expect(bare).not.toContain('<dt>Type of project</dt>');
      expect(bare).not.toMatch(/<dd>\s*<\/dd>/);
    });

    it('escapes text from the data and sanitises Markdown', async () => {
      const { saveProject } = await import('../../db/project-write.repository.ts');
      const { projectInput } = await import('../../../test/factories/project.factory.ts');
      await saveProject(
        t.database.db,
        projectInput({
          slug: 'hostile',
          title: '<script>alert(1)</script>',
          description: 'Hi <img src=x onerror=alert(1)> [x](javascript:alert(1))',
        }),
      );
      const body = (await t.app.inject('/projects/hostile')).body;
      expect(body).not.toContain('<script>alert(1)</script>');
      expect(body).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
      expect(body).not.toMatch(/<img[^>]*onerror/);
      expect(body).not.toContain('href="javascript:');
    });
  });
}
