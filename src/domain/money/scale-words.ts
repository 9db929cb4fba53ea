/** Words written after a number that scale it ("million", "млн", "k") or make it a share ("%"). */

/** A multiplier read right after a number: its power of ten and where it ends. */
export interface Multiplier {
  exponent: number;
  end: number;
  raw: string;
  /** True for Russian words, which hint that a comma is the decimal mark. */
  russian: boolean;
}

const GROUPS: readonly [number, string][] = [
  [12, 'trillions?|trn|трлн\\.?|триллион(?:а|ов)?'],
  [9, 'billions?|bln\\.?|bn|млрд\\.?|миллиард(?:а|ов)?'],
  [6, 'millions?|mln\\.?|mio\\.?|mn|m|млн\\.?|миллион(?:а|ов)?'],
  [3, 'thousands?|k|тыс\\.?|тысяч[аи]?'],
];
// Letters may not follow a word ("5 members" is not 5 m); a dot of "млн." is part of it.
const MULTIPLIER = new RegExp(
  `\\s*(?:${GROUPS.map(([, words]) => `(${words})`).join('|')})(?!\\p{L})`,
  'iuy',
);
const PERCENT =
  /\s*(?:%|percent(?!\p{L})|per\s+cent(?!\p{L})|pct\.?|процент(?:а|ов)?(?!\p{L})|проц\.)/iuy;

/** The multiplier that starts at `from` (after optional spaces), or null. */
export function readMultiplier(text: string, from: number): Multiplier | null {
  MULTIPLIER.lastIndex = from;
  const m = MULTIPLIER.exec(text);
  if (!m) return null;
  const index = m.slice(1).findIndex((g) => g !== undefined);
  const raw = m[index + 1]!;
  return {
    exponent: GROUPS[index]![0],
    end: from + m[0].length,
    raw,
    russian: /\p{Script=Cyrillic}/u.test(raw),
  };
}

/** The end of a percent sign or word starting at `from` (after optional spaces), or null. */
export function readPercent(text: string, from: number): number | null {
  PERCENT.lastIndex = from;
  const m = PERCENT.exec(text);
  return m ? from + m[0].length : null;
}

/** Exponent notation right after a number, as spreadsheets write it: "1e6", "1.5E+06". */
export interface ExponentMark {
  /** The power of ten, kept within ±MAX_EXPONENT (beyond that no amount is exact anyway). */
  exponent: number;
  /** True when the written power was beyond ±MAX_EXPONENT. */
  clamped: boolean;
  end: number;
}

/** Powers of ten beyond this are clamped; with at most 10,000 digits, the result is the same. */
export const MAX_EXPONENT = 20_000;
const EXPONENT = /[eE]([+-]?)(\d+)(?![\p{L}\d])/uy;

/** The exponent ("e6", "E+06") written right after a number ending at `from`, or null. */
export function readExponent(text: string, from: number): ExponentMark | null {
  EXPONENT.lastIndex = from;
  const m = EXPONENT.exec(text);
  if (!m) return null;
  const digits = m[2]!.replace(/^0+(?=\d)/, '');
  const big = digits.length > 6 || Number(digits) > MAX_EXPONENT;
  const size = big ? MAX_EXPONENT : Number(digits);
  return { exponent: m[1] === '-' ? -size : size, clamped: big, end: from + m[0].length };
}

// Words that scale a number in slang or another language but are not read here: "5 mil" (a
// million in English slang, a thousand in Spanish), "5 MM", "2 B", "5 Mrd.", "5 lakh". Only
// these: a donor's acronym after an amount ("USD 1,000,000 EU contribution") is not one.
const UNKNOWN_SCALE =
  /^(?:mil|mill|mm|b|bil|bill|mrd|mds?|tsd|lakhs?|lacs?|cr|crores?|milliards?|millones|millón|mille|mila|tausend)$/iu;
// The word right after the number: letters, then an optional dot.
const WORD_AFTER = /[^\S\n]*(\p{L}+)\.?(?![\p{L}\p{N}])/uy;

/**
 * A word right after a number (ending at `from`) that scales it in slang or another language
 * but is not read as a multiplier here (UNKNOWN_SCALE), or null. Known multipliers are read
 * before this is asked; currencies are told apart by the caller.
 */
export function readUnknownScale(
  text: string,
  from: number,
): { start: number; end: number; raw: string } | null {
  WORD_AFTER.lastIndex = from;
  const m = WORD_AFTER.exec(text);
  if (!m || !UNKNOWN_SCALE.test(m[1]!)) return null;
  const word = m[1]!;
  const start = from + m[0].length - (m[0].endsWith('.') ? word.length + 1 : word.length);
  return { start, end: from + m[0].length, raw: text.slice(start, from + m[0].length) };
}

// The scale words of GROUPS anywhere but their one-letter forms ("M&E" is not a million, "Lot
// K" not a thousand), with the inflected forms of the Russian ones ("в тысячах тенге", not
// "тысячелетия") and the "'000" of spreadsheet headers ("USD '000").
const SPELLED_SCALES = GROUPS.map(([, words]) =>
  words
    .split('|')
    .filter((word) => word !== 'm' && word !== 'k')
    .join('|'),
);
const ANY_SCALE = new RegExp(
  `(?<!\\p{L})(?:${SPELLED_SCALES.join('|')}|(?:тысяч|миллион|миллиард|триллион)(?:а|и|ей|ам|ами|ах|ов)?)(?!\\p{L})|(?<![\\d'’])['’]000(?!\\d)`,
  'giu',
);

/** Every scale word in the text ("million", "тыс.", "'000"), wherever it stands. */
export function findScaleWords(text: string): { start: number; end: number; raw: string }[] {
  return [...text.matchAll(ANY_SCALE)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    raw: m[0],
  }));
}
