import type { Locale } from '../i18n/locales.ts';
import type { Messages } from '../i18n/messages/en.ts';

/** What every view knows about the request: language, where it is, and today's date. */
export interface ViewContext {
  locale: Locale;
  t: Messages;
  /** The current page's path and query, without the language prefix ("/projects?page=2"). */
  path: string;
  /** Absolute origin for canonical and alternate links. */
  origin: string;
  /** Today as an ISO date, for statuses. */
  today: string;
}

/** The path in the context's language: "/projects" → "/ru/projects". */
export function localPath(ctx: Pick<ViewContext, 'locale'>, path: string): string {
  const prefixed = `${ctx.locale.prefix}${path}`;
  return prefixed === '' ? '/' : prefixed.replace(/^(\/[a-z]{2})\/(\?|$)/, '$1$2');
}
