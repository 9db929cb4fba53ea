import type { DecimalDigits } from './decimal.ts';

/**
 * Numbers as people write them in budgets: "70.6", "1,2", "1,234,567.89", "1.234.567,89",
 * "1 234 567", "1'234'567.50". A run is found first; what its separators mean is decided after.
 */

/** One run of digits with the separators between its digit groups, as found in the text. */
export interface NumberRun {
  start: number;
  end: number;
  raw: string;
  /** The digit groups, in order. */
  parts: string[];
  /** The separator before each group after the first (parts.length − 1 of them). */
  seps: string[];
}

type Mark = '.' | ',';

/** What a run means: exact, one of two readings, or nothing sensible. */
export type NumberReading =
  | { kind: 'exact'; digits: DecimalDigits; decimalMark: Mark | null; groupMark: Mark | null }
  | { kind: 'ambiguous'; mark: Mark; asGrouped: DecimalDigits; asDecimal: DecimalDigits }
  | { kind: 'invalid'; reason: 'mixedSeparators' | 'badGrouping' };

/** Which marks the text uses unambiguously as decimal point and as thousands separator. */
export interface MarkEvidence {
  decimal: Set<Mark>;
  group: Set<Mark>;
}

// Space, no-break space, narrow no-break space, thin space, figure space, apostrophes.
const SPACE_LIKE = new Set([' ', '\u00A0', '\u202F', '\u2009', '\u2007', "'", '\u2019']);
const isDigit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9';
const isMark = (c: string): c is Mark => c === '.' || c === ',';

function digitsEnd(text: string, from: number): number {
  let i = from;
  while (isDigit(text[i])) i++;
  return i;
}

/** Every run of digits in the text, joined across thousands separators where that is plausible. */
export function scanNumbers(text: string): NumberRun[] {
  const runs: NumberRun[] = [];
  let i = 0;
  while (i < text.length) {
    if (!isDigit(text[i])) {
      i++;
      continue;
    }
    const start = i;
    let j = digitsEnd(text, i);
    const parts = [text.slice(i, j)];
    const seps: string[] = [];
    while (j < text.length) {
      const sep = text[j]!;
      const k = digitsEnd(text, j + 1);
      if (k === j + 1 || (!isMark(sep) && !SPACE_LIKE.has(sep))) break;
      const group = text.slice(j + 1, k);
      if (SPACE_LIKE.has(sep)) {
        // A space only joins "1 234 567": groups of three after a lead of at most three digits.
        // That keeps "2015 2019" and "Phase 2 2015" apart.
        if (
          group.length !== 3 ||
          seps.some(isMark) ||
          (seps.length === 0 && parts[0]!.length > 3)
        ) {
          break;
        }
      }
      seps.push(sep);
      parts.push(group);
      j = k;
    }
    runs.push({ start, end: j, raw: text.slice(start, j), parts, seps });
    i = j;
  }
  return runs;
}

function groupsValid(parts: string[]): boolean {
  return parts[0]!.length <= 3 && parts.slice(1).every((p) => p.length === 3);
}

/** Reads one run: which separator is the decimal mark, if any, and the digits it stands for. */
export function readNumber(run: NumberRun): NumberReading {
  const { parts, seps } = run;
  const marks = seps.filter(isMark);
  const spaced = seps.some((s) => SPACE_LIKE.has(s));
  if (marks.length === 0) {
    return {
      kind: 'exact',
      digits: { int: parts.join(''), frac: '' },
      decimalMark: null,
      groupMark: null,
    };
  }
  const last = seps[seps.length - 1]!;
  const kinds = new Set(marks);
  if (kinds.size === 2) {
    // "1,234.56" or "1.234,56": the last mark is the decimal one and occurs once.
    if (!isMark(last) || marks.filter((m) => m === last).length !== 1) {
      return { kind: 'invalid', reason: 'mixedSeparators' };
    }
    if (!groupsValid(parts.slice(0, -1))) {
      return { kind: 'invalid', reason: 'badGrouping' };
    }
    const groupMark: Mark = last === '.' ? ',' : '.';
    return {
      kind: 'exact',
      digits: { int: parts.slice(0, -1).join(''), frac: parts[parts.length - 1]! },
      decimalMark: last,
      groupMark,
    };
  }
  const mark = marks[0]!;
  if (marks.length > 1) {
    if (spaced || !groupsValid(parts)) {
      return { kind: 'invalid', reason: 'badGrouping' };
    }
    return {
      kind: 'exact',
      digits: { int: parts.join(''), frac: '' },
      decimalMark: null,
      groupMark: mark,
    };
  }
  const before = parts.slice(0, -1).join('');
  const after = parts[parts.length - 1]!;
  const asDecimal = { int: before, frac: after };
  // Only "d,ddd" / "dd.ddd" / "ddd,ddd" can be read both ways; everything else has one reading.
  if (spaced || after.length !== 3 || before.length > 3 || /^0+$/.test(before)) {
    return { kind: 'exact', digits: asDecimal, decimalMark: mark, groupMark: null };
  }
  return { kind: 'ambiguous', mark, asGrouped: { int: before + after, frac: '' }, asDecimal };
}

/** Collects what the unambiguous numbers of a text say about its decimal mark. */
export function markEvidence(readings: readonly NumberReading[]): MarkEvidence {
  const evidence: MarkEvidence = { decimal: new Set(), group: new Set() };
  for (const r of readings) {
    if (r.kind !== 'exact') continue;
    if (r.decimalMark) evidence.decimal.add(r.decimalMark);
    if (r.groupMark) evidence.group.add(r.groupMark);
  }
  return evidence;
}

/** How an ambiguous number was settled, and whether that choice is sure. */
export interface Resolved {
  digits: DecimalDigits;
  asDecimal: boolean;
  sure: boolean;
}

/**
 * Settles "1,200" / "1.500 million": first by what the rest of the text shows (another number
 * that uses the mark only one way), then by convention. A single "." or "," before exactly
 * three digits is a thousands separator in some texts and a decimal mark in others ("USD 1,5"
 * is read as 1.50). Without a multiplier only the grouped reading is money, whichever the
 * mark: the currencies read here have two minor digits, so no budget is written to a tenth of
 * a cent, and "USD 750,000" and "EUR 1.234" are sure. With one, both readings are amounts
 * ("1,250 million"), so the reading is unsure: English writes a decimal point ("1.250
 * million") and Russian a decimal comma ("1,2 млн").
 */
export function resolveAmbiguous(
  reading: Extract<NumberReading, { kind: 'ambiguous' }>,
  evidence: MarkEvidence,
  hints: { multiplier: boolean; russian: boolean },
): Resolved {
  const other: Mark = reading.mark === '.' ? ',' : '.';
  const saysDecimal = evidence.decimal.has(reading.mark) || evidence.group.has(other);
  const saysGroup = evidence.group.has(reading.mark) || evidence.decimal.has(other);
  const grouped = { digits: reading.asGrouped, asDecimal: false };
  const decimal = { digits: reading.asDecimal, asDecimal: true };
  if (saysDecimal && !saysGroup) return { ...decimal, sure: true };
  if (saysGroup && !saysDecimal) return { ...grouped, sure: true };
  if (!hints.multiplier) return { ...grouped, sure: true };
  const decimalMark: Mark = hints.russian ? ',' : '.';
  return reading.mark === decimalMark ? { ...decimal, sure: false } : { ...grouped, sure: false };
}
