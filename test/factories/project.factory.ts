import type { ProjectInput } from '../../src/domain/projects/project.ts';

/** A minimal valid project input; override any field. */
export function projectInput(overrides: Partial<ProjectInput> = {}): ProjectInput {
  return {
    slug: 'test-project',
    language: 'en',
    title: 'Test project',
    summary: null,
    description: null,
    period: { start: { year: 2020, month: 1 }, end: { year: 2022 } },
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
    state: 'published',
    ...overrides,
  };
}
