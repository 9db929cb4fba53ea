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

// Words that follow an amount without scaling it: "USD 5,000 for courts", "500 000 тенге на…".
const FUNCTION_WORDS = new Set(
  (
    'a|an|and|or|nor|for|to|from|in|into|on|at|by|of|per|as|is|was|are|be|the|each|plus|with|' +
    'via|over|than|not|but|so|net|incl|excl|cash|tax|vat|' +
    'и|или|в|во|на|до|из|по|от|за|для|с|со|к|ко|а|но|не|о|об|при|под|без|как|это|что|г|гг|год|года'
  ).split('|'),
);
// Longer words that scale a number in some language but are not read here.
const FOREIGN_SCALE = /^(?:lakhs?|crores?|milliards?|millones|millón|mille|mila|tausend)$/iu;
// A short word after the number ("5 mil", "5 MM", "2 B", "5 Mrd."): letters, then an optional dot.
const WORD_AFTER = /[^\S\n]*(\p{L}+)\.?(?![\p{L}\p{N}])/uy;
/** Words of at most this many letters right after an amount are suspected to scale it. */
export const MAX_SCALE_WORD_LETTERS = 4;

/**
 * A word right after a number (ending at `from`) that may scale it but is not a known scale
 * word: "mil" (a million in English slang, a thousand in Spanish), "MM", "B", "Mrd", "lakh".
 * Known multipliers are read before this is asked; currencies are told apart by the caller.
 */
export function readUnknownScale(
  text: string,
  from: number,
): { start: number; end: number; raw: string } | null {
  WORD_AFTER.lastIndex = from;
  const m = WORD_AFTER.exec(text);
  if (!m) return null;
  const word = m[1]!;
  const short = [...word].length <= MAX_SCALE_WORD_LETTERS;
  if (FUNCTION_WORDS.has(word.toLowerCase()) || !(short || FOREIGN_SCALE.test(word))) return null;
  const start = from + m[0].length - (m[0].endsWith('.') ? word.length + 1 : word.length);
  return { start, end: from + m[0].length, raw: text.slice(start, from + m[0].length) };
}

// The scale words of GROUPS anywhere, with their inflected forms ("в тысячах тенге") and the
// "'000" of spreadsheet headers ("USD '000").
const ANY_SCALE = new RegExp(
  `(?<!\\p{L})(?:${GROUPS.map(([, words]) => words).join('|')}|тысяч\\p{L}*|миллион\\p{L}*|миллиард\\p{L}*|триллион\\p{L}*)(?!\\p{L})|(?<![\\d'’])['’]000(?!\\d)`,
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
