import {
  localizedOrganisation,
  organisationLabel,
} from '../../domain/organisations/organisation.ts';
import { headlineBudget } from '../../domain/projects/budget.ts';
import { formatPeriod } from '../../domain/projects/period.ts';
import {
  organisationsInRole,
  type Project,
  type ProjectTypeSummary,
} from '../../domain/projects/project.ts';
import { countryName, regionName } from '../../domain/vocabularies/codelists.ts';
import { formatMoneyShort } from '../../i18n/format.ts';
import type { ViewContext } from '../view-context.ts';

/** A project's texts in the reader's language, and whether they fell back to the original. */
export interface LocalizedTexts {
  title: string;
  summary: string | null;
  description: string | null;
  budgetText: string | null;
  beneficiary: string | null;
  periodNote: string | null;
  /** The language the texts are in. */
  language: string;
  /** True when the reader's language was wanted but the original is shown. */
  fallback: boolean;
}

/** Picks the translation for the reader's language; a translation with an empty title is ignored. */
export function localizedTexts(project: Project, language: string): LocalizedTexts {
  const original = {
    title: project.title,
    summary: project.summary,
    description: project.description,
    budgetText: project.budgetText,
    beneficiary: project.beneficiary,
    periodNote: project.periodNote,
  };
  if (project.language === language) return { ...original, language, fallback: false };
  const tr = project.translations.find((t) => t.language === language && t.title.trim() !== '');
  if (!tr) return { ...original, language: project.language, fallback: true };
  return {
    title: tr.title,
    summary: tr.summary ?? original.summary,
    description: tr.description ?? original.description,
    budgetText: tr.budgetText ?? original.budgetText,
    beneficiary: tr.beneficiary ?? original.beneficiary,
    periodNote: tr.periodNote ?? original.periodNote,
    language,
    fallback: false,
  };
}

/** Country names then regional scopes, in the reader's language. */
export function placeNames(project: Project, ctx: ViewContext): string[] {
  const lang = ctx.locale.code;
  return [
    ...project.countries.map((c) => countryName(c.code, lang)),
    ...project.regions.map((r) => regionName(r.code, lang)),
  ];
}

/** The type's name in the reader's language. */
export function typeName(type: ProjectTypeSummary, ctx: ViewContext): string {
  return type.names[ctx.locale.code] ?? type.name;
}

/** "January 2015 – December 2019" in the reader's language. */
export function periodText(project: Project, ctx: ViewContext): string {
  return formatPeriod(project.period, ctx.locale.intl, ctx.t.period);
}

/** Donor names with acronyms, in the reader's language where a translation exists. */
export function donorNames(project: Project, ctx: Pick<ViewContext, 'locale'>): string[] {
  return organisationsInRole(project, 'donor').map((o) =>
    organisationLabel(localizedOrganisation(o, ctx.locale.code)),
  );
}

/** The headline budget per currency, for lists: "USD 70.6 million". */
export function budgetHeadlineText(project: Project, ctx: ViewContext): string | null {
  const parts = headlineBudget(project.budgetLines).map((b) =>
    formatMoneyShort(b.cents, b.currency, ctx.locale.intl),
  );
  return parts.length > 0 ? parts.join(' + ') : null;
}
