import type { Project, ProjectInput } from '../projects/project.ts';

/** The input that would save this project again as it is (references by slug). */
export function projectToInput(p: Project): ProjectInput {
  return {
    slug: p.slug,
    language: p.language,
    title: p.title,
    summary: p.summary,
    description: p.description,
    period: p.period,
    periodNote: p.periodNote,
    budgetText: p.budgetText,
    budgetLines: p.budgetLines,
    countries: p.countries,
    regions: p.regions,
    beneficiary: p.beneficiary,
    beneficiaryCountries: p.beneficiaryCountries,
    typeSlugs: p.types.map((t) => t.slug),
    sectors: p.sectors,
    organisations: p.organisations.map((o) => ({
      role: o.role,
      organisationSlug: o.organisation.slug,
    })),
    contacts: p.contacts,
    links: p.links,
    translations: p.translations,
    provenance: p.provenance,
    state: p.state,
  };
}
