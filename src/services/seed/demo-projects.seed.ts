import type { OrganisationInput } from '../../domain/organisations/organisation.ts';
import type { ProjectInput } from '../../domain/projects/project.ts';

// Placeholder until the demo data lands: demo organisations and projects (fictional records).
export const DEMO_ORGANISATIONS: OrganisationInput[] = [];
export const DEMO_PROJECTS: ProjectInput[] = [];
