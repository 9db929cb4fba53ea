import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatPartialDate, formatPeriod, type PartialDate } from './period.ts';
import { MAX_PERIOD_TEXT_LENGTH, parsePeriodText } from './period-text.ts';

const m = (year: number, month: number): PartialDate => ({ year, month });
const y = (year: number): PartialDate => ({ year });

const SURE_CASES: [string, PartialDate | null, PartialDate | null][] = [
  ['January 2015 – December 2019', m(2015, 1), m(2019, 12)],
  ['June 2012-December 2014', m(2012, 6), m(2014, 12)],
  ['2011-2016', y(2011), y(2016)],
  ['2011 – 2016', y(2011), y(2016)],
  ['2011—2016', y(2011), y(2016)],
  ['since March 2018', m(2018, 3), null],
  ['Since 2018', y(2018), null],
  ['from 2019', y(2019), null],
  ['until 2021', null, y(2021)],
  ['till June 2021', null, m(2021, 6)],
  ['Jan 2015 - Dec 2019', m(2015, 1), m(2019, 12)],
  ['Jan. 2015 – Dec. 2019', m(2015, 1), m(2019, 12)],
  ['Sept 2016 – Aug 2018', m(2016, 9), m(2018, 8)],
  ['01/2015 – 12/2019', m(2015, 1), m(2019, 12)],
  ['1.2015 - 12.2019', m(2015, 1), m(2019, 12)],
  ['2015-01 to 2019-12', m(2015, 1), m(2019, 12)],
  ['2015/03 – 2017/09', m(2015, 3), m(2017, 9)],
  ['01.01.2015 - 31.12.2019', m(2015, 1), m(2019, 12)],
  ['2015-01-01 – 2019-12-31', m(2015, 1), m(2019, 12)],
  ['1 January 2015 – 31 December 2019', m(2015, 1), m(2019, 12)],
  ['January 1, 2015 - December 31, 2019', m(2015, 1), m(2019, 12)],
  ['from January 2015 to December 2019', m(2015, 1), m(2019, 12)],
  ['between 2015 and 2019', y(2015), y(2019)],
  ['Period: 2015-2017', y(2015), y(2017)],
  ['January – December 2019', m(2019, 1), m(2019, 12)],
  ['2015-19', y(2015), y(2019)],
  ['2013-14', y(2013), y(2014)],
  ['2011-13', y(2011), y(2013)],
  ['1999-00', y(1999), y(2000)],
  ['29 February 2016 – 31 December 2017', m(2016, 2), m(2017, 12)],
  ['31.01.2015 - 30.11.2019', m(2015, 1), m(2019, 11)],
  ['2014/15', y(2014), y(2015)],
  ['2019', y(2019), y(2019)],
  ['March 2018 – present', m(2018, 3), null],
  ['2015 - ongoing', y(2015), null],
  ['Q1 2015 – Q4 2019', m(2015, 1), m(2019, 12)],
  ['Q2 2016', m(2016, 4), m(2016, 6)],
  ['2016 Q3 – 2017 Q1', m(2016, 7), m(2017, 3)],
  ['2nd quarter of 2016 - 3rd quarter 2018', m(2016, 4), m(2018, 9)],
  ['январь 2015 – декабрь 2019', m(2015, 1), m(2019, 12)],
  ['Январь 2015 г. – декабрь 2019 г.', m(2015, 1), m(2019, 12)],
  ['с марта 2018 г.', m(2018, 3), null],
  ['с 2018 года', y(2018), null],
  ['2015–2019 гг.', y(2015), y(2019)],
  ['2015-2019 годы', y(2015), y(2019)],
  ['по декабрь 2020', null, m(2020, 12)],
  ['до 2021 г.', null, y(2021)],
  ['с 2015 по 2019 год', y(2015), y(2019)],
  ['с января 2015 года по декабрь 2019 года', m(2015, 1), m(2019, 12)],
  ['с 2018 г. по н.в.', y(2018), null],
  ['с мая 2017 по настоящее время', m(2017, 5), null],
  ['I квартал 2016 – IV квартал 2018', m(2016, 1), m(2018, 12)],
  ['2 кв. 2017 – 3 кв. 2019', m(2017, 4), m(2019, 9)],
  ['сент. 2016 – авг. 2018', m(2016, 9), m(2018, 8)],
  ['  January\u00A02015\u2009–\u2009December\u00A02019  ', m(2015, 1), m(2019, 12)],
];

describe('parsePeriodText: formats read for sure', () => {
  it.each(SURE_CASES)('%s', (text, start, end) => {
    const parsed = parsePeriodText(text);
    expect({ start: parsed.start, end: parsed.end }).toEqual({ start, end });
    expect(parsed.sure, parsed.notes.map((n) => n.text).join('; ')).toBe(true);
    expect(parsed.notes).toEqual([]);
  });
});

const UNSURE_CASES: [string, string][] = [
  ['', 'empty'],
  ['hello', 'no month or year'],
  ['soon', 'no month or year'],
  ['December 2019 – January 2015', 'end is before start'],
  ['2011-12', 'could also mean'],
  ['September – June 2019', 'taken to be in 2018'],
  ['2018 –', 'only a start'],
  ['– 2019', 'only an end'],
  ['January 2015 – December 2019 (extended to June 2020)', 'more than two dates'],
  ['around spring 2016', 'not understood'],
  ['03/04/2015 – 05/06/2017', 'either way round'],
  ['13/2015 – 12/2019', 'not a valid month'],
  ['1850 – 1860', 'not a valid'],
  ['January – March', 'has no year'],
  ['2015 2019', 'not joined'],
  ['2020-13', 'would end before it starts'],
  ['2015-14', 'would end before it starts'],
  ['since 2020-13', 'would end before it starts'],
  ['April 31 2016', 'not a valid day'],
  ['31 April 2016', 'not a valid day'],
  ['2015-02-29', 'not a valid day'],
  ['29.02.2015 – 2017', 'not a valid day'],
  ['02/30/2015 – 2017', 'not a valid day'],
  ['FY2015-FY2019', 'fiscal years'],
  ['fiscal year 2015 - 2019', 'fiscal years'],
  ['March 2018', 'only its start'],
  ['1 March 2018', 'only its start'],
];

