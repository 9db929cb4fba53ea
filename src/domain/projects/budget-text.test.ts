import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { headlineBudget } from './budget.ts';
import { type Line, lines } from './budget-text.testing.ts';
import { MAX_BUDGET_TEXT_LENGTH, parseBudgetText } from './budget-text.ts';

// [text, expected lines, sure]
const SURE_CASES: [string, Line[]][] = [
  ['USD 70.6 million', [[null, 7_060_000_000, 'USD', true]]],
  [
    'Total - USD 70.6 million; Sub-Programme 2 - USD 18.3 million.',
    [
      ['Total', 7_060_000_000, 'USD', true],
      ['Sub-Programme 2', 1_830_000_000, 'USD', false],
    ],
  ],
  ['US$ 2.3 million', [[null, 230_000_000, 'USD', true]]],
  ['$2.5m', [[null, 250_000_000, 'USD', true]]],
  ['$ 1,250,000', [[null, 125_000_000, 'USD', true]]],
  ['USD 1,234,567.89', [[null, 123_456_789, 'USD', true]]],
  ['EUR 1.234.567,89', [[null, 123_456_789, 'EUR', true]]],
  ['€2.5 million', [[null, 250_000_000, 'EUR', true]]],
  ['2,5 Mio. €', [[null, 250_000_000, 'EUR', true]]],
  ['£750,000.00', [[null, 75_000_000, 'GBP', true]]],
  ['GBP 1.1 mln', [[null, 110_000_000, 'GBP', true]]],
  ["CHF 1'234'567.50", [[null, 123_456_750, 'CHF', true]]],
  ['CHF 1’500’000', [[null, 150_000_000, 'CHF', true]]],
  ['1 234 567,89 ₸', [[null, 123_456_789, 'KZT', true]]],
  ['KZT 1\u00A0500\u00A0000', [[null, 150_000_000, 'KZT', true]]],
  ['KZT 2\u202F000\u202F000', [[null, 200_000_000, 'KZT', true]]],
  ['₸ 350 млн', [[null, 35_000_000_000, 'KZT', true]]],
  ['500 млн тенге', [[null, 50_000_000_000, 'KZT', true]]],
  ['RUB 10 mio.', [[null, 1_000_000_000, 'RUB', true]]],
  ['15 млн руб.', [[null, 1_500_000_000, 'RUB', true]]],
  ['10 000 000 ₽', [[null, 1_000_000_000, 'RUB', true]]],
  ['2 млрд рублей', [[null, 200_000_000_000, 'RUB', true]]],
  ['KGS 45 000 000', [[null, 4_500_000_000, 'KGS', true]]],
  ['12 млн сом', [[null, 1_200_000_000, 'KGS', true]]],
  ['сум 1,5 млрд', [[null, 150_000_000_000, 'UZS', true]]],
  ['2 500 000 сум', [[null, 250_000_000, 'UZS', true]]],
  ['UZS 12 bn', [[null, 1_200_000_000_000, 'UZS', true]]],
  ['TJS 3.4m', [[null, 340_000_000, 'TJS', true]]],
  ['4 млн сомони', [[null, 400_000_000, 'TJS', true]]],
  ['TMT 700k', [[null, 70_000_000, 'TMT', true]]],
  ['USD 1.2 billion', [[null, 120_000_000_000, 'USD', true]]],
  ['USD 850 thousand', [[null, 85_000_000, 'USD', true]]],
  ['70.6 million USD', [[null, 7_060_000_000, 'USD', true]]],
  ['USD70.6million', [[null, 7_060_000_000, 'USD', true]]],
  ['USD 0.35 million', [[null, 35_000_000, 'USD', true]]],
  ['USD 0,125 млн', [[null, 12_500_000, 'USD', true]]],
  ['Общий бюджет: 1,2 млн долларов США', [['Общий бюджет', 120_000_000, 'USD', true]]],
  ['Сумма гранта — 100 тыс. долл. США', [['Сумма гранта', 10_000_000, 'USD', true]]],
  ['Бюджет: 3 млн евро', [['Бюджет', 300_000_000, 'EUR', true]]],
  ['Grant amount: 250 000 долларов США', [['Grant amount', 25_000_000, 'USD', true]]],
  [
    'Total: EUR 3,000,000 (Of which: Component A EUR 2,000,000, Component B EUR 1,000,000)',
    [
      ['Total', 300_000_000, 'EUR', true],
      ['Component A', 200_000_000, 'EUR', false],
      ['Component B', 100_000_000, 'EUR', false],
    ],
  ],
  [
    'EUR 5 million (of which: EU EUR 4.5 million, UNDP EUR 0.5 million)',
    [
      [null, 500_000_000, 'EUR', true],
      ['EU', 450_000_000, 'EUR', false],
      ['UNDP', 50_000_000, 'EUR', false],
    ],
  ],
  [
    'Total: 2.000.000 EUR; EU contribution: 1.800.000 EUR',
    [
      ['Total', 200_000_000, 'EUR', true],
      ['EU contribution', 180_000_000, 'EUR', false],
    ],
  ],
  [
    'EUR 2 million and USD 1 million',
    [
      [null, 200_000_000, 'EUR', true],
      [null, 100_000_000, 'USD', true],
    ],
  ],
  [
    'Total: EUR 2 million; EU contribution: USD 1 million',
    [
      ['Total', 200_000_000, 'EUR', true],
      ['EU contribution', 100_000_000, 'USD', false],
    ],
  ],
  [
    'USD 70.6 million (total); USD 18.3 million (Sub-Programme 2)',
    [
      ['total', 7_060_000_000, 'USD', true],
      ['Sub-Programme 2', 1_830_000_000, 'USD', false],
    ],
  ],
  [
    'Бюджет проекта составляет 500 тыс. евро, в том числе 300 тыс. евро на компонент 1',
    [
      ['Бюджет проекта', 50_000_000, 'EUR', true],
      ['компонент 1', 30_000_000, 'EUR', false],
    ],
  ],
  [
    'Phase 1 (2015-2017): USD 3 million; Phase 2 (2018-2019): USD 2 million',
    [
      ['Phase 1 (2015-2017)', 300_000_000, 'USD', false],
      ['Phase 2 (2018-2019)', 200_000_000, 'USD', false],
    ],
  ],
  [
    'Component 1: USD 1.5m\nComponent 2: USD 2.5m\nTotal: USD 4m',
    [
      ['Component 1', 150_000_000, 'USD', false],
      ['Component 2', 250_000_000, 'USD', false],
      ['Total', 400_000_000, 'USD', true],
    ],
  ],
  [
    'The total budget of the project is approximately EUR 2 million.',
    [['The total budget of the project', 200_000_000, 'EUR', true]],
  ],
  [
    'Total: USD 1,200.50; Phase 1: USD 1,200',
    [
      ['Total', 120_050, 'USD', true],
      ['Phase 1', 120_000, 'USD', false],
    ],
  ],
  [
    'Всего: 2.500.000 тенге; компонент 1: 1.500 тенге',
    [
      ['Всего', 250_000_000, 'KZT', true],
      ['компонент 1', 150_000, 'KZT', false],
    ],
  ],
  ['USD 5m', [[null, 500_000_000, 'USD', true]]],
  ['$5M', [[null, 500_000_000, 'USD', true]]],
  ['USD 5 bn', [[null, 500_000_000_000, 'USD', true]]],
  ['USD 5,000,000 for courts', [['courts', 500_000_000, 'USD', true]]],
  ['USD 5 000 000 в 2015 году', [[null, 500_000_000, 'USD', true]]],
  ['Phase 1 (2015-2017): USD 3 million', [['Phase 1 (2015-2017)', 300_000_000, 'USD', false]]],
  ['Total cost: USD 1,234.5', [['Total cost', 123_450, 'USD', true]]],
  [
    'Overall budget 7.2 million USD, of which 1.3 million USD for Tajikistan and 0.9 million USD for Kyrgyzstan',
    [
      ['Overall budget', 720_000_000, 'USD', true],
      ['Tajikistan', 130_000_000, 'USD', false],
      ['Kyrgyzstan', 90_000_000, 'USD', false],
    ],
  ],
  [
    'Funding: $3,200,000 (USAID $2,000,000; State Department $1,200,000)',
    [
      ['Funding', 320_000_000, 'USD', true],
      ['USAID', 200_000_000, 'USD', false],
      ['State Department', 120_000_000, 'USD', false],
    ],
  ],
  [
    'Total: USD 2.4 million, including USD 400,000 from the Government of Kazakhstan',
    [
      ['Total', 240_000_000, 'USD', true],
      ['from the Government of Kazakhstan', 40_000_000, 'USD', false],
    ],
  ],
  ['Budget: EUR 1,000,000.00', [['Budget', 100_000_000, 'EUR', true]]],
];

