import { createReadStream } from 'node:fs';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { iatiFixture, iatiSample } from '../../../test/fixtures/iati/paths.ts';
import type { IatiActivity } from './iati-activity.ts';
import { IatiReadError, readIatiActivities } from './iati-reader.ts';

async function readAll(path: string, chunkSize?: number): Promise<IatiActivity[]> {
  const out: IatiActivity[] = [];
  const input = createReadStream(path, chunkSize ? { highWaterMark: chunkSize } : {});
  for await (const activity of readIatiActivities(input)) out.push(activity);
  return out;
}

async function readError(path: string): Promise<IatiReadError> {
  try {
    await readAll(path);
  } catch (error) {
    expect(error).toBeInstanceOf(IatiReadError);
    return error as IatiReadError;
  }
  throw new Error(`${path} was read without an error`);
}

describe('readIatiActivities on 2.0x', () => {
  it('keeps every narrative in every language, with the default language filled in', async () => {
    const [first, second] = await readAll(iatiFixture('multilingual-2.03.xml'));
    expect(first!.version).toBe('2.03');
    expect(first!.iatiIdentifier).toBe('XM-TEST-1-CA-ROL-001');
    expect(first!.title).toEqual([
      { lang: 'en', text: 'Access to Justice in Central Asia' },
      { lang: 'ru', text: 'Доступ к правосудию в Центральной Азии' },
      { lang: 'fr', text: 'Accès à la justice en Asie centrale' },
    ]);
    expect(first!.descriptions.map((d) => d.type)).toEqual(['1', '2', '3']);
    expect(first!.descriptions[0]!.narratives[0]!.text).toContain('\n\nSecond paragraph');
    expect(second!.defaultLanguage).toBe('ru');
    expect(second!.title[0]).toEqual({
      lang: 'ru',
      text: 'Реформа пенитенциарной системы в Таджикистане',
    });
  });

  it('reads organisations, dates, places with percentages, sectors, budgets, contacts and documents', async () => {
    const [a, b] = await readAll(iatiFixture('multilingual-2.03.xml'));
    expect(a!.participatingOrgs.map((o) => [o.ref, o.role])).toEqual([
      ['XM-TEST-DONOR', '1'],
      ['XM-TEST-1', '2'],
      ['XM-TEST-1', '3'],
      [null, '4'],
      [null, '4'],
    ]);
    expect(a!.dates).toEqual([
      { type: '1', isoDate: '2015-01-15' },
      { type: '2', isoDate: '2015-03-01' },
      { type: '3', isoDate: '2019-12-31' },
    ]);
    expect(a!.recipientCountries[1]).toEqual({ code: 'KG', vocabulary: null, percentage: '33.3' });
    expect(a!.recipientRegions).toEqual([{ code: '619', vocabulary: '1', percentage: '100' }]);
    expect(a!.sectors[1]).toEqual({ vocabulary: '1', code: '15113', percentage: '30.5' });
    // The value without its own currency takes the activity's default.
    expect(a!.budgets.map((x) => [x.type, x.value, x.currency])).toEqual([
      ['1', '1000000.10', 'USD'],
      ['1', '2000000.20', 'USD'],
      ['2', '2500000.005', 'USD'],
    ]);
    expect(a!.contacts[0]!.telephones).toEqual(['+7 727 000 0001', '+996 312 000 002']);
    expect(a!.contacts[0]!.personName).toEqual([{ lang: 'en', text: 'A. Contact' }]);
    expect(a!.documentLinks[0]).toMatchObject({
      url: 'https://example.org/docs/prodoc.pdf',
      categories: ['A02'],
      languages: ['en'],
      date: '2015-01-10',
    });
    expect(b!.iatiIdentifier).toBe('XM-TEST-1-TJ-002');
    expect(b!.recipientCountries[0]!.code).toBe('TJ');
    expect(b!.budgets.map((x) => x.currency)).toEqual([null, 'EUR']);
  });

  it('gives the same activities whatever the chunk size (multi-byte characters split)', async () => {
    const whole = await readAll(iatiFixture('multilingual-2.03.xml'));
    const tiny = await readAll(iatiFixture('multilingual-2.03.xml'), 7);
    expect(tiny).toEqual(whole);
  });

  it('reads a stream of strings as well as bytes', async () => {
    const xml =
      '<iati-activities version="2.03"><iati-activity xml:lang="en"><iati-identifier>A-1</iati-identifier></iati-activity></iati-activities>';
    const out: IatiActivity[] = [];
    for await (const a of readIatiActivities(Readable.from([xml]))) out.push(a);
    expect(out.map((a) => a.iatiIdentifier)).toEqual(['A-1']);
  });
});

