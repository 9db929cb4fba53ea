/** A date known to the month or only to the year. */
export interface PartialDate {
  year: number;
  /** 1–12, or undefined when only the year is known. */
  month?: number;
}

/** A project's period; either end may be unknown (null). */
export interface Period {
  start: PartialDate | null;
  end: PartialDate | null;
}

export type ProjectStatus = 'planned' | 'ongoing' | 'completed';

const MIN_YEAR = 1900;
const MAX_YEAR = 2200;

/** True when the year and month are in range. */
export function isValidPartialDate(d: PartialDate): boolean {
  if (!Number.isInteger(d.year) || d.year < MIN_YEAR || d.year > MAX_YEAR) return false;
  return d.month === undefined || (Number.isInteger(d.month) && d.month >= 1 && d.month <= 12);
}

/** "2015-01" or "2015": the storage form, which keeps the precision. */
export function formatPartialDateKey(d: PartialDate): string {
  const year = String(d.year).padStart(4, '0');
  return d.month === undefined ? year : `${year}-${String(d.month).padStart(2, '0')}`;
}

/** Reads the storage form back ("2015-01" or "2015"); null for empty or malformed text. */
export function parsePartialDateKey(key: string | null | undefined): PartialDate | null {
  if (!key) return null;
  const m = /^(\d{4})(?:-(\d{2}))?$/.exec(key);
  if (!m) return null;
  const d: PartialDate = m[2]
    ? { year: Number(m[1]), month: Number(m[2]) }
    : { year: Number(m[1]) };
  return isValidPartialDate(d) ? d : null;
}

/** The number of days of a month (1–12) of a year. */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The first day the date can mean, as an ISO date ("2015" → "2015-01-01"). */
export function earliestDay(d: PartialDate): string {
  return `${formatPartialDateKey({ year: d.year, month: d.month ?? 1 })}-01`;
}

/** The last day the date can mean, as an ISO date ("2019" → "2019-12-31"). */
export function latestDay(d: PartialDate): string {
  const month = d.month ?? 12;
  const day = daysInMonth(d.year, month);
  return `${formatPartialDateKey({ year: d.year, month })}-${String(day).padStart(2, '0')}`;
}

/** The rule a period can break. */
export type PeriodProblem = 'startInvalid' | 'endInvalid' | 'endBeforeStart';

const PERIOD_PROBLEM_TEXT: Record<PeriodProblem, string> = {
  startInvalid: 'start is not a valid month or year',
  endInvalid: 'end is not a valid month or year',
  endBeforeStart: 'end is before start',
};

/** What is wrong with the period, as a code for callers that speak several languages. */
export function periodProblemCode(period: Period): PeriodProblem | null {
  if (period.start && !isValidPartialDate(period.start)) return 'startInvalid';
  if (period.end && !isValidPartialDate(period.end)) return 'endInvalid';
  if (period.start && period.end && latestDay(period.end) < earliestDay(period.start)) {
    return 'endBeforeStart';
  }
  return null;
}

/** What is wrong with the period, in English; null when nothing is. */
export function periodProblem(period: Period): string | null {
  const code = periodProblemCode(period);
  return code && PERIOD_PROBLEM_TEXT[code];
}

/**
 * Planned, ongoing or completed on `today` (an ISO date); null when no end of the period is known.
 * A period known only by its start is ongoing once it has begun.
 */
export function projectStatus(period: Period, today: string): ProjectStatus | null {
  if (!period.start && !period.end) return null;
  if (period.start && earliestDay(period.start) > today) return 'planned';
  if (period.end && latestDay(period.end) < today) return 'completed';
  return 'ongoing';
}

/** Formats one end of a period in the language of `locale` ("January 2015", "январь 2015 г."). */
export function formatPartialDate(d: PartialDate, locale: string): string {
  if (d.month === undefined) return String(d.year);
  const date = new Date(Date.UTC(d.year, d.month - 1, 1));
  const text = new Intl.DateTimeFormat(locale, {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(date);
  return text.charAt(0).toLocaleUpperCase(locale) + text.slice(1);
}

/** Labels for the parts of a period that are not known, in the reader's language. */
export interface PeriodLabels {
  unknown: string;
  since: (start: string) => string;
  until: (end: string) => string;
}

/** "January 2015 – December 2019", "since March 2018", "until 2020", or the unknown label. */
export function formatPeriod(period: Period, locale: string, labels: PeriodLabels): string {
  const start = period.start && formatPartialDate(period.start, locale);
  const end = period.end && formatPartialDate(period.end, locale);
  if (start && end) return start === end ? start : `${start} – ${end}`;
  if (start) return labels.since(start);
  if (end) return labels.until(end);
  return labels.unknown;
}
