import type { Writable } from 'node:stream';
import type { Project } from '../../domain/projects/project.ts';
import { TextSink } from '../csv/text-sink.ts';

/** Turns one project into the plain object that is serialised (an allow-list presenter). */
export type JsonPresenter = (project: Project) => unknown;

/**
 * Writes the projects as one JSON array, element by element as they arrive: "[" leaves at
 * once and memory holds one chunk, never the whole array. Does not end `out`.
 */
export async function writeProjectsJson(
  projects: AsyncIterable<Project>,
  out: Writable,
  present: JsonPresenter,
): Promise<{ rows: number }> {
  const sink = new TextSink(out);
  await sink.push('[');
  await sink.flush();
  let rows = 0;
  for await (const project of projects) {
    await sink.push(`${rows === 0 ? '\n' : ',\n'}${JSON.stringify(present(project))}`);
    rows += 1;
  }
  await sink.push(rows === 0 ? ']\n' : '\n]\n');
  await sink.flush();
  return { rows };
}
