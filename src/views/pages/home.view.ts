import type { Project } from '../../domain/projects/project.ts';
import { countryName } from '../../domain/vocabularies/codelists.ts';
import { formatNumber } from '../../i18n/format.ts';
import { projectRow } from '../components/project-row.ts';
import { html, type SafeHtml } from '../html.ts';
import { layout } from '../layout.ts';
import { localPath, type ViewContext } from '../view-context.ts';

export interface HomeViewModel {
  total: number;
  byCountry: { code: string; count: number }[];
  byType: { slug: string; name: string; names: Record<string, string>; count: number }[];
  latest: Project[];
}

function countList(items: { label: string; count: number; href: string }[], ctx: ViewContext) {
  return html`<ul class="count-list">${items.map(
    (i) =>
      html`<li><a href="${i.href}"><span>${i.label}</span><span class="count-list__n">${formatNumber(i.count, ctx.locale.intl)}</span></a></li>`,
  )}</ul>`;
}

/** The front page: what the site is, a search box, counts by country and type, latest projects. */
export function homeView(model: HomeViewModel, ctx: ViewContext): SafeHtml {
  const { t } = ctx;
  const list = localPath(ctx, '/projects');
  const main = html`
<section class="hero">
  <h1>${t.home.title}</h1>
  <p class="lead">${t.home.intro}</p>
  <form class="search-form" action="${list}" method="get" role="search">
    <label for="home-q">${t.home.searchLabel}</label>
    <div class="search-form__row">
      <input id="home-q" name="q" type="search" placeholder="${t.home.searchPlaceholder}" autocomplete="off">
      <button type="submit">${t.home.searchButton}</button>
    </div>
  </form>
  <p><a class="button-link" href="${list}">${t.home.allProjects} (${formatNumber(model.total, ctx.locale.intl)}) →</a></p>
</section>
<div class="home-columns">
  <section>
    <h2>${t.home.byCountry}</h2>
    ${countList(
      model.byCountry.map((c) => ({
        label: countryName(c.code, ctx.locale.code),
        count: c.count,
        href: `${list}?country=${encodeURIComponent(c.code)}`,
      })),
      ctx,
    )}
  </section>
  <section>
    <h2>${t.home.byType}</h2>
    ${countList(
      model.byType.map((ty) => ({
        label: ty.names[ctx.locale.code] ?? ty.name,
        count: ty.count,
        href: `${list}?type=${encodeURIComponent(ty.slug)}`,
      })),
      ctx,
    )}
  </section>
</div>
<section>
  <h2>${t.home.latest}</h2>
  <ol class="results">${model.latest.map((p) => projectRow(p, ctx))}</ol>
</section>`;
  return layout(ctx, { title: t.siteTagline, description: t.home.intro, main });
}
