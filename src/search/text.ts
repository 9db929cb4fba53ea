import snowball from 'snowball-stemmers';

// Both databases index the same JS-stemmed tokens, so a query finds the same projects on
// SQLite and on PostgreSQL, and Russian is stemmed on SQLite too (FTS5's porter is English only).

const english = snowball.newStemmer('english');
const russian = snowball.newStemmer('russian');

/** A word as it appears in text: letters and digits of any script. */
const WORD = /[\p{L}\p{N}]+/gu;
const CYRILLIC = /[\u0400-\u04ff]/;
const LATIN = /[a-z]/;
const MAX_TOKEN = 40;

// Stemming costs ~15–30 µs a word; text repeats words, so a bounded cache pays for itself.
const stems = new Map<string, string>();
const STEM_CACHE_SIZE = 200_000;

/** Lower case, "ё" as "е": the form every token is compared in. */
export function normalizeWord(word: string): string {
  return word.toLowerCase().replace(/ё/g, 'е').slice(0, MAX_TOKEN);
}

/** The stem of one normalised word: Russian for Cyrillic, English for Latin, else itself. */
export function stemWord(word: string): string {
  const cached = stems.get(word);
  if (cached !== undefined) return cached;
  let stem = word;
  if (CYRILLIC.test(word)) stem = russian.stem(word);
  else if (LATIN.test(word)) stem = english.stem(word);
  if (!stem) stem = word;
  if (stems.size >= STEM_CACHE_SIZE) stems.clear();
  stems.set(word, stem);
  return stem;
}

/** The words of a text, normalised, in order. */
export function words(text: string): string[] {
  return (text.match(WORD) ?? []).map(normalizeWord);
}

// Indexing stems every word of every document; most words recur exactly as written, so their
// stems are kept by surface form too, skipping lower-casing and the second lookup (an import
// spent a sixth of its time here).
const surfaceStems = new Map<string, string>();
// Smaller than the stem cache: an import runs in a 128 MB heap, and the common words, which
// are most of a text, fit many times over.
const SURFACE_CACHE_SIZE = 50_000;

/** The stem of a word as written in a text. */
function stemOfSurface(word: string): string {
  let stem = surfaceStems.get(word);
  if (stem === undefined) {
    stem = stemWord(normalizeWord(word));
    if (surfaceStems.size >= SURFACE_CACHE_SIZE) surfaceStems.clear();
    surfaceStems.set(word, stem);
  }
  return stem;
}

/** The stemmed tokens of a text, space-separated: what the full-text index stores. */
export function stemmedText(text: string | null | undefined): string {
  if (!text) return '';
  const found = text.match(WORD);
  if (!found) return '';
  let out = stemOfSurface(found[0]!);
  for (let i = 1; i < found.length; i++) out += ` ${stemOfSurface(found[i]!)}`;
  return out;
}

/** One part of a text query: a word, a "phrase" or a prefix*; stems ready for the index. */
export type TextClause =
  | { kind: 'word'; stem: string }
  | { kind: 'phrase'; stems: string[] }
  /** Matches index tokens starting with any of these (the word as typed, and its stem). */
  | { kind: 'prefix'; prefixes: string[] };

/** A parsed full-text query: everything in `include` must match, nothing in `exclude` may. */
export interface TextQuery {
  include: TextClause[];
  exclude: TextClause[];
  /** Stems and prefixes to highlight in snippets. */
  highlight: { stems: string[]; prefixes: string[] };
}

const MIN_PREFIX = 2;

// "organisations*" must find the stem "organis", and "happy*" the stem "happi".
function prefixForms(word: string): string[] {
  const stem = stemWord(word);
  return stem !== word && stem.length >= MIN_PREFIX && !word.startsWith(stem)
    ? [word, stem]
    : [stem.length >= MIN_PREFIX && word.startsWith(stem) ? stem : word];
}

function clausesOf(raw: string, quoted: boolean): TextClause[] {
  const list = words(raw);
  if (quoted && list.length > 1) return [{ kind: 'phrase', stems: list.map(stemWord) }];
  return list.map((w) => ({ kind: 'word', stem: stemWord(w) }));
}

/**
 * Reads a search box query: words (all must match), "quoted phrases", -exclusions and prefix*.
 * Never fails: unbalanced quotes and stray operators fall back to plain words.
 */
export function parseTextQuery(input: string): TextQuery {
  const include: TextClause[] = [];
  const exclude: TextClause[] = [];
  const quotes = (input.match(/"/g) ?? []).length;
  // An odd quote count is malformed: drop the quotes and read plain words.
  const text = quotes % 2 === 0 ? input : input.replace(/"/g, ' ');
  const token = /(-?)"([^"]*)"|(\S+)/g;
  for (const m of text.matchAll(token)) {
    if (m[2] !== undefined) {
      (m[1] ? exclude : include).push(...clausesOf(m[2], true));
      continue;
    }
    let part = m[3]!;
    const negative = part.length > 1 && part.startsWith('-');
    if (negative) part = part.slice(1);
    const list = words(part);
    const isPrefix = /[\p{L}\p{N}]\*$/u.test(part) && list.length === 1;
    const clauses: TextClause[] =
      isPrefix && list[0]!.length >= MIN_PREFIX
        ? [{ kind: 'prefix', prefixes: prefixForms(list[0]!) }]
        : list.map((w) => ({ kind: 'word', stem: stemWord(w) }));
    if (negative && clauses.length === 1) exclude.push(clauses[0]!);
    else include.push(...clauses);
  }
  // A word may be both wanted and excluded only in a malformed query; wanting wins.
  const wanted = new Set(include.map(clauseKey));
  const excluded = exclude.filter((c) => !wanted.has(clauseKey(c)));
  const stemsToMark = new Set<string>();
  const prefixes = new Set<string>();
  for (const c of include) {
    if (c.kind === 'word') stemsToMark.add(c.stem);
    else if (c.kind === 'phrase') for (const s of c.stems) stemsToMark.add(s);
    else for (const p of c.prefixes) prefixes.add(p);
  }
  return {
    include: dedupe(include),
    exclude: dedupe(excluded),
    highlight: { stems: [...stemsToMark], prefixes: [...prefixes] },
  };
}

/** A clause as a string: equal clauses, equal keys. */
export function clauseKey(c: TextClause): string {
  if (c.kind === 'word') return `w:${c.stem}`;
  if (c.kind === 'phrase') return `p:${c.stems.join(' ')}`;
  return `x:${c.prefixes.join(' ')}`;
}

function dedupe(list: TextClause[]): TextClause[] {
  const seen = new Set<string>();
  return list.filter((c) => {
    const key = clauseKey(c);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** True when the query asks for nothing (no word survived parsing). */
export function isEmptyTextQuery(q: TextQuery): boolean {
  return q.include.length === 0 && q.exclude.length === 0;
}
