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
