import { SaxesParser } from 'saxes';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp } from '../../../test/helpers/app.ts';
import { DIALECTS } from '../../../test/helpers/databases.ts';

/** Parses the document; throws on anything that is not well-formed XML. */
function wellFormed(text: string): string[] {
  const names: string[] = [];
  const parser = new SaxesParser({ xmlns: true });
  parser.on('opentag', (tag) => names.push(tag.local));
  parser.write(text).close();
  return names;
}

for (const dialect of DIALECTS) {
  describe(`sitemaps and feeds (${dialect})`, () => {
    let t: Awaited<ReturnType<typeof createTestApp>>;
    beforeAll(async () => {
      t = await createTestApp(dialect);
    });
    afterAll(() => t?.close());

    it('indexes every published project page in both languages', async () => {
      const index = await t.app.inject('/sitemap.xml');
      expect(index.statusCode).toBe(200);
      wellFormed(index.body);
      expect(index.body).toContain('<loc>http://localhost/sitemaps/projects.xml?after=0</loc>');
      const page = await t.app.inject('/sitemaps/projects.xml?after=0');
      const names = wellFormed(page.body);
      const published = await t.database.db
        .selectFrom('projects')
        .select('slug')
        .where('state', '=', 'published')
        .execute();
      expect(names.filter((n) => n === 'url')).toHaveLength(published.length * 2);
      expect(page.body).toContain(
        '<loc>http://localhost/ru/projects/unodc-programme-for-central-asia-2015-2019</loc>',
      );
      const draft = await t.database.db
        .selectFrom('projects')
        .select('slug')
        .where('state', '=', 'draft')
        .executeTakeFirstOrThrow();
      expect(page.body).not.toContain(`/projects/${draft.slug}<`);
      const pages = await t.app.inject('/sitemaps/pages.xml');
      expect(pages.body).toContain('<loc>http://localhost/organisations/unodc</loc>');
      expect((await t.app.inject('/sitemaps/projects.xml?after=-1')).statusCode).toBe(400);
      expect((await t.app.inject('/robots.txt')).body).toContain(
        'Sitemap: http://localhost/sitemap.xml',
      );
    });

    it('publishes an Atom feed of the latest projects in each language', async () => {
      const en = await t.app.inject('/feed.atom');
      expect(en.headers['content-type']).toContain('application/atom+xml');
      const names = wellFormed(en.body);
      expect(names.filter((n) => n === 'entry').length).toBeGreaterThan(10);
      const ru = await t.app.inject('/ru/feed.atom');
      expect(ru.body).toContain('xml:lang="ru"');
      expect(ru.body).toContain(
        '<title>Программа УНП ООН для Центральной Азии на 2015–2019 годы</title>',
      );
    });
  });
}
