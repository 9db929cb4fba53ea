import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FormValues } from '../../domain/editing/project-form.ts';
import type { Locale } from '../../i18n/locales.ts';
import type { AdminServices } from '../../services/editing/admin-services.ts';
import type { AdminContext } from '../../views/admin/admin-context.ts';
import { adminPath } from '../../views/admin/admin-layout.ts';
import type { SafeHtml } from '../../views/html.ts';
import { viewContextFor } from '../view-context.ts';

/** What every editor route plugin is registered with. */
export interface AdminRouteOptions {
  locale: Locale;
  services: AdminServices;
  publicUrl: string;
  today: () => string;
}

const NOTICES = [
  'saved',
  'savedMerged',
  'created',
  'done',
  'deleted',
  'restored',
  'loggedOut',
  'merged',
] as const;

type FieldName = keyof AdminContext['t']['admin']['fields'];

/** The editor's view context for a request: language, user, CSRF token, and any notice. */
export function adminContext(request: FastifyRequest, o: AdminRouteOptions): AdminContext {
  const base = viewContextFor(request, o.locale, o.publicUrl, o.today());
  const t = o.locale.messages.admin;
  const query = request.query as Record<string, string | undefined> | undefined;
  const noticeKey = query?.notice;
  // The fields a merged save took from the other editor, named in the reader's language.
  const mergedFields = (typeof query?.fields === 'string' ? query.fields.split(',') : [])
    .filter((f): f is FieldName => Object.hasOwn(t.fields, f))
    .map((f) => t.fields[f])
    .join(', ');
  const texts: Record<(typeof NOTICES)[number], string> = {
    saved: t.form.saved,
    savedMerged: mergedFields ? t.form.savedMerged(mergedFields) : t.form.saved,
    created: t.form.created,
    done: t.workflow.done,
    deleted: t.workflow.deleted,
    restored: t.form.saved,
    loggedOut: t.login.loggedOut,
    merged: t.workflow.done,
  };
  return {
    ...base,
    user: request.auth?.user ?? null,
    csrf: request.csrfToken,
    notice: NOTICES.includes(noticeKey as never)
      ? texts[noticeKey as (typeof NOTICES)[number]]
      : null,
  };
}

/** True when the client asked for JSON rather than a page. */
export function wantsJson(request: FastifyRequest): boolean {
  const accept = request.headers.accept ?? '';
  const type = request.headers['content-type'] ?? '';
  return (
    (accept.includes('application/json') && !accept.includes('text/html')) ||
    type.startsWith('application/json')
  );
}

/** The submitted form (or JSON object) as form values. */
export function formOf(request: FastifyRequest): FormValues {
  const body = request.body;
  if (!body || typeof body !== 'object') return {};
  const out: FormValues = {};
  for (const [k, v] of Object.entries(body as Record<string, unknown>)) {
    if (typeof v === 'string') out[k] = v;
    else if (typeof v === 'number' || typeof v === 'boolean') out[k] = String(v);
    else if (Array.isArray(v)) out[k] = v.filter((x) => typeof x === 'string') as string[];
  }
  return out;
}

/** A text field of the form. */
export function field(request: FastifyRequest, name: string): string {
  const v = formOf(request)[name];
  return Array.isArray(v) ? (v[0] ?? '') : (v ?? '');
}

/** An integer field or query parameter; NaN when absent or malformed. */
export function intOf(value: unknown): number {
  return typeof value === 'string' && /^\d{1,9}$/.test(value) ? Number(value) : Number.NaN;
}

/** Sends an editor page. */
export function sendAdminPage(reply: FastifyReply, page: SafeHtml, status = 200) {
  return reply
    .code(status)
    .header('cache-control', 'no-store')
    .type('text/html; charset=utf-8')
    .send(page.toString());
}

/** Redirects after a successful POST (303, so the browser GETs the target). */
export function redirectTo(
  reply: FastifyReply,
  ctx: AdminContext,
  path: string,
  notice?: (typeof NOTICES)[number],
) {
  const target = adminPath(ctx, path);
  const sep = target.includes('?') ? '&' : '?';
  return reply.redirect(notice ? `${target}${sep}notice=${notice}` : target, 303);
}
