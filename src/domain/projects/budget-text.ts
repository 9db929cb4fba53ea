import { type CurrencyMention, findCurrencyMentions } from '../money/currency-text.ts';
import { type DecimalDigits, decimalText, decimalToCents, safeCents } from '../money/decimal.ts';
import {
  type MarkEvidence,
  markEvidence,
  type NumberReading,
  type NumberRun,
  readNumber,
  resolveAmbiguous,
  scanNumbers,
} from '../money/number-text.ts';
import {
  type ExponentMark,
  findScaleWords,
  type Multiplier,
  readExponent,
  readMultiplier,
  readPercent,
  readUnknownScale,
} from '../money/scale-words.ts';
import type { BudgetLine } from './budget.ts';
import { endsWithNumberedName } from './budget-text-labels.ts';
import {
  checkConsistency,
  checkEquivalents,
  checkShares,
  decideTotals,
  type Item,
  labelItems,
  moneyText,
} from './budget-text-structure.ts';
import { type ParseNote, ParseNotes, parseNote } from './parse-notes.ts';

/** A share of the budget named in the text: "(EU contribution: 100 percent)". */
export interface BudgetShare {
  label: string | null;
  percentage: number;
}

/** What budget text says, how sure the reading is, and what was unsure or ignored. */
export interface ParsedBudget {
  lines: BudgetLine[];
  /** False when anything was guessed, ignored or inconsistent, or nothing was found. */
  sure: boolean;
  notes: ParseNote[];
  shares?: BudgetShare[];
}

/** Longer texts are not read: budget text is a sentence or two, not a document. */
export const MAX_BUDGET_TEXT_LENGTH = 10_000;
/** Texts with more numbers than this are not read either; no budget has that many lines. */
export const MAX_BUDGET_NUMBERS = 300;

interface Candidate {
  run: NumberRun;
  reading: NumberReading;
  multiplier: Multiplier | null;
  /** "1e6": a power of ten written after the digits. */
  exponent: ExponentMark | null;
  percentEnd: number | null;
  /** Where the number, its exponent and its multiplier end. */
  valueEnd: number;
  /** Where the amount as written starts and ends, with a minus sign or accounting brackets. */
  lead: number;
  tail: number;
  /** "-500,000", "(500,000)": a budget cannot be negative, so it is not read. */
  negative: boolean;
  prefix?: CurrencyMention;
  suffix?: CurrencyMention;
  inRange?: boolean;
}

interface Context {
  text: string;
  notes: ParseNotes;
  evidence: MarkEvidence;
  mentions: CurrencyMention[];
}

const CYRILLIC = /\p{Script=Cyrillic}/u;
const RANGE_JOIN = /^\s*(?:-|–|—|to|до|по)\s*$/iu;
const LOOSE_JOIN = /^\s*(?:and|or|и|или)\s*$/iu;

/**
 * Reads budget text as donors write it ("Total - USD 70.6 million; Sub-Programme 2 - USD 18.3
 * million.") into exact lines and shares. Never throws; says what it was unsure of.
 */
export function parseBudgetText(input: string): ParsedBudget {
  try {
    return parse(typeof input === 'string' ? input : '');
  } catch {
    return { lines: [], sure: false, notes: [parseNote('budgetUnreadable')] };
  }
}

function parse(input: string): ParsedBudget {
  if (input.length > MAX_BUDGET_TEXT_LENGTH) {
    return { lines: [], sure: false, notes: [parseNote('textTooLong', MAX_BUDGET_TEXT_LENGTH)] };
  }
  const text = input.replace(/\r\n?/g, '\n');
  const candidates = findCandidates(text);
  if (candidates.length > MAX_BUDGET_NUMBERS) {
    return { lines: [], sure: false, notes: [parseNote('tooManyNumbers', MAX_BUDGET_NUMBERS)] };
  }
  const ctx: Context = {
    text,
    notes: new ParseNotes(),
    evidence: markEvidence(candidates.map((c) => c.reading)),
    mentions: findCurrencyMentions(text),
  };
  markSigns(ctx, candidates);
  bindCurrencies(ctx, candidates);
  markRanges(ctx, candidates);
  const items = readItems(ctx, candidates);
  labelItems(text, items, ctx.notes);
  const amounts = items.filter((i) => i.kind === 'amount');
  decideTotals(amounts, ctx.notes);
  checkConsistency(amounts, ctx.notes);
  checkEquivalents(text, amounts, ctx.notes);
  checkShares(items, ctx.notes);
  checkStrayScales(ctx, candidates);

  const usedCodes = new Set(amounts.map((a) => a.code));
  for (const c of candidates.filter((x) => x.inRange || x.negative)) {
    for (const m of [c.prefix, c.suffix]) if (m) usedCodes.add(m.code);
  }
  for (const m of ctx.mentions) {
    if (!usedCodes.has(m.code)) ctx.notes.warn('currencyAlone', m.raw);
  }
  const lines: BudgetLine[] = amounts.map((a) => ({
    label: a.label,
    amountCents: a.cents,
    currency: a.code,
    isTotal: a.isTotal,
  }));
  if (lines.length === 0) ctx.notes.warn('noAmount');
  const shares = items
    .filter((i) => i.kind === 'share')
    .map((s) => ({ label: s.label, percentage: s.percentage }));
  const notes = ctx.notes;
  const result: ParsedBudget = { lines, sure: notes.sure && lines.length > 0, notes: notes.list };
  if (shares.length > 0) result.shares = shares;
  return result;
}