describe('parsePeriodText: unsure readings say so', () => {
  it.each(UNSURE_CASES)('%s', (text, note) => {
    const parsed = parsePeriodText(text);
    expect(parsed.sure).toBe(false);
    expect(parsed.notes.map((n) => n.text).join('\n')).toContain(note);
  });

  it('still gives the likely reading of "2011-12" and "September – June 2019"', () => {
    expect(parsePeriodText('2011-12')).toMatchObject({ start: y(2011), end: y(2012) });
    expect(parsePeriodText('September – June 2019')).toMatchObject({
      start: m(2018, 9),
      end: m(2019, 6),
    });
  });

  it('never puts a two-digit end year in the next century', () => {
    // A sheet import once stored "2015-14" as 2015 to 2114.
    expect(parsePeriodText('2020-13')).toMatchObject({ start: y(2020), end: null, sure: false });
    expect(parsePeriodText('2015-14')).toMatchObject({ start: y(2015), end: null, sure: false });
  });

  it('refuses a day that does not exist', () => {
    expect(parsePeriodText('April 31 2016')).toMatchObject({ start: null, end: null });
    expect(parsePeriodText('31 April 2016 – 2019')).toMatchObject({ start: null, end: y(2019) });
  });

  it('reads fiscal years as calendar years, unsure', () => {
    expect(parsePeriodText('FY2015-FY2019')).toMatchObject({ start: y(2015), end: y(2019) });
  });

  it('reads a month alone as that month, unsure', () => {
    expect(parsePeriodText('March 2018')).toMatchObject({ start: m(2018, 3), end: m(2018, 3) });
    expect(parsePeriodText('Q2 2016')).toMatchObject({ sure: true });
  });

  it('refuses text over the length cap', () => {
    const parsed = parsePeriodText(`2015 – 2019 ${'x'.repeat(MAX_PERIOD_TEXT_LENGTH)}`);
    expect(parsed).toMatchObject({ start: null, end: null, sure: false });
  });

  it('does not throw on a non-string', () => {
    expect(parsePeriodText(null as unknown as string).sure).toBe(false);
  });
});

describe('parsePeriodText: properties', () => {
  it('never throws on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 600 }), (text) => {
        const parsed = parsePeriodText(text);
        expect(typeof parsed.sure).toBe('boolean');
        if (!parsed.start && !parsed.end) expect(parsed.sure).toBe(false);
      }),
      { numRuns: 1_000 },
    );
  });

  it('never throws on strings made of period words', () => {
    const piece = fc.constantFrom(
      '2015',
      '19',
      '01',
      '12',
      '/',
      '.',
      '-',
      '–',
      ' ',
      'Q1',
      'january',
      'Dec.',
      'since',
      'until',
      'to',
      'с',
      'по',
      'марта',
      'г.',
      'гг.',
      'квартал',
      'IV',
      'present',
      'н.в.',
      '(',
      ')',
      ',',
      '31',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        expect(() => parsePeriodText(pieces.join(''))).not.toThrow();
        expect(() => parsePeriodText(pieces.join(' '))).not.toThrow();
      }),
      { numRuns: 2_000 },
    );
  });

  it('reads a two-digit end year at or after the start, within a century', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1900, max: 2199 }),
        fc.integer({ min: 0, max: 99 }),
        (year, short) => {
          const text = `${year}-${String(short).padStart(2, '0')}`;
          const { start, end, sure } = parsePeriodText(text);
          if (!end || end.month !== undefined || start?.month !== undefined) return;
          expect(end.year % 100, text).toBe(short);
          if (start) expect(end.year - start.year, text).toBeGreaterThanOrEqual(0);
          if (start) expect(end.year - start.year, text).toBeLessThan(100);
          if (sure && start) expect(end.year, text).toBeGreaterThanOrEqual(start.year);
        },
      ),
      { numRuns: 1_000 },
    );
  });

  it('reads back what formatPeriod writes, in English and Russian', () => {
    const date = fc.record(
      {
        year: fc.integer({ min: 1990, max: 2100 }),
        month: fc.option(fc.integer({ min: 1, max: 12 }), { nil: undefined }),
      },
      { requiredKeys: ['year'] },
    );
    const labels = {
      unknown: '',
      since: (s: string) => `since ${s}`,
      until: (e: string) => `until ${e}`,
    };
    const ruLabels = {
      unknown: '',
      since: (s: string) => `с ${s}`,
      until: (e: string) => `по ${e}`,
    };
    fc.assert(
      fc.property(date, date, fc.constantFrom('en', 'ru'), (a, b, locale) => {
        const [start, end] = [a, b].sort(
          (p, q) => p.year - q.year || (p.month ?? 1) - (q.month ?? 12),
        );
        const clean = (d: PartialDate): PartialDate =>
          d.month === undefined ? { year: d.year } : d;
        const period = { start: clean(start!), end: clean(end!) };
        if (formatPartialDate(period.start, locale) === formatPartialDate(period.end, locale))
          return;
        const text = formatPeriod(period, locale, locale === 'ru' ? ruLabels : labels);
        const parsed = parsePeriodText(text);
        expect({ start: parsed.start, end: parsed.end }, text).toEqual(period);
      }),
      { numRuns: 1_000 },
    );
  });
});
