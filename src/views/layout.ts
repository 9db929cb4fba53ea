import { LOCALES } from '../i18n/locales.ts';
import { html, type SafeHtml } from './html.ts';
import { localPath, type ViewContext } from './view-context.ts';

export interface Crumb {
  label: string;
  href?: string;
}

export interface PageOptions {
  title: string;
  description?: string;
  breadcrumbs?: Crumb[];
  main: SafeHtml;
  /** Pages that should not be indexed (404s, errors). */
  noindex?: boolean;
}

function languageSwitcher(ctx: ViewContext): SafeHtml {
  const items = LOCALES.map((l) =>
    l.code === ctx.locale.code
      ? html`<li><span aria-current="true" lang="${l.code}">${l.name}</span></li>`
      : html`<li><a href="${localPath({ locale: l }, ctx.path)}" hreflang="${l.code}" lang="${l.code}">${l.name}</a></li>`,
  );
  return html`<nav class="lang" aria-label="${ctx.t.nav.language}"><ul>${items}</ul></nav>`;
}

function breadcrumbs(crumbs: Crumb[] | undefined): SafeHtml | '' {
  if (!crumbs || crumbs.length === 0) return '';
  const items = crumbs.map((c) =>
    c.href
      ? html`<li><a href="${c.href}">${c.label}</a></li>`
      : html`<li aria-current="page">${c.label}</li>`,
  );
  return html`<nav class="breadcrumbs" aria-label="Breadcrumb"><ol>${items}</ol></nav>`;
}

/** The whole HTML document around a page's main content. */
export function layout(ctx: ViewContext, page: PageOptions): SafeHtml {
  const { t } = ctx;
  const alternates = LOCALES.map(
    (l) =>
      html`<link rel="alternate" hreflang="${l.code}" href="${ctx.origin}${localPath({ locale: l }, ctx.path)}">`,
  );
  return html`<!doctype html>
<html lang="${ctx.locale.code}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${page.title} · ${t.siteName}</title>
${page.description ? html`<meta name="description" content="${page.description}">` : ''}
${page.noindex ? html`<meta name="robots" content="noindex">` : ''}
${alternates}
<link rel="alternate" hreflang="x-default" href="${ctx.origin}${ctx.path}">
<link rel="stylesheet" href="/assets/styles.css">
</head>
<body>
<a class="skip-link" href="#main">${t.skipToContent}</a>
<header class="site-header">
  <div class="container site-header__inner">
    <a class="site-name" href="${localPath(ctx, '/')}">${t.siteName}<span class="site-tagline">${t.siteTagline}</span></a>
    ${languageSwitcher(ctx)}
  </div>
</header>
<div class="container">
${breadcrumbs(page.breadcrumbs)}
<main id="main" tabindex="-1">
${page.main}
</main>
</div>
<footer class="site-footer"><div class="container">${t.footer.about}</div></footer>
</body>
</html>
`;
}