function findCandidates(text: string): Candidate[] {
  const candidates: Candidate[] = [];
  let covered = 0;
  for (const run of scanNumbers(text)) {
    // The "6" of "1e6" is the exponent of the number before it, not a number of its own.
    if (run.start < covered) continue;
    const exponent = readExponent(text, run.end);
    const numberEnd = exponent?.end ?? run.end;
    covered = numberEnd;
    const multiplier = readMultiplier(text, numberEnd);
    const percentEnd = multiplier ? null : readPercent(text, numberEnd);
    const valueEnd = multiplier?.end ?? numberEnd;
    candidates.push({
      run,
      reading: readNumber(run),
      multiplier,
      exponent,
      percentEnd,
      valueEnd,
      lead: run.start,
      tail: valueEnd,
      negative: false,
    });
  }
  return candidates;
}

const MINUS = new Set(['-', '\u2212', '\u2013']);
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

// A minus sign right before the digits ("USD -500,000", "$-5m", "USD-500", "-10%", but not the
// dash of "2015-2017") or accounting brackets around them ("USD (500,000)") make it negative.
function markSigns({ text, mentions }: Context, candidates: Candidate[]) {
  const mentionEnds = new Set(mentions.map((m) => m.end));
  for (const c of candidates) {
    const sign = c.run.start - 1;
    const before = text[sign - 1];
    const free = before === undefined || !LETTER_OR_DIGIT.test(before) || mentionEnds.has(sign);
    if (MINUS.has(text[sign] ?? '') && free) {
      c.negative = true;
      c.lead = sign;
    } else if (c.percentEnd === null && text[sign] === '(' && text[c.valueEnd] === ')') {
      c.negative = true;
      c.lead = sign;
      c.tail = c.valueEnd + 1;
    }
  }
}

function skipForward(text: string, from: number): number {
  let i = from;
  while (i < text.length && (/\s/u.test(text[i]!) || text[i] === ':')) i++;
  return i;
}

function skipBack(text: string, from: number): number {
  let i = from;
  while (i > 0 && /\s/u.test(text[i - 1]!)) i--;
  return i;
}

// A currency right before a number is its prefix ("USD 5"); only an unclaimed one after a
// number is its suffix ("5 млн тенге"), so in "Sub-Programme 2 USD 18.3" the 2 has none.
function bindCurrencies({ text, mentions }: Context, candidates: Candidate[]) {
  const byStart = new Map(candidates.map((c) => [c.lead, c]));
  const byEnd = new Map(candidates.map((c) => [c.tail, c]));
  const claimed = new Set<CurrencyMention>();
  for (const m of mentions) {
    const c = byStart.get(skipForward(text, m.end));
    if (c && c.percentEnd === null && !c.prefix) {
      c.prefix = m;
      claimed.add(m);
    }
  }
  for (const m of mentions) {
    if (claimed.has(m)) continue;
    const c = byEnd.get(skipBack(text, m.start));
    if (c && c.percentEnd === null && !c.prefix && !c.suffix) {
      c.suffix = m;
      claimed.add(m);
    }
  }
}

// "USD 5–6 million" and "between 5 and 6 million USD" are ranges, not two amounts; they are
// reported, not read.
function markRanges({ text, notes }: Context, candidates: Candidate[]) {
  for (let i = 0; i + 1 < candidates.length; i++) {
    const a = candidates[i]!;
    const b = candidates[i + 1]!;
    if (a.suffix || a.percentEnd !== null || b.percentEnd !== null) continue;
    const join = text.slice(a.valueEnd, b.prefix?.start ?? b.run.start);
    const samePrefix = a.prefix && b.prefix && a.prefix.code === b.prefix.code;
    // "Sub-Programme 2 - 18.3 million евро": the 2 names the line, it does not start a range.
    const numbersName = !a.prefix && endsWithNumberedName(text.slice(0, a.run.start));
    const money = !numbersName && (a.prefix || a.multiplier || b.multiplier || b.suffix);
    const dashed = RANGE_JOIN.test(join) && (samePrefix || (!b.prefix && money));
    const loose = LOOSE_JOIN.test(join) && !a.multiplier && !b.prefix && b.multiplier;
    if (dashed || loose) {
      a.inRange = true;
      b.inRange = true;
      const span = text.slice(a.prefix?.start ?? a.run.start, b.suffix?.end ?? b.valueEnd);
      notes.warn('range', span);
    }
  }
}

