import type { OrganisationInput } from '../../domain/organisations/organisation.ts';
import type { ProjectInput } from '../../domain/projects/project.ts';
import { KAZAKHSTAN_PROJECTS } from './demo-kazakhstan.seed.ts';
import { KYRGYZSTAN_PROJECTS } from './demo-kyrgyzstan.seed.ts';
import { DEMO_ORGANISATION_LIST } from './demo-organisations.seed.ts';
import { REGIONAL_PROJECTS } from './demo-regional.seed.ts';
import { TAJIKISTAN_PROJECTS } from './demo-tajikistan.seed.ts';
import { TURKMENISTAN_PROJECTS } from './demo-turkmenistan.seed.ts';
import { UZBEKISTAN_PROJECTS } from './demo-uzbekistan.seed.ts';

// Demo data: fictional projects (real donor and implementer names) so that every page, filter
// and facet has something to show. Only the seed record (seed-record.seed.ts) is real.

/** Organisations named by the demo projects (the seed record's own are in seed-record.seed.ts). */
export const DEMO_ORGANISATIONS: OrganisationInput[] = DEMO_ORGANISATION_LIST;

/** The fictional demo projects, by country and then the regional ones; slugs are stable. */
export const DEMO_PROJECTS: ProjectInput[] = [
  ...KAZAKHSTAN_PROJECTS,
  ...KYRGYZSTAN_PROJECTS,
  ...TAJIKISTAN_PROJECTS,
  ...TURKMENISTAN_PROJECTS,
  ...UZBEKISTAN_PROJECTS,
  ...REGIONAL_PROJECTS,
];
