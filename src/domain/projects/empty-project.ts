import type { ProjectInput } from './project.ts';

/** A project with nothing in it yet, a hand-entered draft; override what is known. */
export function emptyProjectInput(overrides: Partial<ProjectInput> = {}): ProjectInput {
  return {
    slug: '',
    language: 'en',
    title: '',
    summary: null,
    description: null,
    period: { start: null, end: null },
    periodNote: null,
    budgetText: null,
    budgetLines: [],
    countries: [],
    regions: [],
    beneficiary: null,
    beneficiaryCountries: [],
    typeSlugs: [],
    sectors: [],
    organisations: [],
    contacts: [],
    links: [],
    translations: [],
    provenance: { source: 'manual', iatiIdentifier: null, sourceFile: null, importedAt: null },
    state: 'draft',
    ...overrides,
  };
}
