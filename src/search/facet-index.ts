import { sql } from 'kysely';
import type { Db } from '../db/database.ts';
import { Dictionary, dayNumber, FloatColumn, IntColumn, MultiColumn } from './columns.ts';
import {
  type IndexedProject,
  loadAllIndexedProjects,
  loadIndexedProjects,
  loadSearchVocabulary,
  type SearchVocabularyData,
} from './index-loader.ts';
import { SOURCES } from './search.ts';
import { MANY, NO_CURRENCY, SlotRows } from './slot-rows.ts';

/** Stands for an unknown start or end in the day columns. */
export const NO_DAY = -2_147_483_648;

/** 0 no dates, 1 planned, 2 ongoing, 3 completed: the same rule as `projectStatus`. */
export function statusCode(start: number, end: number, today: number): number {
  if (start === NO_DAY && end === NO_DAY) return 0;
  if (start !== NO_DAY && start > today) return 1;
  if (end !== NO_DAY && end < today) return 3;
  return 2;
}

export type ListField = 'country' | 'type' | 'donor' | 'implementer';

export const LIST_FIELDS: readonly ListField[] = ['country', 'type', 'donor', 'implementer'];

/**
 * Everything filters, facet counts and sorting need of every published project, in typed
 * arrays indexed by slot. A slot is one version of one project; a changed project gets a new
 * slot and its old one is marked dead, so the arrays only ever grow until the next full load.
 */
export class FacetData {
  readonly projectId = new IntColumn();
  readonly alive: number[] = [];
  readonly start = new IntColumn();
  readonly end = new IntColumn();
  readonly source = new IntColumn();
  readonly updated = new FloatColumn();
  readonly titles: string[] = [];
  readonly lists: Record<ListField, { dict: Dictionary; column: MultiColumn }> = {
    country: { dict: new Dictionary(), column: new MultiColumn() },
    type: { dict: new Dictionary(), column: new MultiColumn() },
    donor: { dict: new Dictionary(), column: new MultiColumn() },
    implementer: { dict: new Dictionary(), column: new MultiColumn() },
  };
  readonly currencies = new Dictionary();
  /** Headline budgets: currency ids and cents, compressed-row like the lists. */
  readonly budgetOffsets = new IntColumn();
  readonly budgetCurrency = new IntColumn();
  readonly budgetCents = new FloatColumn();
  /** Each slot's facets side by side, for counting (see SlotRows). */
  readonly rows = new SlotRows();
  /** Slot of each live project id (-1 or absent when none). */
  slotOfId = new Int32Array(1024).fill(-1);
  /** The live project ids as bits (id >>> 5, bit id & 31): where every search starts. */
  liveBits = new Uint32Array(32);
  liveCount = 0;
  deadCount = 0;
  /** Bumped on every change; caches keyed on it go stale by themselves. */
  generation = 0;
  /** Project ids changed after the full load, and the generation each change made. */
  private readonly logId: number[] = [];
  private readonly logGeneration: number[] = [];
  private logFrom = -1;

  constructor() {
    this.budgetOffsets.push(0);
  }

  get slotCount(): number {
    return this.projectId.length;
  }

  /** Appends the project as a new live slot, retiring its previous slot. */
  add(p: IndexedProject): void {
    this.remove(p.id);
    const slot = this.projectId.length;
    this.projectId.push(p.id);
    this.alive.push(1);
    this.start.push(p.startsOn ? dayNumber(p.startsOn) : NO_DAY);
    this.end.push(p.endsOn ? dayNumber(p.endsOn) : NO_DAY);
    this.source.push(Math.max(0, (SOURCES as readonly string[]).indexOf(p.source)));
    this.updated.push(Date.parse(p.updatedAt) || 0);
    this.titles.push(p.title);
    // Each value once: a project counts once for a value, whichever way it is counted.
    const ids = (field: ListField, values: string[]) => {
      const list = [...new Set(values)].map((v) => this.lists[field].dict.idOf(v));
      this.lists[field].column.append(list);
      return list;
    };
    const lists = [
      ids('country', p.places),
      ids('type', p.types),
      ids('donor', p.donors),
      ids('implementer', p.implementers),
    ];
    for (const b of p.budgets) {
      this.budgetCurrency.push(this.currencies.idOf(b.currency));
      this.budgetCents.push(b.cents);
    }
    this.budgetOffsets.push(this.budgetCurrency.length);
    const single = p.budgets.length === 1;
    this.rows.append(
      lists,
      this.start.data[slot]!,
      this.end.data[slot]!,
      this.source.data[slot]!,
      single
        ? this.budgetCurrency.data[this.budgetCurrency.length - 1]!
        : p.budgets.length
          ? MANY
          : NO_CURRENCY,
      single ? p.budgets[0]!.cents : 0,
    );
    if (p.id >= this.slotOfId.length) {
      const next = new Int32Array(Math.max(p.id + 1, this.slotOfId.length * 2)).fill(-1);
      next.set(this.slotOfId);
      this.slotOfId = next;
    }
    this.slotOfId[p.id] = slot;
    if (p.id >>> 5 >= this.liveBits.length) {
      const next = new Uint32Array(Math.max((p.id >>> 5) + 1, this.liveBits.length * 2));
      next.set(this.liveBits);
      this.liveBits = next;
    }
    this.liveBits[p.id >>> 5]! |= 1 << (p.id & 31);
    this.liveCount++;
    this.generation++;
    this.logChange(p.id);
  }

