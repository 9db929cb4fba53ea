import { DIFF_FIELDS } from './diff.ts';
import { type FormValues, parseProjectForm } from './project-form.ts';

/**
 * The fields a three-way merge decides one by one: every field a revision diff shows but the
 * publication state, which only the workflow changes.
 */
export const MERGE_FIELDS = DIFF_FIELDS.filter((f) => f !== 'state');
export type MergeField = (typeof MERGE_FIELDS)[number];

/** How an editor settled a field both sides changed: take the saved value, or keep the form's. */
export type Resolution = 'theirs' | 'mine';

const GROUPS: [RegExp, MergeField][] = [
  [/^(start|end)(Year|Month)$/, 'period'],
  [/^org\.\d+\./, 'organisations'],
  [/^budget\.\d+\./, 'budgetLines'],
  [/^contact\.\d+\./, 'contacts'],
  [/^link\.\d+\./, 'links'],
  [/^tr\.[a-z]{2,3}\./, 'translations'],
];

/** The merge field a form key belongs to; null for keys that are not project content (version…). */
export function mergeFieldOf(key: string): MergeField | null {
  if ((MERGE_FIELDS as readonly string[]).includes(key)) return key as MergeField;
  for (const [pattern, field] of GROUPS) if (pattern.test(key)) return field;
  return null;
}

const sorted = (list: string[]) => [...list].sort();

// Each side is read through the same form parser, so that what an editor did not touch compares
// equal whatever whitespace, blank rows or option order the browser sent back.
function canonicalFields(values: FormValues): Record<MergeField, string> {
  const { input, newOrganisations } = parseProjectForm(values);
  const pick: Record<MergeField, unknown> = {
    title: input.title,
    summary: input.summary,
    description: input.description,
    period: input.period,
    periodNote: input.periodNote,
    countries: sorted(input.countries.map((c) => c.code)),
    regions: sorted(input.regions.map((r) => r.code)),
    types: sorted(input.typeSlugs),
    sectors: sorted(input.sectors.map((s) => `${s.vocabulary}:${s.code}`)),
    organisations: sorted([
      ...input.organisations.map((o) => `${o.role}:${o.organisationSlug}`),
      ...newOrganisations.map((o) => `${o.role}:new:${o.name.toLowerCase()}`),
    ]),
    budgetText: input.budgetText,
    budgetLines: input.budgetLines,
    beneficiary: input.beneficiary,
    beneficiaryCountries: sorted(input.beneficiaryCountries),
    contacts: input.contacts,
    links: input.links,
    translations: input.translations,
    language: input.language,
  };
  return Object.fromEntries(
    MERGE_FIELDS.map((f) => [f, JSON.stringify(pick[f] ?? null)]),
  ) as Record<MergeField, string>;
}

/** The form values of one field only. */
export function fieldValues(values: FormValues, field: MergeField): FormValues {
  return Object.fromEntries(Object.entries(values).filter(([k]) => mergeFieldOf(k) === field));
}

/** `into` with one field's values replaced by those of `from`. */
export function replaceField(into: FormValues, from: FormValues, field: MergeField): FormValues {
  const kept = Object.entries(into).filter(([k]) => mergeFieldOf(k) !== field);
  return { ...Object.fromEntries(kept), ...fieldValues(from, field) };
}

/** What a three-way merge of two edits of one project decided. */
export interface MergeOutcome {
  /** The form to save: the editor's values, with the other side's where only they changed. */
  values: FormValues;
  /** Fields only the other editor changed: their value was taken. */
  taken: MergeField[];
  /** Fields only this editor changed: their value was kept. */
  kept: MergeField[];
  /** Fields both changed differently and not yet resolved: nothing may be saved until they are. */
  conflicts: MergeField[];
}

/**
 * Merges an editor's form (`mine`) with what was saved meanwhile (`theirs`), both against the
 * version the form was opened at (`base`). A field only one side changed takes that side's
 * value; a field both changed to different values is a conflict unless `resolutions` settles
 * it. Without a base (a version nobody kept) every differing field is a conflict.
 */
export function mergeForms(
  base: FormValues | null,
  theirs: FormValues,
  mine: FormValues,
  resolutions: Partial<Record<MergeField, Resolution>> = {},
): MergeOutcome {
  const b = base ? canonicalFields(base) : null;
  const t = canonicalFields(theirs);
  const m = canonicalFields(mine);
  let values = mine;
  const outcome: Omit<MergeOutcome, 'values'> = { taken: [], kept: [], conflicts: [] };
  for (const field of MERGE_FIELDS) {
    if (t[field] === m[field]) continue;
    const onlyTheirs = b !== null && b[field] === m[field];
    const onlyMine = b !== null && b[field] === t[field];
    const choice = onlyTheirs ? 'theirs' : onlyMine ? 'mine' : resolutions[field];
    if (choice === 'theirs') {
      values = replaceField(values, theirs, field);
      if (onlyTheirs) outcome.taken.push(field);
    } else if (choice === 'mine') {
      if (onlyMine) outcome.kept.push(field);
    } else outcome.conflicts.push(field);
  }
  return { values, ...outcome };
}

/** The resolutions a conflict form sent back (`resolve.<field>` = theirs | mine). */
export function resolutionsOf(values: FormValues): Partial<Record<MergeField, Resolution>> {
  const out: Partial<Record<MergeField, Resolution>> = {};
  for (const field of MERGE_FIELDS) {
    const v = values[`resolve.${field}`];
    const one = Array.isArray(v) ? v[0] : v;
    if (one === 'theirs' || one === 'mine') out[field] = one;
  }
  return out;
}
