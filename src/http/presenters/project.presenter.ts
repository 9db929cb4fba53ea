import { centsToDecimal, headlineBudget } from '../../domain/projects/budget.ts';
import { formatPartialDateKey, projectStatus } from '../../domain/projects/period.ts';
import type { Project } from '../../domain/projects/project.ts';
import type { SnippetPart } from '../../search/search.ts';
import { escapeHtml } from '../../views/html.ts';

// Explicit allow-lists: a field reaches the API only when it is named here, so internal columns
// (state, version, editors, import bookkeeping) never leak by accident.

const money = (cents: number, currency: string) => ({
  amount: centsToDecimal(cents),
  amountCents: cents,
  currency,
});

/** The snippet as HTML: escaped text with the matching words in <mark>. */
export function snippetToHtml(parts: SnippetPart[]): string {
  return parts
    .map((p) => (p.hit ? `<mark>${escapeHtml(p.text)}</mark>` : escapeHtml(p.text)))
    .join('');
}

/** One project in a list of results. */
export function presentProjectSummary(p: Project, today: string, snippet?: SnippetPart[]) {
  return {
    slug: p.slug,
    language: p.language,
    title: p.title,
    summary: p.summary,
    period: {
      start: p.period.start && formatPartialDateKey(p.period.start),
      end: p.period.end && formatPartialDateKey(p.period.end),
    },
    status: projectStatus(p.period, today),
    countries: p.countries.map((c) => c.code),
    regions: p.regions.map((r) => r.code),
    types: p.types.map((t) => ({ slug: t.slug, name: t.name, names: t.names })),
    donors: p.organisations
      .filter((o) => o.role === 'donor')
      .map((o) => ({
        slug: o.organisation.slug,
        name: o.organisation.name,
        acronym: o.organisation.acronym,
      })),
    implementers: p.organisations
      .filter((o) => o.role === 'implementing')
      .map((o) => ({
        slug: o.organisation.slug,
        name: o.organisation.name,
        acronym: o.organisation.acronym,
      })),
    budget: headlineBudget(p.budgetLines).map((b) => money(b.cents, b.currency)),
    source: p.provenance.source,
    updatedAt: p.updatedAt,
    ...(snippet ? { snippetHtml: snippetToHtml(snippet) } : {}),
  };
}

/** The whole public record of one project. */
export function presentProject(p: Project, today: string) {
  return {
    ...presentProjectSummary(p, today),
    description: p.description,
    periodNote: p.periodNote,
    budgetText: p.budgetText,
    budgetLines: p.budgetLines.map((l) => ({
      label: l.label,
      isTotal: l.isTotal,
      ...money(l.amountCents, l.currency),
    })),
    countries: p.countries.map((c) => ({ code: c.code, percentage: c.percentage })),
    regions: p.regions.map((r) => ({ code: r.code, percentage: r.percentage })),
    beneficiary: p.beneficiary,
    beneficiaryCountries: p.beneficiaryCountries,
    sectors: p.sectors.map((s) => ({
      vocabulary: s.vocabulary,
      code: s.code,
      percentage: s.percentage,
    })),
    organisations: p.organisations.map((o) => ({
      role: o.role,
      slug: o.organisation.slug,
      name: o.organisation.name,
      acronym: o.organisation.acronym,
    })),
    contacts: p.contacts.map((c) => ({
      role: c.role,
      organisation: c.organisation,
      person: c.person,
      jobTitle: c.jobTitle,
      phones: c.phones,
      email: c.email,
      address: c.address,
      website: c.website,
    })),
    links: p.links.map((l) => ({
      kind: l.kind,
      url: l.url,
      title: l.title,
      language: l.language,
      format: l.format,
    })),
    translations: p.translations.map((t) => ({
      language: t.language,
      title: t.title,
      summary: t.summary,
      description: t.description,
      budgetText: t.budgetText,
      beneficiary: t.beneficiary,
      periodNote: t.periodNote,
    })),
    iatiIdentifier: p.provenance.iatiIdentifier,
    publishedAt: p.publishedAt,
  };
}
