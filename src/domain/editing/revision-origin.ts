/**
 * Where a revision came from: the history page says so ("imported from CD.xml, run 12"), and the
 * seed leaves alone a project whose newest revision is not its own.
 */
export type RevisionOrigin =
  | { kind: 'create' }
  | { kind: 'edit'; merged?: string[] }
  | { kind: 'restore'; from: number }
  | { kind: 'workflow'; action: string }
  | { kind: 'delete' }
  | { kind: 'iati'; file: string; run: number | null }
  | { kind: 'sheet'; file: string; row: number; run: number | null }
  | { kind: 'seed' }
  /** An admin merged two organisations; the project now names `into` instead of `from`. */
  | { kind: 'organisation-merge'; from: string; into: string }
  /** The version an importer or the seed wrote before revisions had origins, kept at first edit. */
  | { kind: 'baseline' };

const KINDS = new Set([
  'create',
  'edit',
  'restore',
  'workflow',
  'delete',
  'iati',
  'sheet',
  'seed',
  'organisation-merge',
  'baseline',
]);

/** The origin stored as JSON, or null when absent or unreadable (rows before origins). */
export function parseRevisionOrigin(json: string | null): RevisionOrigin | null {
  if (!json) return null;
  try {
    const value = JSON.parse(json) as { kind?: unknown };
    return value && typeof value.kind === 'string' && KINDS.has(value.kind)
      ? (value as RevisionOrigin)
      : null;
  } catch {
    return null;
  }
}
