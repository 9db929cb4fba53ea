/** The words and dates of period text, as tokens: "с марта 2018 г. по декабрь 2020". */

/** A date as written: a year, maybe a month or quarter; or a month or two-digit year alone. */
export interface DateToken {
  kind: 'date';
  raw: string;
  year?: number;
  month?: number;
  quarter?: number;
  /** A two-digit year ("2015–19"): only the last two digits are known. */
  shortYear?: number;
  /** "2011-12": December 2011, or the years 2011 to 2012. */
  alsoYears?: [number, number];
  /** "03/04/2015": the day and month could be either way round. */
  dayMonthUnsure?: boolean;
  /** The day of the month, when one was written ("31 April 2016"); kept to check it exists. */
  day?: number;
}

/** Everything period text is made of. */
export type PeriodToken =
  | DateToken
  | { kind: 'join' | 'since' | 'until' | 'present' | 'fiscal' | 'noise'; raw: string }
  | { kind: 'unknown'; raw: string };

const MONTHS = new Map<string, number>();
const ENGLISH = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
// Russian month names: nominative, genitive, prepositional, and the usual abbreviations.
const RUSSIAN = [
  ['январь', 'января', 'январе', 'янв'],
  ['февраль', 'февраля', 'феврале', 'фев', 'февр'],
  ['март', 'марта', 'марте', 'мар'],
  ['апрель', 'апреля', 'апреле', 'апр'],
  ['май', 'мая', 'мае'],
  ['июнь', 'июня', 'июне', 'июн'],
  ['июль', 'июля', 'июле', 'июл'],
  ['август', 'августа', 'августе', 'авг'],
  ['сентябрь', 'сентября', 'сентябре', 'сен', 'сент'],
  ['октябрь', 'октября', 'октябре', 'окт'],
  ['ноябрь', 'ноября', 'ноябре', 'ноя', 'нояб'],
  ['декабрь', 'декабря', 'декабре', 'дек'],
];
ENGLISH.forEach((name, i) => {
  MONTHS.set(name, i + 1);
  MONTHS.set(name.slice(0, 3), i + 1);
});
MONTHS.set('sept', 9);
RUSSIAN.forEach((names, i) => {
  for (const name of names) MONTHS.set(name, i + 1);
});

const WORDS = new Map<string, PeriodToken['kind']>();
const add = (kind: PeriodToken['kind'], words: string) => {
  for (const w of words.split('|')) WORDS.set(w, kind);
};
add('join', 'to|till|til|until|through|thru|and|по|до|and ending|-');
add(
  'since',
  'since|from|starting|started|starting from|beginning|as of|effective|с|со|начиная|начиная с|от',
);
add('until', 'ending|ends|ended|up to|upto|till|until|through|до|по');
add(
  'present',
  'present|now|ongoing|today|date|current|настоящее время|н.в.|н. в.|настоящее|нв|сегодня|наст. время',
);
// "FY2015": a fiscal year, which may not run January to December.
add('fiscal', 'fy|fiscal|financial|финансовый|финансового|финансовом|финансовые|финансовых|фг');
add(
  'noise',
  'period|период|duration|implementation|of|the|in|between|years|year|г|гг|год|года|годы|годов|году|period:|срок|реализации|проекта|project|в|течение|for|approx|approximately|около|примерно|ca|circa|planned|actual|planned:|actual:',
);

/** The number of the month a word names ("March", "марта", "Sept"), or undefined. */
export function monthNumber(word: string): number | undefined {
  return MONTHS.get(word.toLowerCase().replace(/\.$/, ''));
}

const DAY_MONTH_YEAR = /(\d{1,2})([./])(\d{1,2})\2(\d{4})(?!\d)/y;
const ISO_DAY = /(\d{4})-(\d{2})-(\d{2})(?!\d)/y;
const YEAR_MONTH = /(\d{4})[-/.](\d{1,2})(?!\d)/y;
const MONTH_YEAR = /(\d{1,2})[./](\d{4})(?!\d)/y;
const QUARTER_FIRST =
  /(?:q([1-4])|([1-4])(?:st|nd|rd|th)?\s+quarter(?:\s+of)?|([1-4]|iv|i{1,3})\s*(?:-?й\s*)?(?:кв\.?|квартал\p{L}*))\s*(\d{4})(?!\d)/iuy;
const YEAR_QUARTER = /(\d{4})\s*-?\s*q([1-4])(?!\d)/iuy;
const DAY_BEFORE_MONTH = /(\d{1,2})(?:st|nd|rd|th)?\s+(?=\p{L})/uy;
const WORD = /\p{L}+\.?(?:\s*\p{L}+\.)?/uy;
const YEAR = /(\d{4})(?!\d)/y;
const SHORT_YEAR = /(\d{2})(?!\d)/y;
const AFTER_MONTH =
  /\.?(?:\s+(\d{1,2})(?!\d)(?:st|nd|rd|th)?,?)?(?:\s*,?\s*(?:of\s+)?(\d{4})(?!\d))?/uy;
const PHRASES = [
  'настоящее время',
  'наст. время',
  'н. в.',
  'начиная с',
  'starting from',
  'as of',
  'up to',
  'and ending',
];
const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4 };

function at(re: RegExp, text: string, i: number): RegExpExecArray | null {
  re.lastIndex = i;
  return re.exec(text);
}