function looksLikeMoney(c: Candidate): boolean {
  return c.multiplier !== null || c.run.seps.length > 0 || c.run.raw.length >= 5;
}

function readItems(ctx: Context, candidates: Candidate[]): Item[] {
  const { text, notes, mentions } = ctx;
  const codes = new Set(mentions.map((m) => m.code));
  const mentionStarts = new Set(mentions.map((m) => m.start));
  const items: Item[] = [];
  const base = { label: null, inBreakdown: false, followedByBreakdown: false, isTotal: false };
  for (const c of candidates) {
    if (c.inRange) continue;
    if (c.percentEnd !== null) {
      if (c.negative) {
        notes.warn('negativeAmount', text.slice(c.lead, c.percentEnd));
        continue;
      }
      const percentage = readPercentage(c, ctx);
      if (percentage === null) continue;
      const raw = text.slice(c.run.start, c.percentEnd);
      const span = { start: c.run.start, end: c.percentEnd, raw };
      items.push({ ...base, ...span, kind: 'share', code: '', cents: 0, percentage });
      continue;
    }
    let mention = c.prefix ?? c.suffix;
    const start = c.prefix?.start ?? c.lead;
    const end = c.suffix?.end ?? c.tail;
    const raw = text.slice(start, end).replace(/\s+/g, ' ');
    if (!mention) {
      if (!looksLikeMoney(c)) continue;
      // "EUR 10 million, of which 2 million for courts": one currency in the text is the one.
      if (codes.size !== 1 || !mentions[0]) {
        notes.warn('noCurrency', raw);
        continue;
      }
      mention = mentions[0];
      notes.info('currencyFromText', raw, mention.code);
    }
    if (c.negative) {
      notes.warn('negativeAmount', raw);
      continue;
    }
    if (mention.assumed) notes.warn('currencyAssumed', mention.raw, mention.code);
    if (!c.multiplier && !c.exponent && !c.suffix) {
      // "EUR 5 mil", "USD 5 MM", "USD 2 B": a word that may scale the number, not read here.
      const word = readUnknownScale(text, c.tail);
      if (word && !mentionStarts.has(word.start)) notes.warn('unknownScale', raw, word.raw);
    }
    const cents = readCents(c, raw, CYRILLIC.test(mention.raw), ctx);
    if (cents === null) continue;
    if (c.exponent) notes.warn('exponent', raw, moneyText(cents, mention.code));
    items.push({
      ...base,
      kind: 'amount',
      start,
      end,
      raw,
      code: mention.code,
      cents,
      percentage: 0,
    });
  }
  return items;
}

function digitsOf(c: Candidate, raw: string, russian: boolean, ctx: Context): DecimalDigits | null {
  const r = c.reading;
  if (r.kind === 'invalid') {
    ctx.notes.warn(r.reason, raw);
    return null;
  }
  if (r.kind === 'exact') return r.digits;
  const resolved = resolveAmbiguous(r, ctx.evidence, {
    multiplier: c.multiplier !== null || c.exponent !== null,
    russian,
  });
  if (!resolved.sure) {
    const other = resolved.asDecimal ? r.asGrouped : r.asDecimal;
    const scale = c.multiplier ? ` ${c.multiplier.raw}` : '';
    ctx.notes.warn(
      'numberAmbiguous',
      raw,
      `${decimalText(resolved.digits)}${scale}`,
      `${decimalText(other)}${scale}`,
    );
  }
  return resolved.digits;
}

function readCents(
  c: Candidate,
  raw: string,
  russianCurrency: boolean,
  ctx: Context,
): number | null {
  const russian = russianCurrency || (c.multiplier?.russian ?? false);
  const digits = digitsOf(c, raw, russian, ctx);
  if (!digits) return null;
  const exponent = (c.multiplier?.exponent ?? 0) + (c.exponent?.exponent ?? 0);
  const { cents, exact } = decimalToCents(digits, exponent);
  if (!exact) ctx.notes.warn('subCent', raw);
  const safe = safeCents(cents);
  if (safe === null) ctx.notes.warn('tooLarge', raw);
  return safe;
}

function readPercentage(c: Candidate, ctx: Context): number | null {
  const raw = ctx.text.slice(c.run.start, c.percentEnd ?? c.run.end);
  const digits = digitsOf(c, raw, false, ctx);
  if (!digits) return null;
  const value = Number(decimalText(digits));
  if (value > 100) ctx.notes.warn('shareOver100', raw);
  return value;
}

// "тыс. USD 500", "в тыс. долл. США: 1 500", "USD '000": a scale word that is not right after a
// number may scale the amounts, which are read without it.
function checkStrayScales({ text, notes }: Context, candidates: Candidate[]) {
  const used = new Set<number>();
  for (const c of candidates) {
    if (c.multiplier) used.add(c.multiplier.end - c.multiplier.raw.length);
  }
  for (const word of findScaleWords(text)) {
    if (!used.has(word.start)) notes.warn('scaleAlone', word.raw);
  }
}
