import type { IatiActivity } from '../../interchange/iati/iati-activity.ts';
import {
  iatiToProject,
  type MappingContext,
  type MappingResult,
} from '../../interchange/iati/iati-to-project.ts';
import { type TextStems, textStemsOf } from '../../search/documents.ts';

/**
 * One activity as the writer needs it: where it was in the file, its mapping to a project, and
 * the stems of the project's own texts for the search index. Plain data, so a reader thread can
 * make it and post it to the writing thread.
 */
export interface ReadActivity {
  /** 0-based position in the file. */
  index: number;
  iatiIdentifier: string | null;
  result: MappingResult;
  /** Null when the activity could not be mapped. */
  stems: TextStems | null;
}

/** Maps one activity read from the file; the work that can run beside the database writes. */
export function mapActivity(activity: IatiActivity, mapping: MappingContext): ReadActivity {
  const result = iatiToProject(activity, mapping);
  return {
    index: activity.index,
    iatiIdentifier: activity.iatiIdentifier,
    result,
    stems: result.ok ? textStemsOf(result.value.project) : null,
  };
}
