import type { FastifyReply, FastifyRequest } from 'fastify';
import { DEFAULT_LOCALE, LOCALES, type Locale } from '../i18n/locales.ts';
import { LANGUAGE_COOKIE } from '../i18n/negotiate.ts';
import type { SafeHtml } from '../views/html.ts';
import type { ViewContext } from '../views/view-context.ts';

/** The locale a URL is in: its first path segment when that is a language prefix. */
export function localeOfUrl(url: string): Locale {
  const first = /^\/([a-z]{2,3})(?:\/|\?|$)/.exec(url)?.[1];
  return LOCALES.find((l) => l.prefix === `/${first}`) ?? DEFAULT_LOCALE;
}

/** Builds what views need to know about this request. */
export function viewContextFor(
  request: FastifyRequest,
  locale: Locale,
  origin: string,
  today: string,
): ViewContext {
  const url = request.url;
  const path =
    locale.prefix && url.startsWith(locale.prefix) ? url.slice(locale.prefix.length) || '/' : url;
  return {
    locale,
    t: locale.messages,
    path: path.startsWith('/') ? path : `/${path}`,
    origin,
    today,
  };
}

/** Sends a rendered page, remembering its language for the next visit to the front page. */
export function sendPage(reply: FastifyReply, page: SafeHtml, status = 200, locale?: Locale) {
  const lang = locale ?? localeOfUrl(reply.request.url);
  reply.header(
    'set-cookie',
    `${LANGUAGE_COOKIE}=${lang.code}; Path=/; Max-Age=31536000; SameSite=Lax`,
  );
  return reply.code(status).type('text/html; charset=utf-8').send(page.toString());
}
