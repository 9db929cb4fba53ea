import type { PublicationState } from '../projects/project.ts';
import { hasRole, type Role } from '../users/user.ts';

/** Who is acting: enough of a user for the rules below. */
export interface Actor {
  id: number;
  role: Role;
}

/** Enough of a project for the rules below. */
export interface ProjectAccess {
  state: PublicationState;
  createdBy: number | null;
}

export const TRANSITIONS = ['submit', 'publish', 'send-back', 'archive', 'reopen'] as const;
export type Transition = (typeof TRANSITIONS)[number];

/** The publication workflow: the states each action starts from and where it leads. */
const WORKFLOW: Record<Transition, { from: readonly PublicationState[]; to: PublicationState }> = {
  submit: { from: ['draft'], to: 'submitted' },
  publish: { from: ['draft', 'submitted', 'archived'], to: 'published' },
  'send-back': { from: ['submitted'], to: 'draft' },
  archive: { from: ['published'], to: 'archived' },
  reopen: { from: ['archived', 'published'], to: 'draft' },
};

/** True for an action name of the workflow. */
export function isTransition(value: unknown): value is Transition {
  return typeof value === 'string' && (TRANSITIONS as readonly string[]).includes(value);
}

/** The state the action leads to, or null when it does not start from `from`. */
export function transitionTarget(from: PublicationState, action: Transition) {
  const step = WORKFLOW[action];
  return step.from.includes(from) ? step.to : null;
}

const isOwnDraft = (actor: Actor, project: ProjectAccess) =>
  project.createdBy === actor.id && project.state === 'draft';

/** Editors and admins edit any project; contributors only their own drafts. */
export function canEdit(actor: Actor, project: ProjectAccess): boolean {
  return hasRole(actor.role, 'editor') || isOwnDraft(actor, project);
}

/** Contributors see their own projects in the editor; editors and admins see all. */
export function canView(actor: Actor, project: ProjectAccess): boolean {
  return hasRole(actor.role, 'editor') || project.createdBy === actor.id;
}

/** Everyone with an account may start a project (contributors' start as drafts). */
export function canCreate(_actor: Actor): boolean {
  return true;
}

/** Contributors submit their own drafts; editors and admins take every step. */
export function canTransition(actor: Actor, project: ProjectAccess, action: Transition): boolean {
  if (hasRole(actor.role, 'editor')) return true;
  return action === 'submit' && isOwnDraft(actor, project);
}

/** Deleting is for editors and admins. */
export function canDelete(actor: Actor): boolean {
  return hasRole(actor.role, 'editor');
}

/** Users, vocabularies, organisation merges and the audit log are for admins. */
export function canAdminister(actor: Actor): boolean {
  return actor.role === 'admin';
}
