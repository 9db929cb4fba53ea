import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSearchTestApp } from '../../../test/fixtures/search/search-app.ts';
import { DIALECTS } from '../../../test/helpers/databases.ts';

for (const dialect of DIALECTS) {
  describe(`list page (${dialect})`, () => {
    let t: Awaited<ReturnType<typeof createSearchTestApp>>;
    beforeAll(async () => {
      t = await createSearchTestApp(dialect);
    });
    afterAll(() => t?.close());
    const get = async (url: string) => {
      const res = await t.app.inject(url);
      expect(res.statusCode).toBe(200);
      return res.body;
    };

    it('is a GET form with the filter panel, counts, tags, total and budget sums', async () => {
      const body = await get('/projects?country=KZ&country=KG&type=anti-corruption');
      expect(body).toContain(
        '<form class="search" method="get" action="/projects" data-search-form>',
      );
      expect(body).toMatch(
        /name="country" value="KZ" checked><label for="f-country-KZ"><span class="facet__label">Kazakhstan<\/span> <span class="facet__count">1<\/span>/,
      );
      // Zero-count options are shown, dimmed.
      expect(body).toMatch(/facet__option--empty"><input type="checkbox" id="f-country-UZ"/);
      expect(body).toContain('Filters (3)');
      expect(body).toContain('<strong>1 project</strong>');
      expect(body).toContain('Total budget: USD 10 million');
      expect(body).toContain(
        'href="/projects?country=KG&amp;type=anti-corruption" aria-label="Remove filter: Country: Kazakhstan"',
      );
      expect(body).toContain('<script src="/assets/js/list.js" defer></script>');
    });

    it('highlights matches in snippets and lets no HTML from the data through', async () => {
      const body = await get('/projects?q=clinics');
      expect(body).toContain('<mark>clinics</mark>');
      expect(body).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; more.');
      expect(body).not.toContain('<script>alert');
    });

    it('keeps the whole state in page links', async () => {
      const body = await get(
        '/projects?q=%22legal+aid%22&sort=title&page_size=50&status=completed',
      );
      expect(body).toContain('value="&quot;legal aid&quot;"');
      expect(body).toContain('<option value="title" selected>');
      expect(body).toContain('<option value="50" selected>');
    });

    it('shows a note and the list without the bad filter for invalid values', async () => {
      const body = await get(
        `/projects?page=-1&budget_min=abc&country=XX&q=${'a'.repeat(2000)}&unknown=1`,
      );
      expect(body).toContain('Some parts of this address could not be used and were left out:');
      for (const field of ['page number', 'minimum budget', 'country', 'search text'])
        expect(body).toContain(field);
      expect(body).toContain('<strong>6 projects</strong>');
      const ru = await get('/ru/projects?country=XX');
      expect(ru).toContain('Часть параметров адреса не удалось использовать');
      expect(ru).toContain('Казахстан');
    });
  });
}
