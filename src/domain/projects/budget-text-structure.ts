import { decimalText } from '../money/decimal.ts';
import {
  hasBreakdownWord,
  isComponentLabel,
  isTotalLabel,
  labelFromClause,
  MAX_LABEL_LENGTH,
  startsBreakdown,
  startsRate,
} from './budget-text-labels.ts';
import type { ParseNotes } from './parse-notes.ts';

/** An amount or a share found in the text, before it becomes a budget line. */
export interface Item {
  kind: 'amount' | 'share';
  start: number;
  end: number;
  raw: string;
  /** ISO 4217 code (amounts only). */
  code: string;
  cents: number;
  percentage: number;
  label: string | null;
  inBreakdown: boolean;
  followedByBreakdown: boolean;
  isTotal: boolean;
}

/** "USD 18.3" style text of an amount, for notes. */
export function moneyText(cents: number, code: string): string {
  const int = String(Math.trunc(cents / 100));
  return `${code} ${decimalText({ int, frac: String(cents % 100).padStart(2, '0') })}`;
}

// Where the words that name an item begin: after the previous item, the last ";" or line
// break, and the "(" the item stands in if it is still open.
function clauseStart(text: string, from: number, to: number): number {
  let start = from;
  for (let i = to - 1; i >= from; i--) {
    if (text[i] === ';' || text[i] === '\n') {
      start = i + 1;
      break;
    }
  }
  const open: number[] = [];
  for (let i = start; i < to; i++) {
    if (text[i] === '(' || text[i] === '[') open.push(i);
    else if ((text[i] === ')' || text[i] === ']') && open.length > 0) open.pop();
  }
  return open.length > 0 ? open[open.length - 1]! + 1 : start;
}

const POST_LABEL = /^\s*\(([^()[\];\n]{1,80})\)/u;
const POST_PURPOSE =
  /^\s*(?:(?:for|to|на|для)\s+([^,;()[\]\n]{1,80})|((?:from|от)\s+[^,;()[\]\n]{1,80}))/iu;

/** Gives every item its label and notes whether it stands in or opens an "of which" breakdown. */
export function labelItems(text: string, items: Item[], notes: ParseNotes): void {
  let previousEnd = 0;
  items.forEach((item, index) => {
    const clause = text.slice(clauseStart(text, previousEnd, item.start), item.start);
    item.inBreakdown = hasBreakdownWord(clause);
    item.label = labelFromClause(clause);
    const nextStart = items[index + 1]?.start ?? text.length;
    if (item.label === null && item.kind === 'amount') {
      // "USD 18.3 million (Sub-Programme 2)", "2 million for courts": the name may follow.
      const after = text.slice(item.end, nextStart);
      const post = POST_LABEL.exec(after) ?? POST_PURPOSE.exec(after);
      const words = post?.[1] ?? post?.[2];
      const label = words && !startsBreakdown(`(${words}`) ? labelFromClause(words) : null;
      if (post && label) {
        item.label = label;
        item.end += post[0].length;
      }
    }
    item.followedByBreakdown = startsBreakdown(text.slice(item.end, nextStart));
    if (item.kind === 'amount' && startsRate(text.slice(item.end, nextStart))) {
      notes.warn('rate', item.raw);
    }
    if (item.kind === 'share' && item.label === null) {
      const previous = items[index - 1];
      if (previous?.kind === 'amount') item.label = previous.label;
    }
    if (item.label && item.label.length > MAX_LABEL_LENGTH) {
      notes.info('labelShortened', MAX_LABEL_LENGTH);
      item.label = `${item.label.slice(0, MAX_LABEL_LENGTH - 1)}…`;
    }
    previousEnd = item.end;
  });
}

/**
 * Marks the totals: lines named "Total"/"Budget", a figure followed by "of which", the only
 * figure, and the same total restated in another currency ("EUR 4.5 million / USD 5 million").
 */
