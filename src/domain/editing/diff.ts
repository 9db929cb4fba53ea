import { centsToDecimal } from '../projects/budget.ts';
import { formatPartialDateKey } from '../projects/period.ts';
import type { Project } from '../projects/project.ts';
import { countryName, regionName } from '../vocabularies/codelists.ts';

/** The fields a revision diff compares, in the order the form shows them. */
export const DIFF_FIELDS = [
  'title',
  'summary',
  'description',
  'period',
  'periodNote',
  'countries',
  'regions',
  'types',
  'sectors',
  'organisations',
  'budgetText',
  'budgetLines',
  'beneficiary',
  'beneficiaryCountries',
  'contacts',
  'links',
  'translations',
  'language',
  'state',
] as const;
export type DiffField = (typeof DIFF_FIELDS)[number];

const text = (s: string | null | undefined) => (s ? s.split('\n') : []);

/** One field of a project as lines of plain text, the form a reader compares. */
export function fieldLines(p: Project, field: DiffField, language = 'en'): string[] {
  switch (field) {
    case 'period': {
      const { start, end } = p.period;
      if (!start && !end) return [];
      return [
        `${start ? formatPartialDateKey(start) : '?'} – ${end ? formatPartialDateKey(end) : '?'}`,
      ];
    }
    case 'countries':
      return p.countries.map((c) => `${countryName(c.code, language)} (${c.code})`);
    case 'regions':
      return p.regions.map((r) => `${regionName(r.code, language)} (${r.code})`);
    case 'beneficiaryCountries':
      return p.beneficiaryCountries.map((c) => `${countryName(c, language)} (${c})`);
    case 'types':
      return p.types.map((t) => t.names[language] ?? t.name);
    case 'sectors':
      return p.sectors.map((s) => `${s.vocabulary}:${s.code}`);
    case 'organisations':
      return p.organisations.map((o) => `${o.role}: ${o.organisation.name}`);
    case 'budgetLines':
      return p.budgetLines.map((l) =>
        `${l.isTotal ? '[total] ' : ''}${l.label ?? ''} ${l.currency} ${centsToDecimal(l.amountCents)}`.trim(),
      );
    case 'contacts':
      return p.contacts.map((c) =>
        [c.role, c.person, c.jobTitle, c.organisation, ...c.phones, c.email, c.address, c.website]
          .filter(Boolean)
          .join(' · '),
      );
    case 'links':
      return p.links.map((l) => `${l.kind}: ${l.title ? `${l.title} ` : ''}<${l.url}>`);
    case 'translations':
      return p.translations.flatMap((t) =>
        [
          `[${t.language}] ${t.title}`,
          ...text(t.summary),
          ...text(t.description),
          ...text(t.budgetText),
          ...text(t.beneficiary),
          ...text(t.periodNote),
        ].map((line) => (line.startsWith('[') ? line : `  ${line}`)),
      );
    default:
      return text(p[field]);
  }
}

/** One line of a line diff. */
export interface DiffLine {
  kind: 'same' | 'removed' | 'added';
  text: string;
}

/** A changed field with its before and after lines and their line diff. */
export interface FieldChange {
  field: DiffField;
  before: string[];
  after: string[];
  lines: DiffLine[];
}

/** The longest-common-subsequence line diff of two texts (small inputs: form fields). */
export function diffLines(a: string[], b: string[]): DiffLine[] {
  // Long descriptions are bounded by the form's limits; beyond ~2,000 lines a side, fall back
  // to whole replacement rather than an n×m table.
  if (a.length * b.length > 4_000_000) {
    return [
      ...a.map((t): DiffLine => ({ kind: 'removed', text: t })),
      ...b.map((t): DiffLine => ({ kind: 'added', text: t })),
    ];
  }
  const n = a.length;
  const m = b.length;
  const table = Array.from({ length: n + 1 }, () => new Uint32Array(m + 1));
  for (let i = n - 1; i >= 0; i--)
    for (let j = m - 1; j >= 0; j--)
      table[i]![j] =
        a[i] === b[j] ? table[i + 1]![j + 1]! + 1 : Math.max(table[i + 1]![j]!, table[i]![j + 1]!);
  const out: DiffLine[] = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (a[i] === b[j]) {
      out.push({ kind: 'same', text: a[i]! });
      i++;
      j++;
    } else if (table[i + 1]![j]! >= table[i]![j + 1]!) out.push({ kind: 'removed', text: a[i++]! });
    else out.push({ kind: 'added', text: b[j++]! });
  }
  while (i < n) out.push({ kind: 'removed', text: a[i++]! });
  while (j < m) out.push({ kind: 'added', text: b[j++]! });
  return out;
}

/** Every field that differs between two versions of a project, with a readable diff. */
export function diffProjects(before: Project, after: Project, language = 'en'): FieldChange[] {
  return DIFF_FIELDS.flatMap((field) => {
    const a = fieldLines(before, field, language);
    const b = fieldLines(after, field, language);
    if (a.length === b.length && a.every((line, i) => line === b[i])) return [];
    return [{ field, before: a, after: b, lines: diffLines(a, b) }];
  });
}

/** The names of the fields that differ (no contents): what the public change log shows. */
export function changedFields(before: Project, after: Project): DiffField[] {
  return diffProjects(before, after).map((c) => c.field);
}
