import { DEFAULT_LOCALE, LOCALES, type Locale } from './locales.ts';

/** The supported locale the Accept-Language header prefers most, or the default. */
export function negotiateLocale(header: string | undefined): Locale {
  if (!header) return DEFAULT_LOCALE;
  const ranges = header
    .split(',')
    .slice(0, 20)
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find(Boolean);
      return { tag: tag.trim().toLowerCase(), q: q === undefined ? 1 : Number(q), index };
    })
    .filter((r) => r.tag && Number.isFinite(r.q) && r.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  for (const range of ranges) {
    const primary = range.tag.split('-')[0];
    const found = LOCALES.find((l) => l.code === primary);
    if (found) return found;
  }
  return DEFAULT_LOCALE;
}

export const LANGUAGE_COOKIE = 'lang';

/** The language remembered from an earlier visit, read from the Cookie header. */
export function rememberedLocale(cookieHeader: string | undefined): Locale | undefined {
  const code =
    cookieHeader &&
    new RegExp(`(?:^|;\\s*)${LANGUAGE_COOKIE}=([a-z]{2,3})(?:;|$)`).exec(cookieHeader)?.[1];
  return code ? LOCALES.find((l) => l.code === code) : undefined;
}