describe('readIatiActivities on 1.0x', () => {
  it('translates word codes and reads text written straight inside elements', async () => {
    const [a, noId, noTitle] = await readAll(iatiFixture('legacy-1.03.xml'));
    expect(a!.version).toBe('1.03');
    expect(a!.participatingOrgs.map((o) => [o.rawRole, o.role])).toEqual([
      ['Funding', '1'],
      ['Extending', '3'],
      ['implementing', '4'],
      ['Accountable', '2'],
      ['beneficiary', null],
    ]);
    expect(a!.participatingOrgs[2]!.narratives).toEqual([
      { lang: 'en', text: 'Café Justice Partners' },
    ]);
    // ISO-8859-1 declared and honoured.
    expect(a!.title).toEqual([
      { lang: 'en', text: 'Judicial training in Kyrgyzstan' },
      { lang: 'fr', text: 'Formation judiciaire au Kirghizistan (été)' },
    ]);
    expect(a!.dates).toEqual([
      { type: '1', isoDate: '2011-04-01' },
      { type: '3', isoDate: '2014-03-31' },
      { type: '4', isoDate: '2014-06-30' },
    ]);
    expect(a!.sectors.map((s) => [s.vocabulary, s.code])).toEqual([
      ['1', '15130'],
      ['2', '151'],
    ]);
    expect(a!.recipientRegions).toEqual([{ code: '619', vocabulary: '1', percentage: null }]);
    expect(a!.budgets[0]).toMatchObject({ value: '125000.50', currency: 'GBP' });
    expect(a!.contacts[0]!.organisation).toEqual([
      { lang: 'en', text: 'Test Department for Development' },
    ]);
    expect(a!.websites).toEqual(['http://example.org/projects/100200']);
    expect(a!.documentLinks[0]!.languages).toEqual(['en']);
    expect(noId!.iatiIdentifier).toBeNull();
    expect(noTitle!.title).toEqual([]);
  });
});

describe('readIatiActivities refuses bad and hostile input', () => {
  it('names line and column of a truncated file', async () => {
    const error = await readError(iatiFixture('truncated-2.03.xml'));
    expect(error.problem).toBe('malformed');
    expect(error.line).toBeGreaterThanOrEqual(13);
    expect(error.column).toBeGreaterThan(0);
    expect(error.message).toMatch(/^line \d+, column \d+: /);
  });

  it('refuses a DOCTYPE before any entity can be expanded (billion laughs)', async () => {
    const error = await readError(iatiFixture('entity-bomb.xml'));
    expect(error.problem).toBe('dtd');
    expect(error.message).toMatch(/DTDs and entity declarations are refused/);
  });

  it('refuses external entities', async () => {
    const error = await readError(iatiFixture('external-entity.xml'));
    expect(error.problem).toBe('dtd');
  });

  it('refuses undeclared entities such as &nbsp;', async () => {
    const error = await readError(iatiFixture('undefined-entity.xml'));
    expect(error.problem).toBe('malformed');
    expect(error.line).toBe(5);
    expect(error.message).toContain('HTML names such as &nbsp; are not XML: write &#160;');
  });

  it('refuses XML that is not an IATI activity file', async () => {
    const error = await readError(iatiFixture('not-iati.xml'));
    expect(error.problem).toBe('not-iati');
    expect(error.message).toContain('the root element is <rss>');
  });

  it('refuses an empty file', async () => {
    const out = readIatiActivities(Readable.from([]));
    await expect(out.next()).rejects.toThrow(/empty/);
  });
});

describe('readIatiActivities on real publisher files (test/fixtures/iati/samples)', () => {
  const cases: [string, number][] = [
    ['codeforIATI-iati-datastore/CD.xml', 205],
    ['codeforIATI-iati-datastore/big_value.xml', 198],
    ['codeforIATI-iati-datastore/same_orgs_different_roles.xml', 54],
    ['codeforIATI-iati-datastore/multiple_locales_descriptions.xml', 1],
    ['codeforIATI-iati-datastore/localised-org-names.xml', 1],
    ['codeforIATI-iati-datastore/activity_with_empty_participating_org_narrative.xml', 1],
    ['IATI-Extra-Documentation/activity-standard-example-annotated.xml', 1],
    ['IATI-Schemas/worldbank.xml', 16],
  ];
  for (const [path, count] of cases) {
    it(`reads ${path}`, async () => {
      expect(await readAll(iatiSample(path))).toHaveLength(count);
    });
  }

  it('reads the 1.01 DFID file with its word codes', async () => {
    const activities = await readAll(iatiSample('codeforIATI-iati-datastore/CD.xml'));
    const child = activities.find((a) => a.iatiIdentifier === 'GB-1-105838-101')!;
    expect(child.participatingOrgs.map((o) => o.role)).toEqual(['1', '3', '4']);
    expect(child.dates.map((d) => d.type).sort()).toEqual(['1', '2', '3', '4']);
    expect(child.sectors[0]).toEqual({ vocabulary: '1', code: '15110', percentage: '40' });
    expect(child.recipientCountries[0]!.code).toBe('CD');
  });

  it('reads the AfDB file in English and French, skipping its afdb: extension elements', async () => {
    const [a] = await readAll(
      iatiSample('codeforIATI-iati-datastore/multiple_locales_descriptions.xml'),
    );
    const languages = new Set(a!.title.map((n) => n.lang));
    expect(languages).toEqual(new Set(['en', 'fr']));
    expect(a!.budgets.every((b) => b.currency === 'XDR' || b.currency !== null)).toBe(true);
  });

  it('lower-cases upper-case language codes (EN, SV)', async () => {
    const [a] = await readAll(
      iatiSample('codeforIATI-iati-datastore/activity_with_empty_participating_org_narrative.xml'),
    );
    for (const n of a!.title) expect(n.lang).toMatch(/^[a-z]{2}$/);
  });

  it('reports the truncated sample with its line and column', async () => {
    const error = await readError(iatiSample('codeforIATI-iati-datastore/broken.xml'));
    expect(error.line).toBe(4);
    expect(error.column).toBe(1);
  });
});
