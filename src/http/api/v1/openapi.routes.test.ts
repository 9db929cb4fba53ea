import { Ajv2020 } from 'ajv/dist/2020.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp } from '../../../../test/helpers/app.ts';
import { DIALECTS } from '../../../../test/helpers/databases.ts';
import { searchParamsOf } from '../../../search/params.ts';
import { emptyQuery } from '../../../search/search.ts';
import { openApiDocument } from './openapi.ts';

const document = openApiDocument('http://localhost');

/** A validator for one of the document's component schemas, references resolved in place. */
function validatorFor(name: string) {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  ajv.addFormat('date-time', (v: string) => !Number.isNaN(Date.parse(v)));
  ajv.addSchema({ $id: 'openapi.json', components: document.components });
  return ajv.getSchema(`openapi.json#/components/schemas/${name}`)!;
}

describe('the OpenAPI document', () => {
  it('describes every list parameter the API reads', () => {
    const query = {
      ...emptyQuery(),
      q: 'law',
      text: { terms: [] } as any,
      activeFrom: '2015',
      activeTo: '2019-12',
      budgetMinCents: 100,
      budgetMaxCents: 200,
      sort: 'title' as const,
      direction: 'desc' as const,
      page: 2,
      pageSize: 50 as const,
      filters: {
        country: ['KZ'],
        type: ['t'],
        donor: ['d'],
        implementer: ['i'],
        status: ['ongoing'],
        currency: ['USD'],
        source: ['iati'],
      },
    };
    const emitted = new Set(searchParamsOf(query).map(([name]) => name));
    const described = new Set(
      document.paths['/api/v1/projects'].get.parameters.map((p: { name: string }) => p.name),
    );
    for (const name of emitted) expect(described, name).toContain(name);
    expect(described).toContain('lang');
  });
});

for (const dialect of DIALECTS) {
  describe(`API responses match the OpenAPI document (${dialect})`, () => {
    let t: Awaited<ReturnType<typeof createTestApp>>;
    beforeAll(async () => {
      t = await createTestApp(dialect);
    });
    afterAll(() => t?.close());

    it('serves the document as JSON', async () => {
      const res = await t.app.inject('/api/v1/openapi.json');
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toMatch(/^application\/json/);
      expect(res.json().openapi).toBe('3.1.0');
      expect(Object.keys(res.json().paths)).toEqual([
        '/api/v1/projects',
        '/api/v1/projects/{slug}',
      ]);
    });

    it('a page of search results, with text, fits SearchPage', async () => {
      const validate = validatorFor('SearchPage');
      for (const qs of ['', '?q=corruption&page_size=50', '?sort=budget&page=2']) {
        const body = (await t.app.inject(`/api/v1/projects${qs}`)).json();
        expect(body.results.length, qs).toBeGreaterThan(0);
        expect(validate(body), JSON.stringify(validate.errors)).toBe(true);
      }
    });

    it('every published project fits Project', async () => {
      const validate = validatorFor('Project');
      const list = (await t.app.inject('/api/v1/projects?page_size=100')).json();
      expect(list.total).toBeGreaterThan(40);
      for (const summary of list.results) {
        const body = (await t.app.inject(`/api/v1/projects/${summary.slug}`)).json();
        expect(validate(body), `${summary.slug}: ${JSON.stringify(validate.errors)}`).toBe(true);
      }
    });

    it('a 400 and a 404 fit Error', async () => {
      const validate = validatorFor('Error');
      const bad = await t.app.inject('/api/v1/projects?page=-1');
      expect(bad.statusCode).toBe(400);
      expect(validate(bad.json()), JSON.stringify(validate.errors)).toBe(true);
      const missing = await t.app.inject('/api/v1/projects/no-such-project');
      expect(missing.statusCode).toBe(404);
      expect(validate(missing.json()), JSON.stringify(validate.errors)).toBe(true);
    });

    it('the schemas are strict: an unknown field fails', () => {
      const validate = validatorFor('Error');
      expect(validate({ error: 'x', message: 'y', extra: 1 })).toBe(false);
    });
  });
}
