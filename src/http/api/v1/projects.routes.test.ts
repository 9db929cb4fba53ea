import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSearchTestApp } from '../../../../test/fixtures/search/search-app.ts';
import { DIALECTS } from '../../../../test/helpers/databases.ts';

for (const dialect of DIALECTS) {
  describe(`GET /api/v1/projects (${dialect})`, () => {
    let t: Awaited<ReturnType<typeof createSearchTestApp>>;
    beforeAll(async () => {
      t = await createSearchTestApp(dialect);
    });
    afterAll(() => t?.close());

    it('answers the list parameters with results, facets, sums and links', async () => {
      const res = await t.app.inject('/api/v1/projects?q=legal&country=KZ&country=KG&unknown=x');
      expect(res.statusCode).toBe(200);
      const body = res.json();
      expect(body.total).toBe(1);
      expect(body.results.map((r: any) => r.slug)).toEqual(['legal-aid']);
      expect(body.results[0].snippetHtml).toContain('<mark>legal</mark>');
      expect(body.results[0].snippetHtml).toContain('&lt;script&gt;');
      expect(body.results[0]).not.toHaveProperty('state');
      expect(body.results[0]).not.toHaveProperty('version');
      expect(body.facets.country.find((o: any) => o.value === 'KZ')).toEqual({
        value: 'KZ',
        label: 'Kazakhstan',
        count: 1,
        selected: true,
      });
      expect(body.budgetSums).toEqual([
        { currency: 'USD', amount: '1000000', amountCents: 100_000_000 },
      ]);
      expect(body.links.self).toBe('/api/v1/projects?q=legal&country=KZ&country=KG');
    });

    it('refuses invalid values with a 400 naming each parameter', async () => {
      for (const [qs, field] of [
        ['page=-1', 'page'],
        ['budget_min=abc', 'budget_min'],
        ['country=XX', 'country'],
        [`q=${'a'.repeat(2000)}`, 'q'],
        ['page_size=7', 'page_size'],
        ['active_from=2019&active_to=2015', 'active_to'],
        ['sort=cost', 'sort'],
      ]) {
        const res = await t.app.inject(`/api/v1/projects?${qs}`);
        expect(res.statusCode, qs).toBe(400);
        const body = res.json();
        expect(body.error).toBe('validation_failed');
        expect(body.issues.map((i: any) => i.field)).toContain(field);
      }
    });

    it('serves one published project through the presenter, and 404 for drafts', async () => {
      const res = await t.app.inject('/api/v1/projects/courts');
      expect(res.statusCode).toBe(200);
      expect(res.json()).toMatchObject({
        slug: 'courts',
        status: 'completed',
        budget: [{ currency: 'USD', amount: '10000000' }],
      });
      expect(res.json()).not.toHaveProperty('createdBy');
      expect((await t.app.inject('/api/v1/projects/draft')).statusCode).toBe(404);
    });
  });
}
