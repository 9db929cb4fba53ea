/** Base of every error a service may throw; `code` is stable and mapped to HTTP once. */
export abstract class DomainError extends Error {
  abstract readonly code: string;
}

/** A thing that was asked for by key and does not exist. */
export class NotFoundError extends DomainError {
  readonly code = 'not_found';
  constructor(
    readonly entity: string,
    readonly key: string,
  ) {
    super(`${entity} "${key}" not found`);
  }
}

/** One problem with one field of an input. */
export interface FieldIssue {
  field: string;
  message: string;
}

/** Input that breaks a rule; lists every field at fault. */
export class ValidationError extends DomainError {
  readonly code = 'validation_failed';
  constructor(readonly issues: FieldIssue[]) {
    super(issues.map((i) => `${i.field}: ${i.message}`).join('; '));
  }
}

/** A write based on a stale version of a record. */
export class ConflictError extends DomainError {
  readonly code = 'conflict';
  constructor(
    readonly entity: string,
    readonly key: string,
    readonly currentVersion: number,
  ) {
    super(`${entity} "${key}" was changed by someone else (now version ${currentVersion})`);
  }
}

/** One field both editors changed: what was saved meanwhile and what this editor sent. */
export interface FieldConflict {
  field: string;
  theirs: string[];
  yours: string[];
}

/**
 * A stale write whose three-way merge found fields both sides changed. `values` is the merged
 * form (the other side's values where only they changed, this editor's elsewhere), `taken` the
 * fields taken from the other side; nothing was saved.
 */
export class MergeConflictError extends ConflictError {
  constructor(
    entity: string,
    key: string,
    currentVersion: number,
    readonly baseVersion: number,
    readonly conflicts: FieldConflict[],
    readonly taken: string[],
    readonly values: Record<string, string | string[] | undefined>,
  ) {
    super(entity, key, currentVersion);
    this.message = `${entity} "${key}" was changed by someone else (now version ${currentVersion}); both changed: ${conflicts.map((c) => c.field).join(', ')}`;
  }
}

/** The caller is not logged in (or the session has ended). */
export class UnauthorizedError extends DomainError {
  readonly code = 'unauthorized';
  constructor(message = 'log in first') {
    super(message);
  }
}

/** The caller is logged in but their role does not allow this action. */
export class ForbiddenError extends DomainError {
  readonly code = 'forbidden';
  constructor(readonly action: string) {
    super(`not allowed: ${action}`);
  }
}

/** Too many attempts (log-in); try again after `retryAfterSeconds`. */
export class RateLimitedError extends DomainError {
  readonly code = 'rate_limited';
  constructor(readonly retryAfterSeconds: number) {
    super(`too many attempts; try again in ${retryAfterSeconds} seconds`);
  }
}

/** A state change the publication workflow does not allow from the record's current state. */
export class InvalidTransitionError extends DomainError {
  readonly code = 'invalid_transition';
  constructor(
    readonly from: string,
    readonly action: string,
  ) {
    super(`cannot ${action} a project that is ${from}`);
  }
}

/** The record existed but has been deleted. */
export class GoneError extends DomainError {
  readonly code = 'gone';
  constructor(
    readonly entity: string,
    readonly key: string,
  ) {
    super(`${entity} "${key}" has been deleted`);
  }
}
