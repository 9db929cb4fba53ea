/** Forms of one countable phrase, chosen with Intl.PluralRules; `{n}` is the number. */
export type Plural = { [K in Intl.LDMLPluralRule]?: string } & { other: string };

/** The English interface catalogue; its shape is the type every other language must fill. */
export const en = {
  siteName: 'Projectory',
  siteTagline: 'Related projects database',
  skipToContent: 'Skip to main content',
  nav: {
    home: 'Home',
    resources: 'Resources',
    projects: 'Related projects database',
    language: 'Language',
  },
  home: {
    title: 'Who funds what, where, when and for how much',
    intro:
      'A public, searchable catalogue of donor-funded projects on the rule of law in Central Asia: donors, implementers, countries, periods and budgets in one place.',
    searchLabel: 'Search projects',
    searchPlaceholder: 'e.g. anti-corruption, legal aid, UNODC',
    searchButton: 'Search',
    byCountry: 'Projects by country',
    byType: 'Projects by type',
    latest: 'Latest projects',
    allProjects: 'Browse all projects',
  },
  list: {
    title: 'Related projects database',
    empty: 'No projects match.',
    showing: (from: string, to: string, total: string) => `Showing ${from}–${to} of ${total}`,
  },
  pagination: {
    label: 'Pagination',
    previous: 'Previous',
    next: 'Next',
    page: (n: string) => `Page ${n}`,
  },
  project: {
    backToList: 'Back to list',
    country: 'Country',
    type: 'Type of project',
    period: 'Period',
    donor: 'Donor',
    budget: 'Budget',
    beneficiary: 'Beneficiary',
    implementer: 'Implementing organisation',
    extending: 'Extending organisation',
    accountable: 'Accountable organisation',
    description: 'Description',
    contact: 'Contact',
    phone: 'Tel.',
    email: 'Email',
    address: 'Address',
    website: 'Website',
    links: 'Links and documents',
    status: 'Status',
    lastUpdated: 'Last updated',
    source: 'Source',
    notTranslated:
      'This project has not been translated into English yet; it is shown in its original language.',
    budgetLines: 'Budget lines',
    total: 'Total',
    component: 'Component',
    beneficiaryCountries: 'Beneficiary countries',
    sources: { manual: 'Entered by hand', iati: 'IATI', spreadsheet: 'Spreadsheet import' },
  },
  status: { planned: 'Planned', ongoing: 'Ongoing', completed: 'Completed' },
  period: {
    unknown: 'Not known',
    since: (start: string) => `Since ${start}`,
    until: (end: string) => `Until ${end}`,
  },
  projectsCount: { one: '{n} project', other: '{n} projects' } as Plural,
  notFound: {
    title: 'Page not found',
    body: 'There is no page at this address. It may have moved, or the link may be mistyped.',
    projectBody: 'There is no project at this address. It may have been renamed or withdrawn.',
    deletedTitle: 'Project removed',
    deletedBody: 'This project has been removed from the database.',
    goToList: 'Go to the list of projects',
  },
  error: {
    title: 'Something went wrong',
    body: 'The page could not be shown. Please try again in a moment.',
  },
  footer: {
    about: 'Projectory: a related-projects database.',
  },
};

type Widen<T> = T extends Plural
  ? Plural
  : T extends (...args: infer A) => string
    ? (...args: A) => string
    : T extends string
      ? string
      : { [K in keyof T]: Widen<T[K]> };

/** Every language's catalogue has exactly these keys; a missing one fails the type-check. */
export type Messages = Widen<typeof en>;
