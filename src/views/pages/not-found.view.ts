import { html, type SafeHtml } from '../html.ts';
import { layout } from '../layout.ts';
import { localPath, type ViewContext } from '../view-context.ts';

/** The 404 page; `kind` says whether a project or any page was asked for. */
export function notFoundView(ctx: ViewContext, kind: 'page' | 'project' = 'page'): SafeHtml {
  const { t } = ctx;
  const main = html`<h1>${t.notFound.title}</h1>
<p class="lead">${kind === 'project' ? t.notFound.projectBody : t.notFound.body}</p>
<p><a href="${localPath(ctx, '/projects')}">${t.notFound.goToList}</a></p>`;
  return layout(ctx, { title: t.notFound.title, main, noindex: true });
}

/** The page shown for an unexpected failure; it reveals nothing of the cause. */
export function errorView(ctx: ViewContext): SafeHtml {
  const { t } = ctx;
  const main = html`<h1>${t.error.title}</h1><p class="lead">${t.error.body}</p>`;
  return layout(ctx, { title: t.error.title, main, noindex: true });
}