describe('parseBudgetText: formats read for sure', () => {
  it.each(SURE_CASES)('%s', (text, expected) => {
    const parsed = parseBudgetText(text);
    expect(parsed.lines).toEqual(lines(expected));
    expect(parsed.sure, parsed.notes.map((n) => n.text).join('; ')).toBe(true);
  });
});

describe('parseBudgetText: the seed record', () => {
  const seed = readFileSync(
    new URL(
      '../../../test/fixtures/seed/unodc-programme-for-central-asia-2015-2019.txt',
      import.meta.url,
    ),
    'utf8',
  );
  const budget = /^BUDGET (.*)$/m.exec(seed)?.[1] ?? '';

  it('reads the total and Sub-Programme 2 exactly', () => {
    expect(budget).toContain('Indicative budget');
    const parsed = parseBudgetText(budget);
    expect(parsed).toEqual({
      lines: lines([
        ['Total', 7_060_000_000, 'USD', true],
        ['Sub-Programme 2', 1_830_000_000, 'USD', false],
      ]),
      sure: true,
      notes: [],
    });
    expect(headlineBudget(parsed.lines)).toEqual([{ currency: 'USD', cents: 7_060_000_000 }]);
  });
});

describe('parseBudgetText: shares', () => {
  it('reads "(EU contribution: 100 percent)"', () => {
    const parsed = parseBudgetText('Budget: EUR 5 million (EU contribution: 100 percent)');
    expect(parsed.lines).toEqual(lines([['Budget', 500_000_000, 'EUR', true]]));
    expect(parsed.shares).toEqual([{ label: 'EU contribution', percentage: 100 }]);
    expect(parsed.sure).toBe(true);
  });

  it('gives a bare percentage the label of the amount before it', () => {
    const parsed = parseBudgetText('Total: EUR 2,000,000; EU contribution: EUR 1,800,000 (90%)');
    expect(parsed.shares).toEqual([{ label: 'EU contribution', percentage: 90 }]);
  });

  it('reads decimal and Russian percentages', () => {
    expect(parseBudgetText('USD 1m (co-financing 12,5 %)').shares).toEqual([
      { label: 'co-financing', percentage: 12.5 },
    ]);
    expect(parseBudgetText('1 млн евро (доля ЕС: 80 процентов)').shares).toEqual([
      { label: 'доля ЕС', percentage: 80 },
    ]);
  });

  it('is unsure of a share above 100 percent', () => {
    expect(parseBudgetText('USD 1m (EU: 120%)').sure).toBe(false);
  });

  it('is unsure of the shares of one amount adding up to more than 100 percent', () => {
    const parsed = parseBudgetText(
      'Budget: EUR 5 million (EU contribution: 60 percent, UNDP: 60 percent)',
    );
    expect(parsed.sure).toBe(false);
    expect(parsed.notes.map((n) => n.code)).toEqual(['sharesOver100']);
    expect(parsed.notes[0]?.text).toContain('add up to 120 percent');
  });

  it('adds up the shares of each amount on their own, exactly', () => {
    expect(parseBudgetText('Budget: EUR 5 million (EU 60%, UNDP 40%)').sure).toBe(true);
    expect(parseBudgetText('USD 1m (33.3%, 33.3%, 33.4%)').sure).toBe(true);
    const two = 'Total: EUR 2,000,000 (EU 90%); Component B: EUR 500,000 (EU 80%)';
    expect(parseBudgetText(two).sure).toBe(true);
  });

  it('does not read a negative share', () => {
    const parsed = parseBudgetText('USD 5 million (-10%)');
    expect(parsed.sure).toBe(false);
    expect(parsed.shares).toBeUndefined();
    expect(parsed.notes.map((n) => n.code)).toContain('negativeAmount');
  });
});

