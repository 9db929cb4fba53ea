import type { FieldIssue } from '../errors.ts';

export const ROLES = ['contributor', 'editor', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/** A person who may log in to the editor. */
export interface User {
  id: number;
  email: string;
  name: string;
  role: Role;
  disabled: boolean;
  createdAt: string;
  lastLoginAt: string | null;
}

/** What a caller supplies to create a user; the password is plain text and never stored. */
export interface NewUser {
  email: string;
  name: string;
  role: Role;
  password: string;
}

export const PASSWORD_MIN_LENGTH = 10;
const PASSWORD_MAX_LENGTH = 200;
const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** True for a role name. */
export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

/** Email addresses are compared without case and surrounding spaces. */
export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** The problems with a new user's fields, each naming its field; empty when valid. */
export function newUserIssues(input: NewUser): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const email = normaliseEmail(input.email);
  if (!EMAIL_PATTERN.test(email) || email.length > 254)
    issues.push({ field: 'email', message: 'email is not a valid address' });
  if (!input.name.trim() || input.name.length > 200)
    issues.push({ field: 'name', message: 'name is required (at most 200 characters)' });
  if (!isRole(input.role)) issues.push({ field: 'role', message: 'role is not known' });
  issues.push(...passwordIssues(input.password));
  return issues;
}

/** The problems with a password; empty when it is acceptable. */
export function passwordIssues(password: string): FieldIssue[] {
  if (password.length < PASSWORD_MIN_LENGTH)
    return [
      { field: 'password', message: `password must be at least ${PASSWORD_MIN_LENGTH} characters` },
    ];
  if (password.length > PASSWORD_MAX_LENGTH)
    return [{ field: 'password', message: 'password is too long' }];
  return [];
}

/** True when the role is at least `minimum` (contributor < editor < admin). */
export function hasRole(role: Role, minimum: Role): boolean {
  return ROLES.indexOf(role) >= ROLES.indexOf(minimum);
}
