import { formatPartialDateKey, type PartialDate } from '../../domain/projects/period.ts';
import type { Project, ProjectInput } from '../../domain/projects/project.ts';

// Databases hand percentages back as floats (PostgreSQL `real`); compare what a reader would see.
const pct = (value: number | null) => (value === null ? null : Math.round(value * 1e4) / 1e4);
const key = (d: PartialDate | null) => (d ? formatPartialDateKey(d) : null);

type Comparable = Omit<
  ProjectInput,
  'slug' | 'state' | 'provenance' | 'typeSlugs' | 'organisations' | 'period'
> & {
  period: (string | null)[];
  types: string[];
  organisations: string[];
  source: { source: string; iatiIdentifier: string | null; sourceFile: string | null };
};

function comparable(
  p: Omit<ProjectInput, 'typeSlugs' | 'organisations' | 'slug' | 'state'>,
  types: string[],
  organisations: string[],
): Comparable {
  return {
    language: p.language,
    title: p.title,
    summary: p.summary,
    description: p.description,
    period: [key(p.period.start), key(p.period.end)],
    periodNote: p.periodNote,
    budgetText: p.budgetText,
    budgetLines: p.budgetLines.map((l) => ({ ...l, isTotal: Boolean(l.isTotal) })),
    countries: p.countries.map((c) => ({ code: c.code, percentage: pct(c.percentage) })),
    regions: p.regions.map((r) => ({ code: r.code, percentage: pct(r.percentage) })),
    beneficiary: p.beneficiary,
    beneficiaryCountries: p.beneficiaryCountries,
    types,
    sectors: p.sectors.map((s) => ({ ...s, percentage: pct(s.percentage) })),
    organisations,
    contacts: p.contacts,
    links: p.links,
    translations: [...p.translations].sort((a, b) => a.language.localeCompare(b.language)),
    source: {
      source: p.provenance.source,
      iatiIdentifier: p.provenance.iatiIdentifier,
      sourceFile: p.provenance.sourceFile,
    },
  };
}

/** JSON with object keys sorted, so two equal records give the same text whatever built them. */
function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

/** True when writing `input` over `stored` would change nothing a reader can see. */
export function sameContent(stored: Project, input: ProjectInput): boolean {
  const a = comparable(
    stored,
    stored.types.map((t) => t.slug),
    stored.organisations.map((o) => `${o.role}:${o.organisation.slug}`),
  );
  const b = comparable(
    input,
    input.typeSlugs,
    input.organisations.map((o) => `${o.role}:${o.organisationSlug}`),
  );
  return stableJson(a) === stableJson(b);
}
