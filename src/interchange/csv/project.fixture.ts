import type { Project } from '../../domain/projects/project.ts';

/** A whole project as `loadProjects` returns it, for writer tests; override any field. */
export function sampleProject(overrides: Partial<Project> = {}): Project {
  return {
    id: 1,
    slug: 'judicial-reform-support',
    language: 'en',
    title: 'Judicial reform support',
    summary: 'Courts, "fair" trials, and training.',
    description: 'First paragraph, with a comma.\n\n- one\n- two',
    period: { start: { year: 2015, month: 1 }, end: { year: 2019, month: 12 } },
    periodNote: null,
    budgetText: 'Total - USD 70.6 million; Sub-Programme 2 - USD 18.3 million.',
    budgetLines: [
      { label: 'Total', amountCents: 7_060_000_000, currency: 'USD', isTotal: true },
      { label: 'Sub-Programme 2', amountCents: 1_830_000_000, currency: 'USD', isTotal: false },
    ],
    countries: [
      { code: 'KZ', percentage: 60 },
      { code: 'KG', percentage: 40 },
    ],
    regions: [{ code: '619', percentage: null }],
    beneficiary: 'Governments of five Central Asian countries',
    beneficiaryCountries: ['KZ', 'UZ'],
    types: [
      {
        id: 1,
        slug: 'anti-corruption',
        name: 'Anti-corruption',
        names: { ru: 'Противодействие коррупции' },
      },
      { id: 2, slug: 'judicial-reform', name: 'Judicial reform', names: {} },
    ],
    sectors: [{ vocabulary: '1', code: '15130', percentage: 100 }],
    organisations: [
      {
        role: 'donor',
        organisation: {
          id: 10,
          slug: 'unodc',
          name: 'United Nations Office on Drugs and Crime',
          acronym: 'UNODC',
        },
      },
      {
        role: 'donor',
        organisation: { id: 11, slug: 'eu', name: 'European Union', acronym: 'EU' },
      },
      {
        role: 'implementing',
        organisation: { id: 12, slug: 'undp', name: 'UNDP & partners <KG>', acronym: null },
      },
    ],
    contacts: [
      {
        role: 'implementing',
        organisation: 'UNODC Regional Office for Central Asia',
        person: 'Ashita Mittal',
        jobTitle: 'Regional Representative',
        phones: ['+(998-71) 120-80-50 Ext 101'],
        email: 'unodc@example.org',
        address: '30a, Abdulla Kahhor Street Tashkent, 700100 Uzbekistan',
        website: null,
      },
    ],
    links: [
      {
        kind: 'link',
        url: 'https://www.unodc.org/centralasia/',
        title: 'Programme page',
        language: 'en',
        format: null,
      },
      {
        kind: 'document',
        url: 'https://example.org/report.pdf',
        title: null,
        language: null,
        format: 'application/pdf',
      },
    ],
    translations: [
      {
        language: 'ru',
        title: 'Поддержка судебной реформы',
        summary: null,
        description: 'Описание & <детали>',
        budgetText: null,
        beneficiary: 'Правительства',
        periodNote: null,
      },
    ],
    provenance: { source: 'manual', iatiIdentifier: null, sourceFile: null, importedAt: null },
    state: 'published',
    version: 3,
    createdAt: '2026-01-02T03:04:05.000Z',
    updatedAt: '2026-02-03T04:05:06.000Z',
    publishedAt: '2026-01-02T03:04:05.000Z',
    ...overrides,
  };
}

/** The projects as an async iterable, as the writers take them. */
export async function* projectStream(projects: readonly Project[]): AsyncGenerator<Project> {
  for (const project of projects) yield project;
}
