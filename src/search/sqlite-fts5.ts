import { sql } from 'kysely';
import { insertMany } from '../db/bulk-insert.ts';
import type { Db } from '../db/database.ts';
import type { Database } from '../db/schema.ts';
import {
  type ClauseIds,
  clauseInTokens,
  combinedScore,
  type FullTextIndex,
  parseIdList,
  RANK_LIMIT,
  type TextMatch,
  tierScores,
  tokensOf,
} from './full-text.ts';
import type { TextClause, TextQuery } from './text.ts';

// FTS5 over JS-stemmed tokens: a contentless table `project_search(title, body)`, rowid = project
// id, built by the 2026-11-28-0002-search migration. Tokens are letters and digits only, so a
// double-quoted token can never break the FTS5 query syntax.

function clause(c: TextClause): string {
  if (c.kind === 'word') return `"${c.stem}"`;
  if (c.kind === 'phrase') return `"${c.stems.join(' ')}"`;
  return `(${c.prefixes.map((p) => `"${p}"*`).join(' OR ')})`;
}

/** The FTS5 expression for the query's wanted clauses, then its exclusions. */
export function fts5Expression(q: TextQuery): string {
  const wanted = q.include.map(clause).join(' AND ');
  return q.exclude.reduce((e, c) => `${e} NOT ${clause(c)}`, wanted);
}

/** The full-text index on SQLite: FTS5. */
export function sqliteFullText(db: Db): FullTextIndex {
  const ids = async (expression: string) => {
    const { rows } = await sql<{ ids: string | null }>`
      select group_concat(rowid) as ids from project_search where project_search match ${expression}`.execute(
      db,
    );
    return parseIdList(rows[0]?.ids);
  };
  return {
    async write(target, documents, absent, options) {
      const gone = options?.fresh ? absent : [...absent, ...documents.map((d) => d.id)];
      for (let i = 0; i < gone.length; i += 500) {
        const chunk = gone.slice(i, i + 500);
        await sql`delete from project_search where rowid in (${sql.join(chunk)})`.execute(target);
      }
      await insertMany(
        target,
        'project_search' as keyof Database,
        documents.map((d) => ({ rowid: d.id, title: d.title, body: d.body })),
      );
    },

    async match(q, rank): Promise<TextMatch> {
      if (q.include.length === 0) {
        const excluded = await ids(q.exclude.map(clause).join(' OR '));
        return { ids: excluded, scores: null, complement: true };
      }
      const expression = fts5Expression(q);
      const hits = await ids(expression);
      if (!rank) return { ids: hits, scores: null, complement: false };
      if (hits.length > RANK_LIMIT) {
        const title = `{title} : (${q.include.map(clause).join(' AND ')})`;
        return { ids: hits, scores: tierScores(hits, await ids(title)), complement: false };
      }
      const { rows } = await sql<{ id: number; r: number; t: number }>`
        select rowid as id, bm25(project_search, 10.0, 1.0) as r, bm25(project_search, 1.0, 0.0) as t
        from project_search where project_search match ${expression}`.execute(db);
      return {
        ids: Int32Array.from(rows, (r) => r.id),
        scores: Float64Array.from(rows, (r) => combinedScore(r.t < 0, -r.r * 1e6)),
        complement: false,
      };
    },

    async clauseIds(c) {
      const [all, title] = [await ids(clause(c)), await ids(`{title} : ${clause(c)}`)];
      return { ids: all, titleIds: title };
    },

    documentMatches(c, document) {
      // FTS5 matches a phrase within one column.
      const title = clauseInTokens(c, tokensOf(document.title));
      return { any: title || clauseInTokens(c, tokensOf(document.body)), title };
    },

    async wordIds(stems) {
      // FTS5 lists one word's rows quickly enough from its own doclist: one query each.
      const out = new Map<string, ClauseIds>();
      for (const stem of stems) out.set(stem, await this.clauseIds({ kind: 'word', stem }));
      return out;
    },
  };
}
