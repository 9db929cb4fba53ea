import { isValidPartialDate, type PartialDate, type Period, periodProblem } from './period.ts';

const MONTHS: Record<string, number> = {};
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
// Russian month names in the nominative and genitive, and their common abbreviations.
const RUSSIAN = [
  ['январь', 'января', 'янв'],
  ['февраль', 'февраля', 'фев'],
  ['март', 'марта', 'мар'],
  ['апрель', 'апреля', 'апр'],
  ['май', 'мая'],
  ['июнь', 'июня', 'июн'],
  ['июль', 'июля', 'июл'],
  ['август', 'августа', 'авг'],
  ['сентябрь', 'сентября', 'сен', 'сент'],
  ['октябрь', 'октября', 'окт'],
  ['ноябрь', 'ноября', 'ноя'],
  ['декабрь', 'декабря', 'дек'],
];
ENGLISH.forEach((name, i) => {
  MONTHS[name] = i + 1;
  MONTHS[name.slice(0, 3)] = i + 1;
});
MONTHS.sept = 9;
RUSSIAN.forEach((names, i) => {
  for (const name of names) MONTHS[name] = i + 1;
});

/** The result of reading free period text: the period, and whether the reading is sure. */
export interface ParsedPeriod extends Period {
  /** False when the text was only partly understood; the caller should keep it for a person. */
  sure: boolean;
}

const MONTH_WORD = '([a-zа-яё]+)\\.?';
const YEAR = '(\\d{4})';
const DATE = `(?:${MONTH_WORD}\\s+)?${YEAR}(?:\\s*(?:г\\.?|года?))?`;
const NUMERIC_DATE = '(\\d{1,2})[./](\\d{4})';
const DASH = '\\s*(?:[-–—]|to|till|until|по|до)\\s*';

function toPartialDate(monthWord: string | undefined, year: string): PartialDate | null {
  const d: PartialDate = { year: Number(year) };
  if (monthWord) {
    const month = MONTHS[monthWord.toLowerCase()];
    if (month === undefined) return null;
    d.month = month;
  }
  return isValidPartialDate(d) ? d : null;
}

function readDate(text: string): PartialDate | null {
  const numeric = new RegExp(`^${NUMERIC_DATE}$`, 'i').exec(text);
  if (numeric) return toPartialDate(ENGLISH[Number(numeric[1]) - 1], numeric[2]!);
  const m = new RegExp(`^${DATE}$`, 'iu').exec(text);
  return m ? toPartialDate(m[1], m[2]!) : null;
}

/**
 * Reads period text as people write it: "January 2015 – December 2019", "2011-2016",
 * "June 2012-December 2014", "since March 2018", "с марта 2018 г.". Never throws; an unread
 * text gives an empty, unsure period.
 */
export function parsePeriodText(input: string): ParsedPeriod {
  const text = input
    .trim()
    .replace(/\s+/g, ' ')
    .replace(/^(period|период)\s*:?\s*/i, '');
  const none: ParsedPeriod = { start: null, end: null, sure: false };
  if (!text || text.length > 200) return none;

  const since = /^(?:since|from|starting|с|начиная с)\s+(.+)$/iu.exec(text);
  if (since) {
    const start = readDate(since[1]!);
    return start ? { start, end: null, sure: true } : none;
  }
  const until = /^(?:until|till|to|до|по)\s+(.+)$/iu.exec(text);
  if (until) {
    const end = readDate(until[1]!);
    return end ? { start: null, end, sure: true } : none;
  }
  const single = readDate(text);
  if (single) return { start: single, end: single, sure: true };

  const parts = text.split(new RegExp(DASH, 'iu'));
  if (parts.length === 2) {
    let [a, b] = parts as [string, string];
    // "January – December 2019": the first end borrows the second end's year.
    if (/^[a-zа-яё]+\.?$/iu.test(a)) {
      const year = /(\d{4})/.exec(b)?.[1];
      if (year) a = `${a} ${year}`;
    }
    const start = readDate(a);
    const end = readDate(b);
    if (start && end) {
      const period = { start, end };
      return { ...period, sure: periodProblem(period) === null };
    }
  }
  return none;
}
