import type { Db } from '../../db/database.ts';
import { listOrganisations } from '../../db/organisations.repository.ts';
import { listProjectTypes } from '../../db/project-types.repository.ts';
import { findRevisions } from '../../db/revisions.repository.ts';
import { fieldLines } from '../../domain/editing/diff.ts';
import { type MergeField, mergeForms, resolutionsOf } from '../../domain/editing/merge.ts';
import { type FormValues, parseProjectForm } from '../../domain/editing/project-form.ts';
import { projectToFormValues } from '../../domain/editing/project-form-values.ts';
import { MergeConflictError } from '../../domain/errors.ts';
import type { Project } from '../../domain/projects/project.ts';

/**
 * The project a form would make of `current`, with names looked up for display: the "yours"
 * column of a conflict. Organisations typed as new are shown by the name typed.
 */
async function projectFromForm(db: Db, current: Project, values: FormValues): Promise<Project> {
  const { input, newOrganisations } = parseProjectForm(values, current);
  const [types, orgs] = await Promise.all([listProjectTypes(db), listOrganisations(db)]);
  return {
    ...current,
    ...input,
    slug: current.slug,
    types: input.typeSlugs.map(
      (s) => types.find((t) => t.slug === s) ?? { id: 0, slug: s, name: s, names: {} },
    ),
    organisations: [
      ...input.organisations.map((o) => ({
        role: o.role,
        organisation: orgs.find((x) => x.slug === o.organisationSlug) ?? {
          id: 0,
          slug: o.organisationSlug,
          name: o.organisationSlug,
          acronym: null,
        },
      })),
      ...newOrganisations.map((o) => ({
        role: o.role,
        organisation: { id: 0, slug: '', name: o.name, acronym: null },
      })),
    ],
  };
}

/**
 * Merges a form opened at `baseVersion` with `current`, saved meanwhile. Resolutions the form
 * carries count only when they were chosen against `current` (`expectedVersion` is its
 * version): a third save in between asks again. Returns the form to save and the fields taken
 * from the other side; throws MergeConflictError naming the fields both changed.
 */
export async function mergeWithCurrent(
  db: Db,
  current: Project,
  values: FormValues,
  versions: { base: number; expected: number },
  language: string,
): Promise<{ values: FormValues; taken: MergeField[] }> {
  const [base] = await findRevisions(db, current.id, [versions.base]);
  const resolutions = current.version === versions.expected ? resolutionsOf(values) : {};
  const outcome = mergeForms(
    base ? projectToFormValues(base.snapshot) : null,
    projectToFormValues(current),
    values,
    resolutions,
  );
  if (outcome.conflicts.length === 0) return { values: outcome.values, taken: outcome.taken };
  const mine = await projectFromForm(db, current, outcome.values);
  throw new MergeConflictError(
    'project',
    current.slug,
    current.version,
    versions.base,
    outcome.conflicts.map((field) => ({
      field,
      theirs: fieldLines(current, field, language),
      yours: fieldLines(mine, field, language),
    })),
    outcome.taken,
    outcome.values,
  );
}
