/** How budget text names its lines: labels, totals, components and "of which" breakdowns. */

const NOT_LETTER_BEFORE = '(?<!\\p{L})';
const NOT_LETTER_AFTER = '(?!\\p{L})';

const BREAKDOWN_WORDS =
  'of which|out of which|thereof|including|incl\\.|в том числе|в т\\.\\s*ч\\.|из них|из которых|из которой';
const BREAKDOWN = new RegExp(`${NOT_LETTER_BEFORE}(?:${BREAKDOWN_WORDS})${NOT_LETTER_AFTER}`, 'iu');
const STARTS_BREAKDOWN = new RegExp(
  `^\\s*[,(:;–—-]?\\s*(?:${BREAKDOWN_WORDS})${NOT_LETTER_AFTER}`,
  'iu',
);

const TOTAL = new RegExp(
  `${NOT_LETTER_BEFORE}(?:total|overall|in all|altogether|всего|итого|общ(?:ий|ая|ее|его|ей|ую)|совокупн\\p{L}*)${NOT_LETTER_AFTER}`,
  'iu',
);
const BUDGET = new RegExp(
  `${NOT_LETTER_BEFORE}(?:budget|funding|cost|project|programme|program|бюджет\\p{L}*|стоимост\\p{L}*|сумма|проект\\p{L}*|программ\\p{L}*)${NOT_LETTER_AFTER}`,
  'iu',
);
const COMPONENT_WORDS =
  'components?|sub-?programmes?|sub-?programs?|sub-?projects?|phases?|lots?|outputs?|outcomes?|stages?|contributions?|shares?|windows?|pillars?|компонент\\p{L}*|подпрограмм\\p{L}*|подпроект\\p{L}*|этап\\p{L}*|фаз\\p{L}*|вклад\\p{L}*|дол[яи]|взнос\\p{L}*|направлени\\p{L}*';
const COMPONENT = new RegExp(`${NOT_LETTER_BEFORE}(?:${COMPONENT_WORDS})${NOT_LETTER_AFTER}`, 'iu');
// Names followed by a number that is part of the name: "Sub-Programme 2", "Phase 1", "№ 3".
const NUMBERED_NAME = new RegExp(
  `(?:${NOT_LETTER_BEFORE}(?:${COMPONENT_WORDS}|programmes?|programs?|projects?|проект\\p{L}*|программ\\p{L}*|no\\.|nr\\.)|[№#])\\s*$`,
  'iu',
);

const LEADING_PUNCT = /^[\s,.;:)\]}–—\-+/&|]+/u;
const LEADING_WORDS = new RegExp(
  `^(?:and|or|plus|${BREAKDOWN_WORDS}|и|или|а также|плюс)${NOT_LETTER_AFTER}`,
  'iu',
);
const TRAILING_PUNCT = /[\s,.;:([{–—\-=/+|]+$/u;
const TRAILING_WORDS = new RegExp(
  `${NOT_LETTER_BEFORE}(?:and|or|и|или|is|was|are|were|be|of|in|at|for|to|by|amounts? to|amounting to|in the amount of|totall?ing|approximately|approx|ca|circa|about|around|some|equivalent to|equivalent of|equivalent|equiv|эквивалентно|estimated at|up to|more than|over|составляет|составит|составил[аио]?|составляют|составят|около|примерно|порядка|в размере|на сумму|более|свыше|до|в|на)$`,
  'iu',
);
const SENTENCE_END = /[.!?]\s+(?=[\p{Lu}\p{N}])/gu;
/** Labels longer than this are cut; budget lines do not store more. */
export const MAX_LABEL_LENGTH = 200;

function clean(text: string): string {
  let s = text.replace(/\s+/g, ' ');
  for (let i = 0; i < 50; i++) {
    const next = s
      .replace(LEADING_PUNCT, '')
      .replace(LEADING_WORDS, '')
      .replace(TRAILING_PUNCT, '')
      .replace(TRAILING_WORDS, '');
    if (next === s) break;
    s = next;
  }
  return s.trim();
}

function afterLastColon(text: string): string {
  const colon = text.lastIndexOf(':');
  if (colon < 0) return clean(text);
  // "Indicative budget: Total - USD 70.6m" names "Total"; "Total: USD 5m" names "Total".
  return clean(text.slice(colon + 1)) || afterLastColon(text.slice(0, colon));
}

/** The label a clause gives the amount after it ("Sub-Programme 2 - " → "Sub-Programme 2"), or null. */
export function labelFromClause(clause: string): string | null {
  let s = clause;
  let cut = 0;
  for (const m of s.matchAll(SENTENCE_END)) cut = m.index + m[0].length;
  s = s.slice(cut);
  const label = afterLastColon(s);
  return label === '' ? null : label;
}

/** True when the clause introduces the parts of a total ("of which", "в том числе"). */
export function hasBreakdownWord(clause: string): boolean {
  return BREAKDOWN.test(clause);
}

/** True when the text right after an amount opens a breakdown of it: "(of which …". */
export function startsBreakdown(text: string): boolean {
  return STARTS_BREAKDOWN.test(text);
}

/** True when a label names the whole budget: "Total", "Общий бюджет", "Project budget". */
export function isTotalLabel(label: string): boolean {
  if (TOTAL.test(label)) return true;
  return BUDGET.test(label) && !COMPONENT.test(label);
}

/** True when a label names a part: "Component 1", "EU contribution", "Подпрограмма 2". */
export function isComponentLabel(label: string): boolean {
  return COMPONENT.test(label);
}

/** True when the text ends with a name that numbers things: "Sub-Programme", "Phase", "№". */
export function endsWithNumberedName(text: string): boolean {
  return NUMBERED_NAME.test(text.slice(-40));
}

const RATE = new RegExp(
  `^\\s*(?:per\\s+(?:year|annum|month|grant|person|participant|project)|a\\s+year|annually|yearly|/\\s*(?:year|yr|month)|each|в\\s+(?:год|месяц)|ежегодно|ежемесячно|на\\s+(?:каждый|один)\\s+\\p{L}+)${NOT_LETTER_AFTER}`,
  'iu',
);

/** True when the words after an amount make it a rate, not a sum: "per year", "в год". */
export function startsRate(text: string): boolean {
  return RATE.test(text);
}