  /** Retires the project's slot, if it has one. */
  remove(projectId: number): void {
    const slot = projectId < this.slotOfId.length ? this.slotOfId[projectId]! : -1;
    if (slot < 0) return;
    this.alive[slot] = 0;
    this.slotOfId[projectId] = -1;
    this.liveBits[projectId >>> 5]! &= ~(1 << (projectId & 31));
    this.liveCount--;
    this.deadCount++;
    this.generation++;
    this.logChange(projectId);
  }

  /** From now on, remember which projects change (after a full load). */
  startChangeLog(): void {
    this.logFrom = this.generation;
  }

  /** The projects changed since `generation`, or null when the log does not reach back. */
  changedSince(generation: number): number[] | null {
    if (this.logFrom < 0 || generation < this.logFrom) return null;
    let lo = 0;
    let hi = this.logGeneration.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.logGeneration[mid]! <= generation) lo = mid + 1;
      else hi = mid;
    }
    return [...new Set(this.logId.slice(lo))];
  }

  private logChange(projectId: number): void {
    if (this.logFrom < 0) return;
    this.logId.push(projectId);
    this.logGeneration.push(this.generation);
  }
}

/** Rebuild from the database when this share of slots is dead. */
const MAX_DEAD_SHARE = 0.2;
/** How far below the last seen change id late-committing changes are still looked for. */
const LOOKBACK = 1000;
/** Above this many changed projects a full reload is cheaper than patching. */
const MAX_PATCH = 20_000;

/**
 * Keeps a FacetData current with the database. Every use first compares the database's change
 * counter (the last id of `search_changes`) with the one it loaded: several web processes
 * each hold their own copy and each catches up with every other's writes before answering.
 */
export class FacetIndex {
  private data: FacetData | null = null;
  private vocabulary: SearchVocabularyData | null = null;
  private seenChange = 0;
  /** Ids of the changes applied within LOOKBACK of `seenChange`. */
  private applied = new Set<number>();
  private loading: Promise<FacetData> | null = null;

  constructor(private readonly db: Db) {}

  /** The current data, loaded or caught up with the database first. */
  async current(): Promise<FacetData> {
    if (this.loading) return this.loading;
    this.loading = this.catchUp().finally(() => {
      this.loading = null;
    });
    return this.loading;
  }

  /** Types and organisations, refreshed with the data. */
  async vocab(): Promise<SearchVocabularyData> {
    await this.current();
    return this.vocabulary!;
  }

  /** Types and organisations as last loaded, or null before the first load. */
  loadedVocab(): SearchVocabularyData | null {
    return this.vocabulary;
  }

  /** The last change id, and how many changes lie in the look-back window of what we saw. */
  private async changeState(): Promise<{ last: number; recent: number }> {
    // One round trip: it is made before every search.
    const { rows } = await sql<{ last: number | null; recent: number }>`
      select (select max(id) from search_changes) as last,
        (select count(*) from search_changes where id > ${this.seenChange - LOOKBACK}) as recent`.execute(
      this.db,
    );
    return { last: Number(rows[0]?.last ?? 0), recent: Number(rows[0]?.recent ?? 0) };
  }

  private async recentChanges(after: number, upTo: number) {
    const rows = await sql<{ id: number; project_id: number }>`
      select id, project_id from search_changes where id > ${after} and id <= ${upTo}`.execute(
      this.db,
    );
    return rows.rows.map((r) => ({ id: Number(r.id), projectId: Number(r.project_id) }));
  }

  private async catchUp(): Promise<FacetData> {
    const { last, recent } = await this.changeState();
    // On PostgreSQL ids are handed out before commit, so a change may become visible after a
    // larger one: the window below the last seen id is re-read until it is LOOKBACK old.
    if (this.data && last === this.seenChange && recent === this.applied.size) return this.data;
    if (!this.data) return this.reload(last);
    const rows = await this.recentChanges(this.seenChange - LOOKBACK, last);
    const pending = rows.filter((r) => !this.applied.has(r.id));
    const ids = [...new Set(pending.map((r) => r.projectId))];
    const data = this.data;
    if (
      ids.length > MAX_PATCH ||
      data.deadCount + ids.length > data.slotCount * MAX_DEAD_SHARE + 1000
    ) {
      return this.reload(last);
    }
    const fresh = await loadIndexedProjects(this.db, ids);
    for (const id of ids) data.remove(id);
    for (const p of fresh) data.add(p);
    this.vocabulary = await loadSearchVocabulary(this.db);
    this.remember(rows, last);
    return data;
  }

  private remember(rows: { id: number }[], last: number) {
    this.seenChange = last;
    this.applied = new Set(rows.filter((r) => r.id > last - LOOKBACK).map((r) => r.id));
  }

  private async reload(last: number): Promise<FacetData> {
    // Changes committed while loading are simply applied again by the next catch-up.
    const data = new FacetData();
    await loadAllIndexedProjects(this.db, (chunk) => {
      for (const p of chunk) data.add(p);
    });
    this.vocabulary = await loadSearchVocabulary(this.db);
    data.startChangeLog();
    this.data = data;
    this.remember(await this.recentChanges(last - LOOKBACK, last), last);
    return data;
  }
}
