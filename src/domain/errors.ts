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
