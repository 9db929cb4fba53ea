import type { Writable } from 'node:stream';
import type { Project } from '../../domain/projects/project.ts';
import { TextSink } from '../csv/text-sink.ts';
import { type IatiExportOptions, projectToIatiXml } from './project-to-iati.ts';
import { attrs } from './xml-text.ts';

export const IATI_VERSION = '2.03';

/**
 * Writes the projects as one IATI 2.03 activity file, activity by activity as they arrive;
 * the XML declaration and root element leave at once. Does not end `out`.
 */
export async function writeProjectsIati(
  projects: AsyncIterable<Project>,
  out: Writable,
  options: IatiExportOptions & { generatedAt: string },
): Promise<{ rows: number }> {
  const sink = new TextSink(out);
  const root = attrs({ version: IATI_VERSION, 'generated-datetime': options.generatedAt });
  await sink.push(`<?xml version="1.0" encoding="UTF-8"?>\n<iati-activities${root}>\n`);
  await sink.flush();
  let rows = 0;
  for await (const project of projects) {
    await sink.push(` ${projectToIatiXml(project, options)}`);
    rows += 1;
  }
  await sink.push('</iati-activities>\n');
  await sink.flush();
  return { rows };
}
