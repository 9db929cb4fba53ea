import { html, type SafeHtml } from '../html.ts';
import { layout } from '../layout.ts';
import { localPath, type ViewContext } from '../view-context.ts';

/** The 404 (or 410) page; `kind` says whether a page, a project or a deleted project was asked for. */
export function notFoundView(
  ctx: ViewContext,
  kind: 'page' | 'project' | 'deleted' = 'page',
): SafeHtml {
  const { t } = ctx;
  const body = {
    page: t.notFound.body,
    project: t.notFound.projectBody,
    deleted: t.notFound.deletedBody,
  }[kind];
  const title = kind === 'deleted' ? t.notFound.deletedTitle : t.notFound.title;
  const main = html`<h1>${title}</h1>
<p class="lead">${body}</p>
<p><a href="${localPath(ctx, '/projects')}">${t.notFound.goToList}</a></p>`;
  return layout(ctx, { title, main, noindex: true });
}

/** The page shown for an unexpected failure; it reveals nothing of the cause. */
export function errorView(ctx: ViewContext): SafeHtml {
  const { t } = ctx;
  const main = html`<h1>${t.error.title}</h1><p class="lead">${t.error.body}</p>`;
  return layout(ctx, { title: t.error.title, main, noindex: true });
}
