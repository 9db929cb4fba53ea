import { sql } from 'kysely';
import type { Db } from '../db/database.ts';
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

// tsvector over JS-stemmed tokens with the 'simple' configuration (no second stemming), title
// words weighted A and body words B, in `project_search(project_id, tsv)` with a GIN index.
// Tokens are letters and digits only, so a quoted lexeme can never break the tsquery syntax.

function clause(c: TextClause, weight: string): string {
  if (c.kind === 'word') return `'${c.stem}'${weight ? `:${weight}` : ''}`;
  if (c.kind === 'phrase')
    return `(${c.stems.map((s) => `'${s}'${weight ? `:${weight}` : ''}`).join(' <-> ')})`;
  return `(${c.prefixes.map((p) => `'${p}':*${weight}`).join(' | ')})`;
}

/** The tsquery text for the query; `weight` "A" keeps only title hits. */
export function tsqueryText(q: TextQuery, weight = ''): string {
  const wanted = q.include.map((c) => clause(c, weight));
  const unwanted = q.exclude.map((c) => `!${clause(c, '')}`);
  return [...wanted, ...unwanted].join(' & ');
}

/** The full-text index on PostgreSQL: tsvector and GIN. */
export function postgresFullText(db: Db): FullTextIndex {
  const ids = async (query: string) => {
    const { rows } = await sql<{ ids: string | null }>`
      select string_agg(project_id::text, ',') as ids from project_search
      where tsv @@ to_tsquery('simple', ${query})`.execute(db);
    return parseIdList(rows[0]?.ids);
  };
  return {
    async write(target, documents, absent) {
      if (absent.length > 0) {
        await sql`delete from project_search where project_id in (${sql.join(absent)})`.execute(
          target,
        );
      }
      // One statement per batch: three arrays unnested into rows, whatever the batch's size.
      for (let i = 0; i < documents.length; i += 1000) {
        const part = documents.slice(i, i + 1000);
        await sql`
          insert into project_search (project_id, tsv)
          select id, setweight(to_tsvector('simple', title), 'A') || setweight(to_tsvector('simple', body), 'B')
          from unnest(${part.map((d) => d.id)}::int[], ${part.map((d) => d.title)}::text[], ${part.map((d) => d.body)}::text[]) as d(id, title, body)
          on conflict (project_id) do update set tsv = excluded.tsv`.execute(target);
      }
    },

    async match(q, rank): Promise<TextMatch> {
      if (q.include.length === 0) {
        const excluded = await ids(q.exclude.map((c) => clause(c, '')).join(' | '));
        return { ids: excluded, scores: null, complement: true };
      }
      const query = tsqueryText(q);
      const hits = await ids(query);
      if (!rank) return { ids: hits, scores: null, complement: false };
      const titleQuery = tsqueryText({ ...q, exclude: [] }, 'A');
      if (hits.length > RANK_LIMIT) {
        return { ids: hits, scores: tierScores(hits, await ids(titleQuery)), complement: false };
      }
      const { rows } = await sql<{ id: number; r: number; t: boolean }>`
        select project_id as id, ts_rank(tsv, q) as r, tsv @@ tq as t
        from project_search, to_tsquery('simple', ${query}) q, to_tsquery('simple', ${titleQuery}) tq
        where tsv @@ q`.execute(db);
      return {
        ids: Int32Array.from(rows, (r) => r.id),
        scores: Float64Array.from(rows, (r) => combinedScore(r.t, r.r * 10)),
        complement: false,
      };
    },

    async clauseIds(c) {
      const [all, title] = await Promise.all([ids(clause(c, '')), ids(clause(c, 'A'))]);
      return { ids: all, titleIds: title };
    },

    documentMatches(c, document) {
      // tsvector concatenation puts the body's positions right after the title's, so a phrase
      // may run from the title's last word into the body's first.
      const title = tokensOf(document.title);
      return {
        any: clauseInTokens(c, [...title, ...tokensOf(document.body)]),
        title: clauseInTokens(c, title),
      };
    },

    async wordIds(stems) {
      // Listing a common word reads the whole table (the ids are in the heap, not in the GIN
      // index): 1-2 s at a million projects. One pass unnesting every tsvector lists them all.
      const out = new Map<string, ClauseIds>();
      if (stems.length === 0) return out;
      const { rows } = await sql<{ lexeme: string; ids: string; title_ids: string | null }>`
        select u.lexeme, string_agg(p.project_id::text, ',') as ids,
          string_agg(p.project_id::text, ',') filter (where 'A' = any(u.weights)) as title_ids
        from project_search p, unnest(p.tsv) u
        where u.lexeme = any(${stems}::text[])
        group by u.lexeme`.execute(db);
      for (const r of rows) {
        out.set(r.lexeme, { ids: parseIdList(r.ids), titleIds: parseIdList(r.title_ids) });
      }
      const none = { ids: new Int32Array(0), titleIds: new Int32Array(0) };
      for (const stem of stems) if (!out.has(stem)) out.set(stem, none);
      return out;
    },
  };
}
