import type { Project } from '../../domain/projects/project.ts';
import { formatNumber, plural } from '../../i18n/format.ts';
import { pagination } from '../components/pagination.ts';
import { projectRow } from '../components/project-row.ts';
import { html, type SafeHtml } from '../html.ts';
import { layout } from '../layout.ts';
import { localPath, type ViewContext } from '../view-context.ts';

export interface ProjectsListViewModel {
  projects: Project[];
  total: number;
  page: number;
  pageSize: number;
  /** The link to another page of this same list. */
  hrefFor: (page: number) => string;
}

/** The list of projects, newest first, with a count and numbered pagination. */
export function projectsListView(model: ProjectsListViewModel, ctx: ViewContext): SafeHtml {
  const { t } = ctx;
  const pageCount = Math.max(1, Math.ceil(model.total / model.pageSize));
  const from = (model.page - 1) * model.pageSize + 1;
  const to = Math.min(model.total, model.page * model.pageSize);
  const n = (x: number) => formatNumber(x, ctx.locale.intl);
  const main = html`
<h1>${t.list.title}</h1>
<p class="result-count" role="status"><strong>${plural(t.projectsCount, model.total, ctx.locale.intl)}</strong>${
    model.total > 0 && model.projects.length > 0
      ? html` · ${t.list.showing(n(from), n(to), n(model.total))}`
      : ''
  }</p>
${
  model.projects.length > 0
    ? html`<ol class="results">${model.projects.map((p) => projectRow(p, ctx))}</ol>`
    : html`<p class="empty">${t.list.empty}</p>`
}
${pagination({ page: model.page, pageCount, hrefFor: model.hrefFor }, ctx)}`;
  return layout(ctx, {
    title: t.list.title,
    breadcrumbs: [
      { label: t.nav.home, href: localPath(ctx, '/') },
      { label: t.nav.resources },
      { label: t.nav.projects },
    ],
    main,
  });
}
