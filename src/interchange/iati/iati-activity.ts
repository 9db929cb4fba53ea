/**
 * One IATI activity as read from the XML, before any mapping to our model. Values keep the
 * file's text (amounts and percentages as decimal strings) so nothing is lost to floats;
 * IATI 1.x word codes are already translated to the 2.x numeric codes.
 */

/** One piece of text in one language; `lang` is null when neither the element nor a default names one. */
export interface IatiNarrative {
  lang: string | null;
  text: string;
}

export interface IatiOrg {
  ref: string | null;
  type: string | null;
  narratives: IatiNarrative[];
}

export interface IatiParticipatingOrg extends IatiOrg {
  /** 2.x OrganisationRole code "1"–"4"; null when the file's role is not one we know. */
  role: string | null;
  /** The role as written in the file ("Funding", "1", "donor"…). */
  rawRole: string | null;
  activityId: string | null;
}

export interface IatiDescription {
  /** DescriptionType code: 1 general, 2 objectives, 3 target groups, 4 other. */
  type: string;
  narratives: IatiNarrative[];
}

/** ActivityDateType: 1 planned start, 2 actual start, 3 planned end, 4 actual end. */
export interface IatiDate {
  type: '1' | '2' | '3' | '4';
  /** "2015-01-31" as written (1.x files may give only the element text). */
  isoDate: string;
}

export interface IatiPlace {
  code: string;
  /** RegionVocabulary for regions ("1" = OECD DAC when absent); null for countries. */
  vocabulary: string | null;
  percentage: string | null;
}

export interface IatiSector {
  /** SectorVocabulary: "1" DAC 5-digit (the default), "2" DAC 3-digit, … */
  vocabulary: string;
  code: string;
  percentage: string | null;
}

export interface IatiBudget {
  /** BudgetType: 1 original, 2 revised. */
  type: string | null;
  /** BudgetStatus: 1 indicative, 2 committed. */
  status: string | null;
  periodStart: string | null;
  periodEnd: string | null;
  /** The decimal text of the value, e.g. "1500000.00". */
  value: string | null;
  /** The value's own currency, else the activity's, else the file's default; null if none. */
  currency: string | null;
  valueDate: string | null;
}

export interface IatiContact {
  type: string | null;
  organisation: IatiNarrative[];
  department: IatiNarrative[];
  personName: IatiNarrative[];
  jobTitle: IatiNarrative[];
  telephones: string[];
  email: string | null;
  website: string | null;
  mailingAddress: IatiNarrative[];
}

export interface IatiDocumentLink {
  url: string;
  format: string | null;
  title: IatiNarrative[];
  description: IatiNarrative[];
  categories: string[];
  languages: string[];
  date: string | null;
}

export interface IatiActivity {
  /** 0-based position of the activity in its file. */
  index: number;
  /** Line of the `<iati-activity>` start tag, for reports. */
  line: number;
  /** The `version` of the file's `<iati-activities>`, e.g. "2.03" or "1.01". */
  version: string | null;
  iatiIdentifier: string | null;
  /** The activity's xml:lang, else the file's; lower-case primary subtag. */
  defaultLanguage: string | null;
  defaultCurrency: string | null;
  hierarchy: string | null;
  lastUpdated: string | null;
  /** `secondaryReporter`: the publisher reports others' activities (as our export does). */
  reportingOrg: (IatiOrg & { secondaryReporter: boolean }) | null;
  title: IatiNarrative[];
  descriptions: IatiDescription[];
  participatingOrgs: IatiParticipatingOrg[];
  /** ActivityStatus code. */
  status: string | null;
  dates: IatiDate[];
  recipientCountries: IatiPlace[];
  recipientRegions: IatiPlace[];
  sectors: IatiSector[];
  budgets: IatiBudget[];
  contacts: IatiContact[];
  documentLinks: IatiDocumentLink[];
  /** 1.x `<activity-website>` addresses. */
  websites: string[];
}
