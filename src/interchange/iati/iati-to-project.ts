import type { OrganisationInput } from '../../domain/organisations/organisation.ts';
import { isPlaceholderOrganisationName } from '../../domain/organisations/placeholder-organisation.ts';
import { type PartialDate, type Period, periodProblemCode } from '../../domain/projects/period.ts';
import type {
  Contact,
  OrganisationRole,
  Place,
  ProjectInput,
  ProjectLink,
  PublicationState,
  Sector,
} from '../../domain/projects/project.ts';
import { isValidSlug, slugify } from '../../domain/projects/slug.ts';
import { isKnownCountry, isKnownRegion } from '../../domain/vocabularies/codelists.ts';
import { countryCodeOfName, countryShortName } from '../../domain/vocabularies/place-names.ts';
import type { IatiActivity, IatiContact, IatiPlace } from './iati-activity.ts';
import { budgetLinesFrom } from './iati-budgets.ts';
import { bestLine, mainLanguage, oneLine, textsIn, translationsOf } from './iati-texts.ts';
import type { IatiWarning } from './iati-warnings.ts';

const ROLES: Record<string, OrganisationRole> = {
  '1': 'donor',
  '2': 'accountable',
  '3': 'extending',
  '4': 'implementing',
};

export interface MappingContext {
  /** Project type slugs for each DAC 5-digit code (from the vocabulary's mapping). */
  typesByDacCode: ReadonlyMap<string, readonly string[]>;
  sourceFile: string | null;
  importedAt: string;
  /** The publication state a new project gets. */
  state: PublicationState;
}

/** An organisation the project names, with its names in every language the file gives. */
export interface MappedOrganisation extends OrganisationInput {
  names: Record<string, string>;
  /**
   * Set when the file names the organisation by a country ("UNITED KINGDOM"): the importer
   * takes that country's government donor when one is stored (by its ref), else creates one
   * under the country's proper name.
   */
  countryCode?: string;
}

export interface MappedActivity {
  iatiIdentifier: string;
  /**
   * The slug of the project an identifier was made up for: an export of ours gives a project
   * without an IATI identifier `<reporting-org ref>-<slug>`, its reporting-org marked as a
   * secondary reporter. Null for any other activity.
   */
  exportedSlug: string | null;
  /** `slug` is a proposal from the title; `organisations` use the proposed organisation slugs. */
  project: ProjectInput;
  /** Parallel to `project.organisations`: who each of them is. */
  participants: { role: OrganisationRole; organisation: MappedOrganisation }[];
  /** Values that were read but could not be kept, each with its reason. */
  warnings: IatiWarning[];
}

/** Why an activity could not be mapped at all. */
export type MappingFailure = 'noIdentifier' | 'noTitle';

export type MappingResult =
  | { ok: true; value: MappedActivity }
  | { ok: false; code: MappingFailure; reason: string };

/** See `MappedActivity.exportedSlug`. */
function exportedSlugOf(identifier: string, reporter: IatiActivity['reportingOrg']) {
  const prefix = reporter?.secondaryReporter && reporter.ref ? `${reporter.ref}-` : null;
  if (!prefix || !identifier.startsWith(prefix)) return null;
  const slug = identifier.slice(prefix.length);
  return isValidSlug(slug) ? slug : null;
}

/** Builds the map from DAC codes to project type slugs out of the vocabulary. */
export function typesByDacCode(types: readonly { slug: string; dacCodes: readonly string[] }[]) {
  const map = new Map<string, string[]>();
  for (const type of types) {
    for (const code of type.dacCodes) map.set(code, [...(map.get(code) ?? []), type.slug]);
  }
  return map;
}

function percentage(text: string | null): number | null {
  if (text === null) return null;
  const value = Number(text);
  return Number.isFinite(value) && value >= 0 && value <= 100 ? value : null;
}

// Publishers fill a required date they do not know with 1900-01-01 or 1899-12-31; no aid
// project of this catalogue began before 1960 (the DAC's founding), so such a date is not a fact.
const EARLIEST_PLAUSIBLE_YEAR = 1960;

function monthOf(isoDate: string | undefined): PartialDate | null {
  const m = /^(\d{4})(?:-(\d{2}))?/.exec(isoDate?.trim() ?? '');
  if (!m) return null;
  const month = m[2] ? Number(m[2]) : undefined;
  return month && month >= 1 && month <= 12
    ? { year: Number(m[1]), month }
    : { year: Number(m[1]) };
}

/**
 * Actual dates before planned ones, at month precision. A placeholder date (before 1960) is
 * unknown; an impossible pair falls back to planned, else loses its end. What was dropped is kept
 * in `note` (the period note), so an editor sees what the file said.
 */
