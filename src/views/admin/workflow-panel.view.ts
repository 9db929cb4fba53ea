import type { Transition } from '../../domain/editing/policy.ts';
import type { PublicationState } from '../../domain/projects/project.ts';
import { html, type SafeHtml } from '../html.ts';
import { localPath } from '../view-context.ts';
import type { AdminContext } from './admin-context.ts';
import { adminPath, csrfField } from './admin-layout.ts';

/** The workflow facts of one project for its panel. */
export interface WorkflowModel {
  slug: string;
  state: PublicationState;
  version: number;
  /** The steps the actor may take now. */
  actions: Transition[];
  canDelete: boolean;
  /** The last send-back comment while the project is a draft again. */
  sentBack?: string | null;
}

/** The state of a project and the buttons that move it on (each its own small form). */
export function workflowPanel(m: WorkflowModel, ctx: AdminContext): SafeHtml {
  const w = ctx.t.admin.workflow;
  const labels: Record<Transition, string> = {
    submit: w.submit,
    publish: w.publish,
    'send-back': w.sendBack,
    archive: w.archive,
    reopen: w.reopen,
  };
  const base = `/projects/${m.slug}`;
  const step = (action: Transition) =>
    html`<form method="post" action="${adminPath(ctx, `${base}/${action}`)}" class="workflow__step">
${csrfField(ctx)}<input type="hidden" name="version" value="${m.version}">
${action === 'send-back' ? html`<label for="wf-comment">${w.comment}</label><textarea id="wf-comment" name="comment" rows="2" required></textarea>` : ''}
<button type="submit" class="button${action === 'publish' ? '' : ' button--secondary'}">${labels[action]}</button>
</form>`;
  return html`<section class="workflow" aria-labelledby="workflow-title">
<h2 id="workflow-title">${w.title}</h2>
<p><span class="state state--${m.state}">${w.state(ctx.t.admin.states[m.state])}</span>
 · <a href="${adminPath(ctx, `${base}/history`)}">${w.history}</a>
${m.state === 'published' ? html` · <a href="${localPath(ctx, `/projects/${m.slug}`)}">${w.viewPublic}</a>` : ''}</p>
${m.sentBack ? html`<p class="admin-notice admin-notice--warning">${w.sentBack(m.sentBack)}</p>` : ''}
<div class="workflow__steps">${m.actions.map(step)}</div>
${
  m.canDelete
    ? html`<details class="workflow__delete"><summary>${w.delete}</summary>
<form method="post" action="${adminPath(ctx, `${base}/delete`)}">${csrfField(ctx)}<p>${w.deleteHint}</p>
<button type="submit" class="button button--danger">${w.delete}</button></form></details>`
    : ''
}
</section>`;
}