function numericDate(text: string, i: number): { token: DateToken; end: number } | null {
  let m = at(DAY_MONTH_YEAR, text, i);
  if (m) {
    let [day, month] = [Number(m[1]), Number(m[3])];
    // Dots are day.month; slashes may be American month/day when the day cannot be a month.
    const american = m[2] === '/' && month > 12 && day <= 12;
    if (american) [day, month] = [month, day];
    const dayMonthUnsure = m[2] === '/' && day <= 12 && month <= 12 && day !== month;
    const token: DateToken = {
      kind: 'date',
      raw: m[0],
      year: Number(m[4]),
      month,
      dayMonthUnsure,
      day,
    };
    return { token, end: i + m[0].length };
  }
  m = at(ISO_DAY, text, i);
  if (m)
    return {
      token: {
        kind: 'date',
        raw: m[0],
        year: Number(m[1]),
        month: Number(m[2]),
        day: Number(m[3]),
      },
      end: i + m[0].length,
    };
  m = at(YEAR_MONTH, text, i);
  if (m) {
    const year = Number(m[1]);
    const second = Number(m[2]);
    const end = i + m[0].length;
    if (m[2]!.length === 2 && second === (year + 1) % 100) {
      // "2014-15" is two years; "2011-12" may also be December 2011.
      const years: [number, number] = [year, year + 1];
      if (second >= 1 && second <= 12)
        return { token: { kind: 'date', raw: m[0], year, month: second, alsoYears: years }, end };
      return null;
    }
    if (second >= 1 && second <= 12 && (m[2]!.length === 2 || text[i + 4] !== '-')) {
      return { token: { kind: 'date', raw: m[0], year, month: second }, end };
    }
    return null;
  }
  m = at(MONTH_YEAR, text, i);
  if (m)
    return {
      token: { kind: 'date', raw: m[0], year: Number(m[2]), month: Number(m[1]) },
      end: i + m[0].length,
    };
  m = at(QUARTER_FIRST, text, i);
  if (m) {
    const q = m[1] ?? m[2] ?? m[3]!;
    const quarter = ROMAN[q.toLowerCase()] ?? Number(q);
    return {
      token: { kind: 'date', raw: m[0], year: Number(m[4]), quarter },
      end: i + m[0].length,
    };
  }
  m = at(YEAR_QUARTER, text, i);
  if (m)
    return {
      token: { kind: 'date', raw: m[0], year: Number(m[1]), quarter: Number(m[2]) },
      end: i + m[0].length,
    };
  return null;
}

function wordAt(text: string, i: number): { token: PeriodToken; end: number } | null {
  for (const phrase of PHRASES) {
    if (text.startsWith(phrase, i) && !/\p{L}/u.test(text[i + phrase.length] ?? '')) {
      return {
        token: { kind: WORDS.get(phrase)!, raw: phrase } as PeriodToken,
        end: i + phrase.length,
      };
    }
  }
  const m = at(WORD, text, i);
  if (!m) return null;
  // Take one word (with its abbreviation dot); "н.в." style pairs are matched whole.
  const single = /^\p{L}+\.?/u.exec(m[0])![0];
  const word = WORDS.has(m[0]) ? m[0] : single;
  const bare = word.replace(/\.$/, '');
  const month = monthNumber(bare);
  if (month !== undefined) {
    // "January 2015", "Jan. 2015", "January 1, 2015", "марта 2018".
    const rest = at(AFTER_MONTH, text, i + bare.length)!;
    const year = rest[2] ? Number(rest[2]) : undefined;
    const tail = year !== undefined ? rest[0].length : rest[0].startsWith('.') ? 1 : 0;
    const end = i + bare.length + tail;
    const token: DateToken = { kind: 'date', raw: text.slice(i, end), month };
    if (year !== undefined) token.year = year;
    if (year !== undefined && rest[1]) token.day = Number(rest[1]);
    return { token, end };
  }
  const kind = WORDS.get(word) ?? WORDS.get(bare) ?? 'unknown';
  return { token: { kind, raw: word } as PeriodToken, end: i + word.length };
}

/** Splits normalised (lower-case, one space, "-" for every dash) period text into tokens. */
export function tokenizePeriod(text: string): PeriodToken[] {
  const tokens: PeriodToken[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    if (c === ' ' || c === ',' || c === ':' || c === '(' || c === ')' || c === '.' || c === ';') {
      i++;
      continue;
    }
    if (c === '-' || c === '/') {
      tokens.push({ kind: 'join', raw: c });
      i++;
      continue;
    }
    const numeric = numericDate(text, i);
    if (numeric) {
      tokens.push(numeric.token);
      i = numeric.end;
      continue;
    }
    if (c >= '0' && c <= '9') {
      const day = at(DAY_BEFORE_MONTH, text, i);
      const next = day ? wordAt(text, i + day[0].length) : null;
      if (day && next?.token.kind === 'date') {
        // "1 January 2015": the day is finer than a period keeps, but it must exist.
        tokens.push({ ...next.token, raw: text.slice(i, next.end), day: Number(day[1]) });
        i = next.end;
        continue;
      }
      const year = at(YEAR, text, i);
      if (year) {
        tokens.push({ kind: 'date', raw: year[0], year: Number(year[1]) });
        i += year[0].length;
        continue;
      }
      const short = at(SHORT_YEAR, text, i);
      if (short) {
        tokens.push({ kind: 'date', raw: short[0], shortYear: Number(short[1]) });
        i += short[0].length;
        continue;
      }
      let j = i;
      while (j < text.length && text[j]! >= '0' && text[j]! <= '9') j++;
      tokens.push({ kind: 'unknown', raw: text.slice(i, j) });
      i = j;
      continue;
    }
    const word = wordAt(text, i);
    if (word) {
      tokens.push(word.token);
      i = word.end;
      continue;
    }
    tokens.push({ kind: 'unknown', raw: c });
    i++;
  }
  return tokens;
}