export function decideTotals(amounts: Item[], notes: ParseNotes): void {
  amounts.forEach((a, k) => {
    const previous = amounts[k - 1];
    const next = amounts[k + 1];
    if (a.label) {
      a.isTotal = !a.inBreakdown && isTotalLabel(a.label);
      a.isTotal ||= a.followedByBreakdown && !a.inBreakdown;
    } else if (a.inBreakdown) {
      notes.warn('noLabel', a.raw);
    } else if (a.followedByBreakdown) {
      a.isTotal = true;
    } else if (k === 0 && (!next || (next.label === null && next.code !== a.code))) {
      a.isTotal = true;
    } else if (previous?.isTotal && previous.code !== a.code) {
      a.isTotal = true;
    } else {
      notes.warn('noLabelComponent', a.raw);
    }
  });
  const only = amounts.length === 1 ? amounts[0] : undefined;
  if (only && !only.isTotal && !(only.label && isComponentLabel(only.label))) only.isTotal = true;
}

/** Warns when totals disagree or the components add up to more than their total. */
export function checkConsistency(amounts: Item[], notes: ParseNotes): void {
  const totals = new Map<string, number>();
  for (const a of amounts.filter((x) => x.isTotal)) {
    const known = totals.get(a.code);
    if (known !== undefined && known !== a.cents) {
      notes.warn('twoTotals', a.code, moneyText(known, a.code), moneyText(a.cents, a.code));
    }
    totals.set(a.code, Math.max(known ?? 0, a.cents));
  }
  const parts = new Map<string, number>();
  for (const a of amounts.filter((x) => !x.isTotal)) {
    parts.set(a.code, (parts.get(a.code) ?? 0) + a.cents);
  }
  for (const [code, sum] of parts) {
    const total = totals.get(code);
    if (total !== undefined && sum > total) {
      notes.warn('componentsExceedTotal', moneyText(sum, code), moneyText(total, code));
    }
  }
}

const NOT_LETTER_BEFORE = '(?<!\\p{L})';
const NOT_LETTER_AFTER = '(?!\\p{L})';
// Words between two amounts that make the second the first in another currency.
const EQUIVALENT = new RegExp(
  `${NOT_LETTER_BEFORE}(?:approx|approximately|ca|circa|about|around|some|roughly|nearly|or|equivalent|equiv|equals?|equalling|i\\.\\s*e|эквивалент\\p{L}*|около|примерно|приблизительно|порядка|или|ок|т\\.\\s*е|что\\s+составляет|что\\s+равно)${NOT_LETTER_AFTER}|[=≈~/]`,
  'iu',
);
// Joins that add a total in another currency to the first: "EUR 2 million and USD 1 million".
const SUM_JOIN = /^[\s,;]*(?:and|plus|\+|&|as well as|и|плюс|а также)[\s,]*$/iu;

/**
 * Warns when an amount may restate the one before it in another currency ("EUR 2 million
 * (approximately USD 2.2 million)", "USD 5,000,000 or EUR 4,500,000", "USD 2 million (GBP 1.5
 * million)"): read as two totals, it would count one budget twice. Two totals in different
 * currencies are sure only when the text adds them up ("EUR 2 million and USD 1 million").
 */
export function checkEquivalents(text: string, amounts: Item[], notes: ParseNotes): void {
  let previousTotal: Item | undefined;
  amounts.forEach((a, k) => {
    const previous = amounts[k - 1];
    const between = previous ? text.slice(previous.end, a.start) : '';
    if (previous && previous.code !== a.code && EQUIVALENT.test(between)) {
      notes.warn('equivalent', previous.raw, a.raw);
    }
    if (!a.isTotal) return;
    if (previousTotal && previousTotal.code !== a.code) {
      if (!SUM_JOIN.test(text.slice(previousTotal.end, a.start))) {
        notes.warn('equivalent', previousTotal.raw, a.raw);
      }
    }
    previousTotal = a;
  });
}

/** Warns when the shares given for one amount add up to more than 100 percent. */
export function checkShares(items: Item[], notes: ParseNotes): void {
  let group: Item[] = [];
  const check = () => {
    if (group.length < 2) return;
    // In millionths of a percent, so that 33.3 + 33.3 + 33.4 is exactly 100.
    const sum = group.reduce((total, s) => total + Math.round(s.percentage * 1e6), 0);
    if (sum <= 100e6) return;
    const shares = group.map((s) => `"${s.label ? `${s.label}: ` : ''}${s.raw}"`).join(', ');
    notes.warn('sharesOver100', shares, String(sum / 1e6));
  };
  for (const item of items) {
    if (item.kind === 'share') {
      group.push(item);
      continue;
    }
    check();
    group = [];
  }
  check();
}
