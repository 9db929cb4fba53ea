import type { Project } from '../domain/projects/project.ts';
import type { SnippetPart } from './search.ts';
import { normalizeWord, stemWord, type TextQuery } from './text.ts';

const WORD = /[\p{L}\p{N}]+/gu;
const WINDOW = 28;

/** Markdown to plain text, near enough for a snippet: link text kept, markers dropped. */
function plain(markdown: string): string {
  return markdown
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/^\s{0,3}(#{1,6}|[-*+>]|\d+[.)])\s+/gm, '')
    .replace(/\*\*|__|`/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

function isHit(word: string, q: TextQuery['highlight']): boolean {
  const w = normalizeWord(word);
  if (q.prefixes.some((p) => w.startsWith(p))) return true;
  const stem = stemWord(w);
  return q.stems.includes(stem) || q.prefixes.some((p) => stem.startsWith(p));
}

/**
 * The passage of `text` with the most query words, cut to about thirty words, as plain text
 * parts with the matching words marked; null when no word of the query is in it.
 */
export function snippetOf(text: string, q: TextQuery['highlight']): SnippetPart[] | null {
  const source = plain(text);
  const words = [...source.matchAll(WORD)].map((m) => ({
    at: m.index!,
    end: m.index! + m[0].length,
    hit: isHit(m[0], q),
  }));
  const hits = words.flatMap((w, i) => (w.hit ? [i] : []));
  if (hits.length === 0) return null;
  // The window that holds the most hits, starting a few words before its first one.
  let best = hits[0]!;
  let bestCount = 0;
  for (const h of hits) {
    const count = hits.filter((x) => x >= h && x < h + WINDOW).length;
    if (count > bestCount) {
      best = h;
      bestCount = count;
    }
  }
  const first = Math.max(0, best - 4);
  const last = Math.min(words.length - 1, first + WINDOW - 1);
  const from = first === 0 ? 0 : words[first]!.at;
  const to = last === words.length - 1 ? source.length : words[last]!.end;
  const parts: SnippetPart[] = [];
  if (first > 0) parts.push({ text: '… ', hit: false });
  let cursor = from;
  for (let i = first; i <= last; i++) {
    const w = words[i]!;
    if (!w.hit) continue;
    if (w.at > cursor) parts.push({ text: source.slice(cursor, w.at), hit: false });
    parts.push({ text: source.slice(w.at, w.end), hit: true });
    cursor = w.end;
  }
  if (to > cursor) parts.push({ text: source.slice(cursor, to), hit: false });
  if (to < source.length) parts.push({ text: ' …', hit: false });
  return parts;
}

/**
 * Snippets for the projects of one page, from the texts already loaded to show them: the
 * summary, description, beneficiary or budget text, the reader's language first (the original
 * before translations among equals), whichever holds the query's words.
 */
export function snippetsOf(
  projects: readonly Project[],
  q: TextQuery,
  language: string,
): Map<number, SnippetPart[]> {
  const out = new Map<number, SnippetPart[]>();
  if (q.highlight.stems.length === 0 && q.highlight.prefixes.length === 0) return out;
  for (const p of projects) {
    const texts = [p, ...p.translations].sort(
      (a, b) => Number(b.language === language) - Number(a.language === language),
    );
    for (const t of texts) {
      const found = [t.summary, t.description, t.beneficiary, t.budgetText]
        .filter((x): x is string => Boolean(x))
        .map((x) => snippetOf(x, q.highlight))
        .find((s) => s !== null);
      if (found) {
        out.set(p.id, found);
        break;
      }
    }
  }
  return out;
}
