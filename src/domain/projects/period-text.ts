import { type ParseNote, ParseNotes, parseNote } from './parse-notes.ts';
import {
  daysInMonth,
  isValidPartialDate,
  type PartialDate,
  type Period,
  periodProblemCode,
} from './period.ts';
import { type DateToken, tokenizePeriod } from './period-text-tokens.ts';

/** The result of reading free period text: the period, and whether the reading is sure. */
export interface ParsedPeriod extends Period {
  /** False when the text was only partly understood; the caller should keep it for a person. */
  sure: boolean;
  /** What was unsure or ignored, for the person who checks it. */
  notes: ParseNote[];
}

/** Longer texts are not read: a period is a few words. */
export const MAX_PERIOD_TEXT_LENGTH = 500;

const DASHES = /[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/g;
const SPACES = /[\s\u00A0\u202F\u2009\u2007]+/g;

type Side = 'start' | 'end';

type Reading = ParseNotes;

/**
 * Reads period text as people write it: "January 2015 – December 2019", "2011-2016",
 * "01/2015 – 12/2019", "since March 2018", "с марта 2018 г.", "2015–2019 гг.", "по декабрь
 * 2020". Never throws; an unread text gives an empty, unsure period with a note.
 *
 * One date alone is the whole period when it is a year or a quarter ("2019", "Q2 2016": a
 * grant for that year or quarter). A month alone ("March 2018", "1 March 2018") is read as
 * that one month, but unsure: a one-month project is rare, and a lone month is more often the
 * start date. A two-digit end year takes the start's century only when that gives an end at or
 * after the start ("2013-14", "2015-19"), or the year after across a century ("1999-00");
 * "2020-13" is neither a later century nor a month, so its end is not read. Days are dropped,
 * but must exist ("April 31 2016" is refused). Fiscal years ("FY2015") are read as calendar
 * years, unsure.
 */
export function parsePeriodText(input: string): ParsedPeriod {
  try {
    return parse(typeof input === 'string' ? input : '');
  } catch {
    return { start: null, end: null, sure: false, notes: [parseNote('periodUnreadable')] };
  }
}

function parse(input: string): ParsedPeriod {
  const reading = new ParseNotes();
  const none = (note: ParseNote): ParsedPeriod => ({
    start: null,
    end: null,
    sure: false,
    notes: [...reading.list, note],
  });
  if (input.length > MAX_PERIOD_TEXT_LENGTH) {
    return none(parseNote('textTooLong', MAX_PERIOD_TEXT_LENGTH));
  }
  const text = input.toLowerCase().replace(DASHES, '-').replace(SPACES, ' ').trim();
  if (!text) return none(parseNote('textEmpty'));

  const tokens = tokenizePeriod(text).filter((t) => t.kind !== 'noise');
  const unknown = tokens.filter((t) => t.kind === 'unknown').map((t) => t.raw);
  if (unknown.length > 0)
    reading.warn(
      'notUnderstood',
      unknown
        .slice(0, 5)
        .map((w) => `"${w}"`)
        .join(', '),
    );
  const dates = tokens.filter((t): t is DateToken => t.kind === 'date');
  if (dates.length === 0) return none(parseNote('noDate'));
  const fiscal = tokens.findIndex((t) => t.kind === 'fiscal');
  if (fiscal >= 0) {
    const next = tokens[fiscal + 1];
    const raw = tokens[fiscal]!.raw;
    reading.warn('fiscalYears', next?.kind === 'date' ? `${raw} ${next.raw}` : raw);
  }
  if (dates.length > 2) reading.warn('moreThanTwoDates', dates[0]!.raw, dates[1]!.raw);

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
      reading.warn('notJoined', first.raw, second.raw);
    }
    const years = borrowYears(first, second, reading);
    start = toDate(first, 'start', years.first, reading);
    end = years.endRefused ? null : toDate(second, 'end', years.second, reading);
  } else if (before.includes('until') || (before.includes('join') && !before.includes('since'))) {
    end = toDate(first, 'end', first.year, reading);
    if (!before.includes('until')) reading.warn('onlyEnd');
  } else if (before.includes('since') || opensEnd) {
    start = toDate(first, 'start', first.year, reading);
    if (!before.includes('since') && !after.includes('present')) reading.warn('onlyStart');
  } else if (first.alsoYears) {
    const [a, b] = first.alsoYears;
    reading.warn('yearsOrMonth', first.raw, a, b, `${first.month}/${a}`);
    start = { year: a };
    end = { year: b };
  } else {
    // One date alone ("2019", "Q2 2016") is the whole period; a month alone may be the start.
    start = toDate(first, 'start', first.year, reading);
    end = toDate(first, 'end', first.year, reading);
    if (start && first.month !== undefined) reading.warn('singleMonth', first.raw);
  }
  if (!start && !end) return none(parseNote('noValidDate'));
  const period = { start, end };
  const problem = periodProblemCode(period);
  if (problem) reading.warn(problem);
  return { ...period, sure: reading.sure, notes: reading.list };
}

// "January – December 2019": the first date borrows the second's year. "2015–19": the second
// borrows the first's century, when that does not put it before the first ("1999–00" is the
// one exception: the next year, across a century). "2020–13" is not 2020 to 2113.
function borrowYears(first: DateToken, second: DateToken, reading: Reading) {
  let firstYear = first.year;
  let secondYear = second.year;
  let endRefused = false;
  if (secondYear === undefined && second.shortYear !== undefined && firstYear !== undefined) {
    secondYear = Math.floor(firstYear / 100) * 100 + second.shortYear;
    if (secondYear + 100 === firstYear + 1) secondYear += 100;
    else if (secondYear < firstYear) {
      reading.warn('shortYearBefore', `${first.raw}-${second.raw}`);
      endRefused = true;
    }
  }
  if (firstYear === undefined && first.shortYear === undefined && secondYear !== undefined) {
    firstYear = secondYear;
    const firstMonth = first.month ?? first.quarter;
    const secondMonth = second.month ?? (second.quarter ?? 4) * 3;
    if (firstMonth !== undefined && first.month !== undefined && first.month > secondMonth) {
      firstYear -= 1;
      reading.warn('yearTaken', first.raw, firstYear);
    } else if (firstMonth === undefined) {
      firstYear = undefined;
    }
  }
  return { first: firstYear, second: secondYear, endRefused };
}

function toDate(
  token: DateToken,
  side: Side,
  year: number | undefined,
  reading: Reading,
): PartialDate | null {
  if (year === undefined) {
    reading.warn('noYear', token.raw);
    return null;
  }
  if (token.dayMonthUnsure) reading.warn('dayMonthAmbiguous', token.raw);
  const d: PartialDate = { year };
  if (token.quarter !== undefined)
    d.month = side === 'start' ? token.quarter * 3 - 2 : token.quarter * 3;
  else if (token.month !== undefined) d.month = token.month;
  if (!isValidPartialDate(d)) {
    reading.warn('dateInvalid', token.raw);
    return null;
  }
  if (token.day !== undefined && d.month !== undefined) {
    if (token.day < 1 || token.day > daysInMonth(d.year, d.month)) {
      reading.warn('dayInvalid', token.raw);
      return null;
    }
  }
  return d;
}
