import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseBudgetText } from './budget-text.ts';

const CURRENCIES: [written: string, code: string, where: 'before' | 'after' | 'either'][] = [
  ['USD', 'USD', 'either'],
  ['US$', 'USD', 'before'],
  ['$', 'USD', 'either'],
  ['EUR', 'EUR', 'either'],
  ['€', 'EUR', 'either'],
  ['GBP', 'GBP', 'either'],
  ['£', 'GBP', 'before'],
  ['CHF', 'CHF', 'either'],
  ['KZT', 'KZT', 'either'],
  ['₸', 'KZT', 'either'],
  ['тенге', 'KZT', 'after'],
  ['RUB', 'RUB', 'either'],
  ['₽', 'RUB', 'after'],
  ['руб.', 'RUB', 'after'],
  ['KGS', 'KGS', 'either'],
  ['сом', 'KGS', 'after'],
  ['UZS', 'UZS', 'either'],
  ['сум', 'UZS', 'after'],
  ['TJS', 'TJS', 'either'],
  ['TMT', 'TMT', 'either'],
  ['евро', 'EUR', 'after'],
  ['долларов США', 'USD', 'after'],
];
const GROUPS = [',', '.', ' ', '\u00A0', '\u202F', "'", '’', ''];
const MULTIPLIERS: [string, number][] = [
  ['million', 6],
  ['mln', 6],
  ['m', 6],
  ['млн', 6],
  ['bn', 9],
  ['billion', 9],
  ['млрд', 9],
  ['thousand', 3],
  ['k', 3],
  ['тыс.', 3],
];

function group(int: string, sep: string): string {
  if (!sep) return int;
  const head = int.length % 3 || 3;
  const rest = int.slice(head).match(/\d{3}/g) ?? [];
  return [int.slice(0, head), ...rest].join(sep);
}

function place(
  amount: string,
  currency: (typeof CURRENCIES)[number],
  before: boolean,
  space: boolean,
) {
  const [written, , where] = currency;
  const gap = space || /\p{L}/u.test(written) ? ' ' : '';
  const first = where === 'before' || (where === 'either' && before);
  return first ? `${written}${gap}${amount}` : `${amount}${gap === '' ? '' : ' '}${written}`;
}

const currencyArb = fc.constantFrom(...CURRENCIES);

describe('parseBudgetText never throws', () => {
  it('on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (text) => {
        const parsed = parseBudgetText(text);
        expect(typeof parsed.sure).toBe('boolean');
        if (parsed.lines.length === 0) expect(parsed.sure).toBe(false);
        for (const line of parsed.lines) {
          expect(Number.isSafeInteger(line.amountCents) && line.amountCents >= 0).toBe(true);
          expect(line.currency).toMatch(/^[A-Z]{3}$/);
        }
      }),
      { numRuns: 1_000 },
    );
  });

  it('on strings made of the characters budgets are written with', () => {
    const piece = fc.constantFrom(
      '0',
      '1',
      '5',
      '9',
      '00',
      '123',
      ' ',
      ',',
      '.',
      "'",
      '\u00A0',
      '-',
      '–',
      ':',
      ';',
      '(',
      ')',
      '%',
      '\n',
      'USD',
      '$',
      '€',
      '₸',
      'млн',
      'million',
      'm',
      'k',
      'тыс.',
      'Total',
      'of which',
      'в том числе',
      'EUR',
      'сом',
      'percent',
      'Component',
      'and',
      'to',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 60 }), (pieces) => {
        expect(() => parseBudgetText(pieces.join(''))).not.toThrow();
      }),
      { numRuns: 2_000 },
    );
  });
});

describe('a formatted amount parses back to the same cents', () => {
  it('with any thousands separator and decimal mark', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 0n, max: 10n ** 13n }),
        fc.integer({ min: 0, max: 99 }),
        fc.constantFrom(...GROUPS),
        fc.boolean(),
        currencyArb,
        fc.boolean(),
        fc.boolean(),
        fc.constantFrom('.', ','),
        (whole, cents, sep, showCents, currency, before, space, freeMark) => {
          const decimalMark = sep === '.' ? ',' : sep === ',' ? '.' : freeMark;
          const int = group(whole.toString(), sep);
          const written =
            showCents || cents > 0 ? `${int}${decimalMark}${String(cents).padStart(2, '0')}` : int;
          const text = place(written, currency, before, space);
          const parsed = parseBudgetText(text);
          const expected = Number(whole * 100n + BigInt(showCents || cents > 0 ? cents : 0));
          expect(parsed.lines, `${text}: ${parsed.notes.map((n) => n.text).join('; ')}`).toEqual([
            { label: null, amountCents: expected, currency: currency[1], isTotal: true },
          ]);
          // Only "1.234"-style integers (a dot or a Russian comma before one group) may be unsure.
          const oneGroup = whole >= 1000n && whole < 1_000_000n;
          const mayDoubt = !(showCents || cents > 0) && oneGroup && (sep === '.' || sep === ',');
          if (!mayDoubt)
            expect(parsed.sure, `${text}: ${parsed.notes.map((n) => n.text).join('; ')}`).toBe(
              true,
            );
        },
      ),
      { numRuns: 2_000 },
    );
  });

  it('with a multiplier, exactly (no floating point)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 999 }),
        fc.stringMatching(/^\d{0,3}$/),
        fc.constantFrom('.', ','),
        fc.constantFrom(...MULTIPLIERS),
        currencyArb,
        fc.boolean(),
        (int, frac, mark, [word, exponent], currency, before) => {
          const number = frac ? `${int}${mark}${frac}` : String(int);
          const text = place(`${number} ${word}`, currency, before, true);
          const parsed = parseBudgetText(text);
          const expected =
            (BigInt(`${int}${frac}`) * 10n ** BigInt(exponent + 2)) / 10n ** BigInt(frac.length);
          const line = parsed.lines[0];
          // "1,500 million" may be read either way, but then it must say it is unsure.
          if (parsed.sure) {
            expect(
              line?.amountCents,
              `${text}: ${parsed.notes.map((n) => n.text).join('; ')}`,
            ).toBe(Number(expected));
          }
          if (frac.length !== 3) {
            expect(parsed.sure, `${text}: ${parsed.notes.map((n) => n.text).join('; ')}`).toBe(
              true,
            );
            expect(line?.currency).toBe(currency[1]);
          }
        },
      ),
      { numRuns: 2_000 },
    );
  });

  it('keeps a labelled total and component apart', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 999 }),
        fc.integer({ min: 0, max: 9 }),
        fc.integer({ min: 1, max: 9 }),
        currencyArb,
        (a, tenth, b, currency) => {
          const text = `Total - ${place(`${a}.${tenth} million`, currency, true, true)}; Sub-Programme ${b} - ${place(`${b} million`, currency, true, true)}.`;
          const parsed = parseBudgetText(text);
          expect(parsed.lines.map((l) => [l.label, l.amountCents, l.isTotal])).toEqual([
            ['Total', (a * 10 + tenth) * 10_000_000, true],
            [`Sub-Programme ${b}`, b * 100_000_000, false],
          ]);
        },
      ),
      { numRuns: 500 },
    );
  });
});
