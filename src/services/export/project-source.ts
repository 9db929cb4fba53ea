import { setImmediate as nextTurn } from 'node:timers/promises';
import type { Db } from '../../db/database.ts';
import { readPublishedProjectChunks } from '../../db/project-export-reader.ts';
import { loadProjects } from '../../db/project-read.repository.ts';
import type { Project } from '../../domain/projects/project.ts';

/** Where an export's projects come from: ids in the order to write them, a batch at a time. */
export type IdBatches = AsyncIterable<readonly number[]>;

/**
 * Hands out the items of `chunks` one by one, reading the next chunk while the current one is
 * being written. Before each read the event loop turns once: SQLite answers synchronously, so
 * without it the header the writer has just written could not leave before the first chunk is
 * read, and other requests would wait for the whole export.
 */
async function* readAhead<T>(chunks: AsyncIterable<readonly T[]>): AsyncGenerator<T> {
  const source = chunks[Symbol.asyncIterator]();
  const read = async () => {
    await nextTurn();
    return source.next();
  };
  let pending = read();
  // A chunk read ahead may fail after the consumer has stopped; that must not go unhandled.
  pending.catch(() => {});
  try {
    for (;;) {
      const chunk = await pending;
      if (chunk.done) return;
      pending = read();
      pending.catch(() => {});
      yield* chunk.value;
    }
  } finally {
    await source.return?.();
  }
}

/** Every published, undeleted project in id order: the unfiltered export's fast path. */
export function publishedProjects(db: Db): AsyncGenerator<Project> {
  return readAhead(readPublishedProjectChunks(db));
}

/** Whole projects for each batch of ids (a filtered list), in the ids' order. */
export function projectsOf(db: Db, batches: IdBatches): AsyncGenerator<Project> {
  return readAhead(loadEach(db, batches));
}

async function* loadEach(db: Db, batches: IdBatches): AsyncGenerator<Project[]> {
  for await (const ids of batches) yield await loadProjects(db, ids);
}
