import ExcelJS from 'exceljs';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createTestDatabase,
  DIALECTS,
  type TestDatabase,
} from '../../../test/helpers/databases.ts';
import { iatiSchemaErrors } from '../../interchange/iati-export/iati-xsd.testing.ts';
import { readCsv } from '../../interchange/sheet/csv-reader.ts';
import { createExportService } from '../../services/export/export.service.ts';
import { seedDemoData } from '../../services/seed.service.ts';
import { createServices } from '../../services/services.ts';
import { buildApp } from '../app.ts';

for (const dialect of DIALECTS) {
  describe(`list exports over HTTP (${dialect})`, () => {
    let database: TestDatabase;
    let app: FastifyInstance;
    let published: number;

    beforeAll(async () => {
      database = await createTestDatabase(dialect);
      await seedDemoData(database.db);
      // Until services.ts builds it, the export service is added here.
      const services = { ...createServices(database), exports: createExportService(database.db) };
      app = await buildApp({
        services,
        publicUrl: 'http://localhost',
        logLevel: 'silent',
        today: () => '2026-11-28',
      });
      const row = await database.db
        .selectFrom('projects')
        .where('state', '=', 'published')
        .where('deleted_at', 'is', null)
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow();
      published = Number(row.n);
    });
    afterAll(async () => {
      await app.close();
      await database.drop();
    });

    it('serves CSV with a BOM, one row per published project and permalinks', async () => {
      const res = await app.inject({ method: 'GET', url: '/projects.csv' });
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
      expect(res.headers['content-disposition']).toBe(
        'attachment; filename="projects-2026-11-28.csv"',
      );
      expect(res.body.startsWith('\uFEFF')).toBe(true);
      const rows = readCsv(res.body);
      expect(published).toBeGreaterThan(10);
      expect(rows).toHaveLength(published + 1);
      const header = rows[0]!;
      const seed = rows.find(
        (r) => r[header.indexOf('Slug')] === 'unodc-programme-for-central-asia-2015-2019',
      )!;
      const cell = (name: string) => seed[header.indexOf(name)];
      expect(cell('Country')).toBe('Kazakhstan; Kyrgyz Republic');
      expect(cell('Period')).toBe('January 2015 – December 2019');
      expect(cell('Donor')).toBe('United Nations Office on Drugs and Crime (UNODC)');
      expect(cell('Permalink')).toBe(
        'http://localhost/projects/unodc-programme-for-central-asia-2015-2019',
      );
    });

    it('serves XLSX that reads back', async () => {
      const res = await app.inject({ method: 'GET', url: '/projects.xlsx' });
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toBe(
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      );
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
      expect(workbook.getWorksheet('Projects')!.rowCount).toBe(published + 1);
    });

    it('serves JSON as an array in the API shape', async () => {
      const res = await app.inject({ method: 'GET', url: '/projects.json' });
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toBe('application/json; charset=utf-8');
      const body = res.json();
      expect(body).toHaveLength(published);
      // The API's presenter: the same shape as /api/v1/projects/<slug>.
      expect(body[0]).toHaveProperty('slug');
      expect(body[0]).toHaveProperty('status');
      expect(body[0]).toHaveProperty('budgetLines');
      expect(body[0]).not.toHaveProperty('id');
      expect(body[0]).not.toHaveProperty('version');
    });

    it('serves IATI 2.03 XML of the seed and demo data, valid against the schema', async () => {
      const res = await app.inject({ method: 'GET', url: '/projects.xml' });
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toBe('application/xml; charset=utf-8');
      expect(res.body.match(/<iati-activity /g)).toHaveLength(published);
      expect(iatiSchemaErrors(res.body)).toEqual([]);
    });

    it('serves the same under a language prefix', async () => {
      const res = await app.inject({ method: 'GET', url: '/ru/projects.csv' });
      expect(res.statusCode).toBe(200);
      expect(readCsv(res.body)).toHaveLength(published + 1);
    });
    it('exports the list the query describes, in its order, and refuses bad parameters', async () => {
      const res = await app.inject({
        method: 'GET',
        url: '/projects.csv?country=KG&sort=title&direction=asc&page=2',
      });
      expect(res.statusCode).toBe(200);
      const [header, ...rows] = readCsv(res.body);
      const countries = rows.map((r) => r[header!.indexOf('Country')]);
      expect(rows.length).toBeGreaterThan(1);
      expect(rows.length).toBeLessThan(published);
      expect(countries.every((c) => c!.includes('Kyrgyz Republic'))).toBe(true);
      const titles = rows.map((r) => r[header!.indexOf('Title')]!);
      expect(titles).toEqual([...titles].sort((a, b) => a.localeCompare(b)));
      const bad = await app.inject({ method: 'GET', url: '/projects.xml?country=Atlantis' });
      expect(bad.statusCode).toBe(400);
    });
  });
}