function periodOf(
  activity: IatiActivity,
  warnings: IatiWarning[],
): { period: Period; note: string | null } {
  const dropped: string[] = [];
  const date = (type: string) => {
    const iso = activity.dates.find((d) => d.type === type)?.isoDate;
    const month = monthOf(iso);
    if (month && month.year < EARLIEST_PLAUSIBLE_YEAR) {
      warnings.push({ code: 'datePlaceholder', value: iso!.trim(), detail: type });
      dropped.push(iso!.trim());
      return null;
    }
    return month;
  };
  const planned: Period = { start: date('1'), end: date('3') };
  const actual: Period = { start: date('2'), end: date('4') };
  const chosen: Period = { start: actual.start ?? planned.start, end: actual.end ?? planned.end };
  const note = (extra: Period | null) => {
    const given = [...dropped];
    if (extra?.start) given.push(formatKey(extra.start));
    if (extra?.end) given.push(formatKey(extra.end));
    return given.length > 0
      ? `Dates in the source not used: ${[...new Set(given)].join(', ')}`
      : null;
  };
  const problem = periodProblemCode(chosen);
  if (!problem) return { period: chosen, note: note(null) };
  if (!periodProblemCode(planned) && (planned.start || planned.end)) {
    warnings.push({ code: 'datesPlannedUsed', detail: problem });
    return { period: planned, note: note(chosen) };
  }
  warnings.push({ code: 'datesEndLeftOut', detail: problem });
  const startOnly: Period = { start: chosen.start, end: null };
  return periodProblemCode(startOnly)
    ? { period: { start: null, end: null }, note: note(chosen) }
    : { period: startOnly, note: note({ start: null, end: chosen.end }) };
}

const formatKey = (d: PartialDate) =>
  d.month === undefined ? String(d.year) : `${d.year}-${String(d.month).padStart(2, '0')}`;

function places(
  items: readonly IatiPlace[],
  keep: (p: IatiPlace) => IatiWarning | null,
  warnings: IatiWarning[],
): Place[] {
  const out = new Map<string, Place>();
  for (const item of items) {
    const problem = keep(item);
    if (problem) warnings.push(problem);
    else if (!out.has(item.code))
      out.set(item.code, { code: item.code, percentage: percentage(item.percentage) });
  }
  return [...out.values()];
}

function sectorsAndTypes(activity: IatiActivity, ctx: MappingContext) {
  const sectors = new Map<string, Sector>();
  const typeSlugs = new Set<string>();
  for (const s of activity.sectors) {
    const key = `${s.vocabulary}/${s.code}`;
    if (!sectors.has(key))
      sectors.set(key, {
        vocabulary: s.vocabulary,
        code: s.code,
        percentage: percentage(s.percentage),
      });
    if (s.vocabulary === '1')
      for (const slug of ctx.typesByDacCode.get(s.code) ?? []) typeSlugs.add(slug);
  }
  return { sectors: [...sectors.values()], typeSlugs: [...typeSlugs] };
}

// Organisation names repeat across a file's activities; their slugs need computing once.
const orgSlugs = new Map<string, string>();
function orgSlug(name: string): string {
  let slug = orgSlugs.get(name);
  if (slug === undefined) {
    if (orgSlugs.size >= 10_000) orgSlugs.clear();
    slug = slugify(name);
    orgSlugs.set(name, slug);
  }
  return slug;
}