// [text, what the notes must mention]
const UNSURE_CASES: [string, string][] = [
  ['', 'no amount'],
  ['hello world', 'no amount'],
  ['Budget: 5,000,000', 'no currency'],
  ['USD 1,500 million', 'could also mean 1.5'],
  ['USD 1.250 million', 'could also mean 1250'],
  ['1,250 млн тенге', 'could also mean 1250'],
  ['USD 5-6 million', 'range'],
  ['between 5 and 6 million USD', 'range'],
  ['от 5 до 6 млн тенге', 'range'],
  ['EUR 2 or 3 million', 'range'],
  ['5 dollars', 'taken to mean USD'],
  ['12 000 манат', 'taken to mean TMT'],
  ['Total: USD 5 million; Total: USD 6 million', 'two different totals'],
  ['Total: USD 5 million; A: USD 4 million; B: USD 3 million', 'add up to'],
  ['Component A: USD 1m; USD 2m', 'no label'],
  ['USD 1,00,000', 'groups of three'],
  ['USD 0.001', 'below one cent'],
  ['USD 999 trillion', 'too large'],
  ['Budget in EUR and USD: 5 million', 'not next to an amount'],
  ['USD 2 million per year', 'a rate'],
  ['300 тыс. евро в год', 'a rate'],
  ['EUR 1m; EUR 2m', 'no label'],
];

