import type { Kysely } from 'kysely';

// Frozen: never edit after it has landed; add a new migration instead.
// Where each revision came from (an edit, a restore, a workflow step, an IATI or spreadsheet
// import, the seed), as JSON such as {"kind":"iati","file":"CD.xml","run":12}: the history page
// says so, and the seed knows which projects were changed since it wrote them.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('revisions').addColumn('origin', 'text').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('revisions').dropColumn('origin').execute();
}
