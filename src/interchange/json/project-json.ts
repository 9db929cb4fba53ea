import { centsToDecimal } from '../../domain/projects/budget.ts';
import { formatPartialDateKey, type PartialDate } from '../../domain/projects/period.ts';
import type { Project } from '../../domain/projects/project.ts';

// An explicit allow-list of what a project looks like in JSON: editors' ids, the version used
// for locking and deletion marks never leave. Stand-in until src/http/presenters/
// project.presenter.ts exists; the export should then use that one so the API and the
// export can never drift apart.

const dateKey = (d: PartialDate | null) => (d ? formatPartialDateKey(d) : null);

/** The public JSON form of one project: the API's shape, built field by field. */
export function presentProjectJson(project: Project, publicUrl: string) {
  return {
    slug: project.slug,
    url: `${publicUrl}/projects/${project.slug}`,
    language: project.language,
    title: project.title,
    summary: project.summary,
    description: project.description,
    period: { start: dateKey(project.period.start), end: dateKey(project.period.end) },
    periodNote: project.periodNote,
    budgetText: project.budgetText,
    budgetLines: project.budgetLines.map((l) => ({
      label: l.label,
      amount: centsToDecimal(l.amountCents),
      amountCents: l.amountCents,
      currency: l.currency,
      isTotal: l.isTotal,
    })),
    countries: project.countries.map((c) => ({ code: c.code, percentage: c.percentage })),
    regions: project.regions.map((r) => ({ code: r.code, percentage: r.percentage })),
    beneficiary: project.beneficiary,
    beneficiaryCountries: [...project.beneficiaryCountries],
    types: project.types.map((t) => ({ slug: t.slug, name: t.name, names: { ...t.names } })),
    sectors: project.sectors.map((s) => ({
      vocabulary: s.vocabulary,
      code: s.code,
      percentage: s.percentage,
    })),
    organisations: project.organisations.map((o) => ({
      role: o.role,
      slug: o.organisation.slug,
      name: o.organisation.name,
      acronym: o.organisation.acronym,
    })),
    contacts: project.contacts.map((c) => ({
      role: c.role,
      organisation: c.organisation,
      person: c.person,
      jobTitle: c.jobTitle,
      phones: [...c.phones],
      email: c.email,
      address: c.address,
      website: c.website,
    })),
    links: project.links.map((l) => ({
      kind: l.kind,
      url: l.url,
      title: l.title,
      language: l.language,
      format: l.format,
    })),
    translations: project.translations.map((t) => ({
      language: t.language,
      title: t.title,
      summary: t.summary,
      description: t.description,
      budgetText: t.budgetText,
      beneficiary: t.beneficiary,
      periodNote: t.periodNote,
    })),
    source: {
      kind: project.provenance.source,
      iatiIdentifier: project.provenance.iatiIdentifier,
    },
    createdAt: project.createdAt,
    updatedAt: project.updatedAt,
    publishedAt: project.publishedAt,
  };
}

export type ProjectJson = ReturnType<typeof presentProjectJson>;
