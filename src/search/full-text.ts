import type { Db } from '../db/database.ts';
import type { SearchDocument } from './documents.ts';
import type { TextClause, TextQuery } from './text.ts';

/** Project ids a text query matched, with scores when they were asked for and affordable. */
export interface TextMatch {
  ids: Int32Array;
  /** Score of each id (same positions): title hits above 1, body-only hits below. */
  scores: Float64Array | null;
  /** True when `ids` are the projects to leave out (a query of exclusions only). */
  complement: boolean;
}

/** The dialect's full-text index: the only place that knows FTS5 or tsvector. */
export interface FullTextIndex {
  /**
   * Stores the documents and drops the absent ids, inside the caller's transaction if any.
   * `fresh`: the documents' ids were never indexed (just created), so nothing is replaced.
   */
  write(
    db: Db,
    documents: SearchDocument[],
    absent: number[],
    options?: { fresh?: boolean },
  ): Promise<void>;
  /** The projects matching the query. */
  match(query: TextQuery, rank: boolean): Promise<TextMatch>;
  /** The projects one clause matches anywhere, and those it matches in the title. */
  clauseIds(clause: TextClause): Promise<ClauseIds>;
  /** The same for many single words at once, in as few passes over the index as it can. */
  wordIds(stems: string[]): Promise<Map<string, ClauseIds>>;
  /** Whether the clause matches this document by the engine's rules, anywhere and in the title. */
  documentMatches(clause: TextClause, document: SearchDocument): { any: boolean; title: boolean };
}

/** The tokens of an indexed text (space-separated stems). */
export function tokensOf(text: string): string[] {
  return text === '' ? [] : text.split(' ');
}

/** Whether the clause matches this token sequence: the word, the phrase in order, a prefix. */
export function clauseInTokens(clause: TextClause, tokens: readonly string[]): boolean {
  if (clause.kind === 'word') return tokens.includes(clause.stem);
  if (clause.kind === 'prefix') {
    return tokens.some((t) => clause.prefixes.some((p) => t.startsWith(p)));
  }
  const { stems } = clause;
  for (let i = 0; i + stems.length <= tokens.length; i++) {
    let j = 0;
    while (j < stems.length && tokens[i + j] === stems[j]) j++;
    if (j === stems.length) return true;
  }
  return false;
}

/** What one clause matches: ids of every project, and of those with it in the title. */
export interface ClauseIds {
  ids: Int32Array;
  titleIds: Int32Array;
}

/** Above this many hits, ranking scores every hit no more: title hits first, then recency. */
export const RANK_LIMIT = 5_000;

/** Reads "1,2,3" (an aggregated id list) into an Int32Array. */
export function parseIdList(text: string | null | undefined): Int32Array {
  if (!text) return new Int32Array(0);
  const out = new Int32Array(text.length / 2 + 1);
  let n = 0;
  let value = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 44) {
      out[n++] = value;
      value = 0;
    } else value = value * 10 + (c - 48);
  }
  out[n++] = value;
  return out.slice(0, n);
}

/** Title hits score 1 plus a share of the engine's rank; body hits only the share. */
export function combinedScore(titleHit: boolean, rank: number): number {
  const r = Math.max(0, rank);
  return (titleHit ? 1 : 0) + r / (1 + r);
}

/** Scores for many hits: 1 for a title hit, 0 otherwise. */
export function tierScores(ids: Int32Array, titleIds: Int32Array): Float64Array {
  // A flag per id, not a Set: with hundreds of thousands of hits this is the hot loop.
  let max = 0;
  for (const id of titleIds) if (id > max) max = id;
  const inTitle = new Uint8Array(max + 1);
  for (const id of titleIds) inTitle[id] = 1;
  const scores = new Float64Array(ids.length);
  for (let i = 0; i < ids.length; i++) scores[i] = inTitle[ids[i]!] ?? 0;
  return scores;
}