function participantsOf(activity: IatiActivity, main: string, warnings: IatiWarning[]) {
  const seen = new Set<string>();
  const out: MappedActivity['participants'] = [];
  for (const p of activity.participatingOrgs) {
    const named = bestLine(p.narratives, main);
    let name = named ?? p.ref;
    if (!name) {
      warnings.push(
        p.type
          ? {
              code: 'orgNotNamed',
              value: p.type,
              detail: (p.role && ROLES[p.role]) || (p.rawRole ?? ''),
            }
          : { code: 'orgNoName' },
      );
      continue;
    }
    const role = p.role ? ROLES[p.role] : undefined;
    if (!role) {
      warnings.push({ code: 'orgRoleUnknown', value: name, detail: p.rawRole ?? '' });
      continue;
    }
    if (isPlaceholderOrganisationName(name)) {
      warnings.push({ code: 'orgNotNamed', value: name, detail: role });
      // A real ref still says who it is; a label or a code alone does not.
      if (!p.ref || isPlaceholderOrganisationName(p.ref)) continue;
      name = p.ref;
    }
    // A funder named as a country is its government; an implementer so named is left as given.
    const country = named && role === 'donor' ? countryCodeOfName(named) : undefined;
    if (country) {
      name = countryShortName(country, 'en');
      warnings.push({ code: 'orgCountryNamed', value: named!, detail: name });
    }
    const slug = orgSlug(name);
    const key = `${p.ref ?? slug}/${role}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const names: Record<string, string> = {};
    for (const n of p.narratives) if (n.lang && !(n.lang in names)) names[n.lang] = oneLine(n.text);
    out.push({
      role,
      organisation: {
        slug,
        name,
        acronym: null,
        iatiIdentifier: p.ref,
        iatiType: p.type && /^\d+$/.test(p.type) ? p.type : null,
        website: null,
        names: country ? { ru: countryShortName(country, 'ru') } : names,
        ...(country ? { countryCode: country } : {}),
      },
    });
  }
  return out;
}

function contactOf(c: IatiContact, main: string): Contact | null {
  const contact: Contact = {
    role: null,
    organisation: bestLine(c.organisation, main),
    person: bestLine(c.personName, main),
    jobTitle: bestLine(c.jobTitle, main),
    phones: c.telephones.map(oneLine).filter(Boolean),
    email: c.email,
    address: bestLine(c.mailingAddress, main),
    website: c.website,
  };
  const empty = Object.values(contact).every(
    (v) => v === null || (Array.isArray(v) && v.length === 0),
  );
  return empty ? null : contact;
}

/** The address as an absolute http(s) URL, or null: other schemes (javascript:, file:) are never kept. */
function webAddress(url: string): string | null {
  try {
    const parsed = new URL(url.trim());
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}

function linksOf(activity: IatiActivity, main: string, warnings: IatiWarning[]): ProjectLink[] {
  const links: ProjectLink[] = [];
  for (const d of activity.documentLinks) {
    const url = webAddress(d.url);
    if (!url) warnings.push({ code: 'linkNotWeb', value: d.url, detail: 'document-link' });
    else
      links.push({
        kind: 'document',
        url,
        title: bestLine(d.title, main),
        language: d.languages[0] ?? null,
        format: d.format,
      });
  }
  for (const site of activity.websites) {
    const url = webAddress(site);
    if (!url) warnings.push({ code: 'linkNotWeb', value: site, detail: 'activity-website' });
    else links.push({ kind: 'link', url, title: null, language: null, format: null });
  }
  return links;
}

/**
 * Maps one IATI activity to a project and the organisations it names. Never throws: an activity
 * that cannot become a project gives the reason; values left out are listed in `warnings`.
 */
export function iatiToProject(activity: IatiActivity, ctx: MappingContext): MappingResult {
  const iatiIdentifier = activity.iatiIdentifier ? oneLine(activity.iatiIdentifier) : '';
  if (!iatiIdentifier) return { ok: false, code: 'noIdentifier', reason: 'no iati-identifier' };
  const main = mainLanguage(activity);
  const texts = textsIn(activity, main, main);
  const title = texts.title ?? bestLine(activity.title, main);
  if (!title) return { ok: false, code: 'noTitle', reason: 'no title' };

  const warnings: IatiWarning[] = [];
  const countries = places(
    activity.recipientCountries,
    (c) => (isKnownCountry(c.code) ? null : { code: 'countryUnknown', value: c.code }),
    warnings,
  );
  const regions = places(
    activity.recipientRegions,
    (r) =>
      r.vocabulary === '1' && isKnownRegion(r.code)
        ? null
        : { code: 'regionUnknown', value: r.code, detail: r.vocabulary ?? '' },
    warnings,
  );
  const { period, note: periodNote } = periodOf(activity, warnings);
  const budget = budgetLinesFrom(activity.budgets);
  warnings.push(...budget.warnings);
  const { sectors, typeSlugs } = sectorsAndTypes(activity, ctx);
  const participants = participantsOf(activity, main, warnings);

  const project: ProjectInput = {
    slug: slugify(title),
    language: main,
    title,
    summary: texts.summary,
    description: texts.description,
    period,
    periodNote,
    budgetText: null,
    budgetLines: budget.lines,
    countries,
    regions,
    beneficiary: texts.beneficiary,
    beneficiaryCountries: [],
    typeSlugs,
    sectors,
    organisations: participants.map((p) => ({
      role: p.role,
      organisationSlug: p.organisation.slug,
    })),
    contacts: activity.contacts.flatMap((c) => contactOf(c, main) ?? []),
    links: linksOf(activity, main, warnings),
    translations: translationsOf(activity, main, title),
    provenance: {
      source: 'iati',
      iatiIdentifier,
      sourceFile: ctx.sourceFile,
      importedAt: ctx.importedAt,
    },
    state: ctx.state,
  };
  return {
    ok: true,
    value: {
      iatiIdentifier,
      exportedSlug: exportedSlugOf(iatiIdentifier, activity.reportingOrg),
      project,
      participants,
      warnings,
    },
  };
}
