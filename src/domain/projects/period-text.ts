import { isValidPartialDate, type PartialDate, type Period, periodProblem } from './period.ts';
import { type DateToken, tokenizePeriod } from './period-text-tokens.ts';

/** The result of reading free period text: the period, and whether the reading is sure. */
export interface ParsedPeriod extends Period {
  /** False when the text was only partly understood; the caller should keep it for a person. */
  sure: boolean;
  /** What was unsure or ignored, for the person who checks it. */
  notes: string[];
}

/** Longer texts are not read: a period is a few words. */
export const MAX_PERIOD_TEXT_LENGTH = 500;

const DASHES = /[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/g;
const SPACES = /[\s\u00A0\u202F\u2009\u2007]+/g;

type Side = 'start' | 'end';

class Reading {
  readonly notes: string[] = [];
  sure = true;
  warn(note: string) {
    this.sure = false;
    if (!this.notes.includes(note)) this.notes.push(note);
  }
}

/**
 * Reads period text as people write it: "January 2015 – December 2019", "2011-2016",
 * "01/2015 – 12/2019", "since March 2018", "с марта 2018 г.", "2015–2019 гг.", "по декабрь
 * 2020". Never throws; an unread text gives an empty, unsure period with a note.
 */
export function parsePeriodText(input: string): ParsedPeriod {
  try {
    return parse(typeof input === 'string' ? input : '');
  } catch {
    return { start: null, end: null, sure: false, notes: ['the period text could not be read'] };
  }
}

function parse(input: string): ParsedPeriod {
  const reading = new Reading();
  const none = (note: string): ParsedPeriod => ({
    start: null,
    end: null,
    sure: false,
    notes: [...reading.notes, note],
  });
  if (input.length > MAX_PERIOD_TEXT_LENGTH) {
    return none(`the text is longer than ${MAX_PERIOD_TEXT_LENGTH} characters and was not read`);
  }
  const text = input.toLowerCase().replace(DASHES, '-').replace(SPACES, ' ').trim();
  if (!text) return none('the text is empty');

  const tokens = tokenizePeriod(text).filter((t) => t.kind !== 'noise');
  const unknown = tokens.filter((t) => t.kind === 'unknown').map((t) => t.raw);
  if (unknown.length > 0)
    reading.warn(
      `not understood: ${unknown
        .slice(0, 5)
        .map((w) => `"${w}"`)
        .join(', ')}`,
    );
  const dates = tokens.filter((t): t is DateToken => t.kind === 'date');
  if (dates.length === 0) return none('no month or year was found');
  if (dates.length > 2)
    reading.warn(`more than two dates; only "${dates[0]!.raw}" and "${dates[1]!.raw}" were read`);

  const first = dates[0]!;
  const second = dates[1];
  const firstIndex = tokens.indexOf(first);
  const before = tokens.slice(0, firstIndex).map((t) => t.kind);
  const between = second
    ? tokens.slice(firstIndex + 1, tokens.indexOf(second)).map((t) => t.kind)
    : [];
  const after = tokens.slice(tokens.indexOf(second ?? first) + 1).map((t) => t.kind);
  const opensEnd = after.includes('present') || (!second && after.includes('join'));

  let start: PartialDate | null = null;
  let end: PartialDate | null = null;
  if (second) {
    if (!between.some((k) => k === 'join' || k === 'until')) {
      reading.warn(`"${first.raw}" and "${second.raw}" are not joined by a dash or "to"`);
    }
    const years = borrowYears(first, second, reading);
    start = toDate(first, 'start', years.first, reading);
    end = toDate(second, 'end', years.second, reading);
  } else if (before.includes('until') || (before.includes('join') && !before.includes('since'))) {
    end = toDate(first, 'end', first.year, reading);
    if (!before.includes('until')) reading.warn('the period has only an end');
  } else if (before.includes('since') || opensEnd) {
    start = toDate(first, 'start', first.year, reading);
    if (!before.includes('since') && !after.includes('present'))
      reading.warn('the period has only a start');
  } else if (first.alsoYears) {
    const [a, b] = first.alsoYears;
    reading.warn(
      `"${first.raw}" was read as the years ${a} to ${b}; it could also mean ${first.month}/${a}`,
    );
    start = { year: a };
    end = { year: b };
  } else {
    // One date alone ("2019", "March 2018") is the whole period.
    start = toDate(first, 'start', first.year, reading);
    end = toDate(first, 'end', first.year, reading);
  }
  if (!start && !end) return none('no valid month or year was found');
  const period = { start, end };
  const problem = periodProblem(period);
  if (problem) reading.warn(problem);
  return { ...period, sure: reading.sure, notes: reading.notes };
}

// "January – December 2019": the first date borrows the second's year. "2015–19": the second
// borrows the first's century.
function borrowYears(first: DateToken, second: DateToken, reading: Reading) {
  let firstYear = first.year;
  let secondYear = second.year;
  if (secondYear === undefined && second.shortYear !== undefined && firstYear !== undefined) {
    secondYear = Math.floor(firstYear / 100) * 100 + second.shortYear;
    if (secondYear < firstYear) secondYear += 100;
  }
  if (firstYear === undefined && first.shortYear === undefined && secondYear !== undefined) {
    firstYear = secondYear;
    const firstMonth = first.month ?? first.quarter;
    const secondMonth = second.month ?? (second.quarter ?? 4) * 3;
    if (firstMonth !== undefined && first.month !== undefined && first.month > secondMonth) {
      firstYear -= 1;
      reading.warn(`"${first.raw}" was taken to be in ${firstYear}`);
    } else if (firstMonth === undefined) {
      firstYear = undefined;
    }
  }
  return { first: firstYear, second: secondYear };
}

function toDate(
  token: DateToken,
  side: Side,
  year: number | undefined,
  reading: Reading,
): PartialDate | null {
  if (year === undefined) {
    reading.warn(`"${token.raw}" has no year`);
    return null;
  }
  if (token.dayMonthUnsure)
    reading.warn(`in "${token.raw}" the day and the month could be either way round`);
  const d: PartialDate = { year };
  if (token.quarter !== undefined)
    d.month = side === 'start' ? token.quarter * 3 - 2 : token.quarter * 3;
  else if (token.month !== undefined) d.month = token.month;
  if (!isValidPartialDate(d)) {
    reading.warn(`"${token.raw}" is not a valid month or year`);
    return null;
  }
  return d;
}
