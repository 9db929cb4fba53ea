import { isKnownCurrency } from '../vocabularies/codelists.ts';

/** A currency named in text: "USD", "US$", "€", "тенге", "долл. США". */
export interface CurrencyMention {
  start: number;
  end: number;
  raw: string;
  /** ISO 4217 code. */
  code: string;
  /** True when the words do not name one currency for certain ("dollars", "манат", "ALL"). */
  assumed: boolean;
}

// [written form, ISO code, assumed]. Matched case-insensitively, longest first.
const WORDS: readonly [string, string, boolean][] = [
  ['US$', 'USD', false],
  ['U.S.$', 'USD', false],
  ['$', 'USD', false],
  ['US dollars', 'USD', false],
  ['US dollar', 'USD', false],
  ['U.S. dollars', 'USD', false],
  ['United States dollars', 'USD', false],
  ['dollars', 'USD', true],
  ['долларов США', 'USD', false],
  ['доллара США', 'USD', false],
  ['доллар США', 'USD', false],
  ['долларах США', 'USD', false],
  ['долл. США', 'USD', false],
  ['долл США', 'USD', false],
  ['дол. США', 'USD', false],
  ['долларов', 'USD', true],
  ['доллара', 'USD', true],
  ['долл.', 'USD', true],
  ['€', 'EUR', false],
  ['euros', 'EUR', false],
  ['euro', 'EUR', false],
  ['евро', 'EUR', false],
  ['£', 'GBP', false],
  ['pounds sterling', 'GBP', false],
  ['pound sterling', 'GBP', false],
  ['British pounds', 'GBP', false],
  ['фунтов стерлингов', 'GBP', false],
  ['фунта стерлингов', 'GBP', false],
  ['Swiss francs', 'CHF', false],
  ['Swiss franc', 'CHF', false],
  ['швейцарских франков', 'CHF', false],
  ['швейцарских франка', 'CHF', false],
  ['₸', 'KZT', false],
  ['тенге', 'KZT', false],
  ['tenge', 'KZT', false],
  ['₽', 'RUB', false],
  ['руб.', 'RUB', false],
  ['руб', 'RUB', false],
  ['рублей', 'RUB', false],
  ['рубля', 'RUB', false],
  ['рубль', 'RUB', false],
  ['roubles', 'RUB', false],
  ['rubles', 'RUB', false],
  ['RUR', 'RUB', true],
  ['сомов', 'KGS', false],
  ['сома', 'KGS', false],
  ['сом', 'KGS', false],
  ['Kyrgyz som', 'KGS', false],
  ['soms', 'KGS', false],
  ['som', 'KGS', false],
  ['сумов', 'UZS', false],
  ['сум', 'UZS', false],
  ['сўм', 'UZS', false],
  ["so'm", 'UZS', false],
  ['soʻm', 'UZS', false],
  ['soum', 'UZS', false],
  ['Uzbek sum', 'UZS', false],
  ['сомони', 'TJS', false],
  ['somoni', 'TJS', false],
  ['туркменских манатов', 'TMT', false],
  ['Turkmen manat', 'TMT', false],
  ['манатов', 'TMT', true],
  ['манат', 'TMT', true],
  ['manat', 'TMT', true],
  ['AU$', 'AUD', false],
  ['A$', 'AUD', false],
  ['CA$', 'CAD', false],
  ['C$', 'CAD', false],
  ['NZ$', 'NZD', false],
  ['yen', 'JPY', false],
  ['иен', 'JPY', false],
];

// ISO codes that are also common words or abbreviations in English text ("ALL", "COP 29").
const WORD_LIKE_CODES = new Set([
  'ALL',
  'TOP',
  'CUP',
  'MOP',
  'PEN',
  'TRY',
  'BOB',
  'SOS',
  'MAD',
  'COP',
  'STD',
  'GEL',
  'PHP',
  'BAM',
  'SAR',
  'USS',
  'USN',
  'CUC',
  'ERN',
  'LAK',
  'BZD',
  'MRO',
  'SVC',
]);

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const startsWithLetter = (s: string) => /^\p{L}/u.test(s);
const endsWithLetter = (s: string) => /\p{L}$/u.test(s);

const BY_WORD = new Map(
  WORDS.map(([word, code, assumed]) => [word.toLowerCase(), { code, assumed }]),
);
const WORD_PATTERN = new RegExp(
  [...WORDS]
    .sort((a, b) => b[0].length - a[0].length)
    .map(([word]) => {
      const before = startsWithLetter(word) ? '(?<!\\p{L})' : '';
      const after = endsWithLetter(word) ? '(?!\\p{L})' : '';
      return `${before}${escapeRegExp(word).replace(/ /g, '\\s+')}${after}`;
    })
    .join('|'),
  'giu',
);
const CODE_PATTERN = /(?<![\p{L}])[A-Z]{3}(?![\p{L}])/gu;

/** Every currency the text names, in order, without overlaps (the longer name wins). */
export function findCurrencyMentions(text: string): CurrencyMention[] {
  const found: CurrencyMention[] = [];
  for (const m of text.matchAll(CODE_PATTERN)) {
    if (!isKnownCurrency(m[0])) continue;
    const assumed = WORD_LIKE_CODES.has(m[0]);
    found.push({ start: m.index, end: m.index + m[0].length, raw: m[0], code: m[0], assumed });
  }
  for (const m of text.matchAll(WORD_PATTERN)) {
    const entry = BY_WORD.get(m[0].toLowerCase().replace(/\s+/g, ' '));
    if (!entry) continue;
    found.push({ start: m.index, end: m.index + m[0].length, raw: m[0], ...entry });
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: CurrencyMention[] = [];
  for (const mention of found) {
    const previous = kept[kept.length - 1];
    if (previous && mention.start < previous.end) continue;
    kept.push(mention);
  }
  return kept;
}