describe('parseBudgetText: unsure readings say so', () => {
  it.each(UNSURE_CASES)('%s', (text, note) => {
    const parsed = parseBudgetText(text);
    expect(parsed.sure).toBe(false);
    expect(parsed.notes.map((n) => n.text).join('\n')).toContain(note);
  });

  it('still reads the likely amount when it is unsure', () => {
    expect(parseBudgetText('USD 1,500 million').lines).toEqual(
      lines([[null, 150_000_000_000, 'USD', true]]),
    );
    expect(parseBudgetText('1,250 млн тенге').lines).toEqual(
      lines([[null, 125_000_000, 'KZT', true]]),
    );
  });

  it('settles "1,500 million" by the other numbers of the text', () => {
    const english = parseBudgetText('Total: USD 1,500 million; Phase 1: USD 2.5 million');
    expect(english.lines[0]?.amountCents).toBe(150_000_000_000);
    expect(english.sure).toBe(true);
    const russian = parseBudgetText('Всего: 1,500 млн тенге; компонент 1: 0,5 млн тенге');
    expect(russian.lines[0]?.amountCents).toBe(150_000_000);
    expect(russian.sure).toBe(true);
  });

  it('takes the currency of "of which 2 million" from the rest of the text, and says so', () => {
    const parsed = parseBudgetText('EUR 10 million, of which 2 million for courts');
    expect(parsed.lines).toEqual(
      lines([
        [null, 1_000_000_000, 'EUR', true],
        ['courts', 200_000_000, 'EUR', false],
      ]),
    );
    expect(parsed.notes.map((n) => n.text).join()).toContain('taken from the rest of the text');
  });
});

describe('parseBudgetText: hostile input', () => {
  it('refuses text over the length cap without reading it', () => {
    const parsed = parseBudgetText(`USD 5 million ${'x'.repeat(MAX_BUDGET_TEXT_LENGTH)}`);
    expect(parsed).toEqual({
      lines: [],
      sure: false,
      notes: [
        expect.objectContaining({ code: 'textTooLong', text: expect.stringContaining('longer') }),
      ],
    });
  });

  it('refuses text with hundreds of numbers', () => {
    expect(parseBudgetText('$1 '.repeat(1000)).lines).toEqual([]);
  });

  it('does not throw on a non-string', () => {
    expect(parseBudgetText(undefined as unknown as string).sure).toBe(false);
  });

  it.each([
    ' '.repeat(9_999),
    '1,'.repeat(4_999),
    '('.repeat(5_000),
    'of which '.repeat(1_000),
    `x${' ,'.repeat(4_000)}USD 5`,
    'сом'.repeat(3_000),
    '9'.repeat(9_999),
  ])('reads a pathological text quickly (%#)', (text) => {
    const started = performance.now();
    parseBudgetText(text);
    expect(performance.now() - started).toBeLessThan(2_000);
  });
});
