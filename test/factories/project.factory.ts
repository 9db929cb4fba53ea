import { emptyProjectInput } from '../../src/domain/projects/empty-project.ts';
import type { ProjectInput } from '../../src/domain/projects/project.ts';

/** A minimal valid, published project input; override any field. */
export function projectInput(overrides: Partial<ProjectInput> = {}): ProjectInput {
  return emptyProjectInput({
    slug: 'test-project',
    title: 'Test project',
    period: { start: { year: 2020, month: 1 }, end: { year: 2022 } },
    state: 'published',
    ...overrides,
  });
}
