import type { Project } from '../../domain/projects/project.ts';
import { LOCALES } from '../../i18n/locales.ts';
import { localizedTexts } from '../components/project-text.ts';
import { html, type SafeHtml } from '../html.ts';
import { localPath, type ViewContext } from '../view-context.ts';

// XML escapes the same five characters as HTML, so the html tag serves for sitemaps and feeds.
const xml = html;

/** A sitemap index pointing at each page of project URLs and the page of other URLs. */
export function sitemapIndexXml(origin: string, projectPageStarts: number[]): SafeHtml {
  const pages = [
    `${origin}/sitemaps/pages.xml`,
    ...projectPageStarts.map((after) => `${origin}/sitemaps/projects.xml?after=${after}`),
  ];
  return xml`<?xml version="1.0" encoding="UTF-8"?>
<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
${pages.map((loc) => xml`<sitemap><loc>${loc}</loc></sitemap>\n`)}</sitemapindex>
`;
}

function urlEntry(origin: string, path: string, lastmod?: string): SafeHtml {
  const alternates = LOCALES.map(
    (l) =>
      xml`<xhtml:link rel="alternate" hreflang="${l.code}" href="${origin}${localPath({ locale: l }, path)}"/>`,
  );
  return xml`${LOCALES.map(
    (l) =>
      xml`<url><loc>${origin}${localPath({ locale: l }, path)}</loc>${lastmod ? xml`<lastmod>${lastmod.slice(0, 10)}</lastmod>` : ''}${alternates}</url>\n`,
  )}`;
}

/** A sitemap page of URLs, each in every language with its alternates. */
export function sitemapXml(
  origin: string,
  entries: { path: string; lastmod?: string }[],
): SafeHtml {
  return xml`<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">
${entries.map((e) => urlEntry(origin, e.path, e.lastmod))}</urlset>
`;
}

/** An Atom feed of the latest published projects, in the reader's language. */
export function atomFeed(projects: Project[], ctx: ViewContext): SafeHtml {
  const { t } = ctx;
  const self = `${ctx.origin}${localPath(ctx, '/feed.atom')}`;
  // ISO timestamps sort as text; the newest is the feed's own update time.
  const updated =
    projects
      .map((p) => p.updatedAt)
      .sort()
      .at(-1) ?? '1970-01-01T00:00:00.000Z';
  const entries = projects.map((p) => {
    const texts = localizedTexts(p, ctx.locale.code);
    const url = `${ctx.origin}${localPath(ctx, `/projects/${p.slug}`)}`;
    return xml`<entry>
  <id>${url}</id>
  <title>${texts.title}</title>
  <link rel="alternate" type="text/html" href="${url}"/>
  <updated>${p.updatedAt}</updated>
  ${p.publishedAt ? xml`<published>${p.publishedAt}</published>` : ''}
  ${texts.summary ? xml`<summary>${texts.summary}</summary>` : ''}
</entry>
`;
  });
  return xml`<?xml version="1.0" encoding="UTF-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${ctx.locale.code}">
<id>${self}</id>
<title>${t.siteName}: ${t.siteTagline}</title>
<link rel="self" href="${self}"/>
<link rel="alternate" type="text/html" href="${ctx.origin}${localPath(ctx, '/projects')}"/>
<updated>${updated}</updated>
<author><name>${t.siteName}</name></author>
${entries}</feed>
`;
}
