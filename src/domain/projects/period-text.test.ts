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
  ['2014/15', y(2014), y(2015)],
  ['2019', y(2019), y(2019)],
  ['March 2018', m(2018, 3), m(2018, 3)],
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
