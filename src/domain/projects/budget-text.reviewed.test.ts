import { describe, expect, it } from 'vitest';
import { type Line, lines } from './budget-text.testing.ts';
import { parseBudgetText } from './budget-text.ts';

// Texts a review found read wrongly but sure: [text, lines still read (null: not checked), note].
const REVIEWED_CASES: [string, Line[] | null, string][] = [
  // A budget cannot be negative; the sign used to be dropped.
  ['USD -500,000', [], 'negativeAmount'],
  ['USD (500,000)', [], 'negativeAmount'],
  ['(500,000) USD', [], 'negativeAmount'],
  ['USD −500,000', [], 'negativeAmount'],
  ['$-5m', [], 'negativeAmount'],
  ['USD-500,000', [], 'negativeAmount'],
  // Exponent notation is read exactly, but unsure ("USD 1e6" was USD 1).
  ['USD 1e6', [[null, 100_000_000, 'USD', true]], 'exponent'],
  ['USD 1.5E+06', [[null, 150_000_000, 'USD', true]], 'exponent'],
  ['USD 1e99999999', [], 'tooLarge'],
  // Words after the number that may scale it are not guessed ("mil" is a thousand in Spanish).
  ['EUR 5 mil', [[null, 500, 'EUR', true]], 'unknownScale'],
  ['USD 5 mil.', [[null, 500, 'USD', true]], 'unknownScale'],
  ['USD 5 MM', [[null, 500, 'USD', true]], 'unknownScale'],
  ['USD 2 B', [[null, 200, 'USD', true]], 'unknownScale'],
  ['USD 5 lakh', [[null, 500, 'USD', true]], 'unknownScale'],
  ['EUR 5 Mrd.', [[null, 500, 'EUR', true]], 'unknownScale'],
  // A scale word before the amount is not read, so the amount is unsure.
  ['тыс. USD 500', null, 'scaleAlone'],
  ['в тыс. долл. США: 1 500', null, 'scaleAlone'],
  ['в тысячах тенге: 1 500', null, 'scaleAlone'],
  ['Budget (USD million): 5.2', null, 'scaleAlone'],
  ["Budget (USD '000): 5,200.50", null, 'scaleAlone'],
  // The same total in two currencies is not two totals.
  [
    'EUR 2 million (approximately USD 2.2 million)',
    [
      [null, 200_000_000, 'EUR', true],
      [null, 220_000_000, 'USD', true],
    ],
    'equivalent',
  ],
  [
    'USD 5,000,000 or EUR 4,500,000',
    [
      [null, 500_000_000, 'USD', true],
      [null, 450_000_000, 'EUR', true],
    ],
    'equivalent',
  ],
  ['USD 5,000,000 = EUR 4,500,000', null, 'equivalent'],
  ['USD 5,000,000 / EUR 4,500,000', null, 'equivalent'],
  ['USD 2 million (GBP 1.5 million)', null, 'equivalent'],
  [
    'USD 2 million (equivalent to GBP 1.5 million)',
    [
      [null, 200_000_000, 'USD', true],
      [null, 150_000_000, 'GBP', true],
    ],
    'equivalent',
  ],
  ['EUR 2 million, ca. USD 2.2 million', null, 'equivalent'],
  // These four were sure cases before the review.
  [
    'EUR 4.5 million / USD 5 million',
    [
      [null, 450_000_000, 'EUR', true],
      [null, 500_000_000, 'USD', true],
    ],
    'equivalent',
  ],
  [
    'EUR 4 500 000 (approx. USD 5 000 000)',
    [
      [null, 450_000_000, 'EUR', true],
      [null, 500_000_000, 'USD', true],
    ],
    'equivalent',
  ],
  [
    'Total budget: EUR 4.5 million; USD 5 million',
    [
      ['Total budget', 450_000_000, 'EUR', true],
      [null, 500_000_000, 'USD', true],
    ],
    'equivalent',
  ],
  [
    'Бюджет: 10 000 000 тенге (около 25 000 долларов США)',
    [
      ['Бюджет', 1_000_000_000, 'KZT', true],
      [null, 2_500_000, 'USD', true],
    ],
    'equivalent',
  ],
  ['Бюджет: 10 000 000 тенге (эквивалент 25 000 долларов США)', null, 'equivalent'],
];

describe('parseBudgetText: readings a review found wrong but sure', () => {
  it.each(REVIEWED_CASES)('%s', (text, expected, code) => {
    const parsed = parseBudgetText(text);
    expect(parsed.sure).toBe(false);
    expect(parsed.notes.map((n) => n.code)).toContain(code);
    if (expected) expect(parsed.lines).toEqual(lines(expected));
  });

  it('reads one mark before three digits as thousands for sure, with no multiplier', () => {
    // Money has two minor digits: "1.234" of a currency is 1,234 whichever the mark.
    for (const [text, cents, currency] of [
      ['EUR 1.234', 123_400, 'EUR'],
      ['EUR 1,234', 123_400, 'EUR'],
      ['USD 12.345', 1_234_500, 'USD'],
      ['£750,000', 75_000_000, 'GBP'],
      ['USD 1,200', 120_000, 'USD'],
    ] as const) {
      expect(parseBudgetText(text), text).toMatchObject({
        lines: lines([[null, cents, currency, true]]),
        sure: true,
      });
    }
  });

  it('still reads a decimal comma with one or two digits for sure', () => {
    expect(parseBudgetText('USD 1,5')).toMatchObject({
      lines: lines([[null, 150, 'USD', true]]),
      sure: true,
    });
  });

  it('does not call the currency of a negative amount alone', () => {
    const codes = parseBudgetText('USD -500,000').notes.map((n) => n.code);
    expect(codes).not.toContain('currencyAlone');
  });
});

describe('parseBudgetText: what the review checks must not catch', () => {
  // One-letter scale forms elsewhere in the text, acronyms after amounts, "тысячелетия".
  it.each([
    ['M&E: USD 50,000; Training: USD 100,000', 2],
    ['O&M: USD 10,000; Construction: USD 90,000', 2],
    ['USD 500,000 (Component M)', 1],
    ['Вклад в достижение Целей развития тысячелетия: 500 000 долл. США', 1],
    ['USD 1,000,000 EU contribution', 1],
    ['EUR 450,000 only', 1],
  ] as const)('%s', (text, count) => {
    const parsed = parseBudgetText(text);
    expect(parsed.notes).toEqual([]);
    expect(parsed.sure).toBe(true);
    expect(parsed.lines).toHaveLength(count);
  });
});
