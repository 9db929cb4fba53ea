import type { FieldChange } from '../../domain/editing/diff.ts';
import { html, type SafeHtml } from '../html.ts';
import type { AdminContext } from './admin-context.ts';
import { adminPath } from './admin-layout.ts';
import { changeTable } from './history.view.ts';
import { type ProjectFormModel, projectFormView } from './project-form.view.ts';

/**
 * The conflict page: what was saved meanwhile beside what the editor sent, then the editor's
 * own form rebased on the newest version, so saving is a conscious choice.
 */
export function conflictView(
  m: { form: ProjectFormModel; currentVersion: number; changes: FieldChange[] },
  ctx: AdminContext,
): SafeHtml {
  const c = ctx.t.admin.conflict;
  const lead = html`<section class="conflict" role="alert">
<h2>${c.title}</h2>
<p>${c.intro(String(m.currentVersion))}</p>
${changeTable(m.changes, ctx, [c.theirs, c.yours])}
<p><a class="button button--secondary" href="${adminPath(ctx, `/projects/${m.form.slug}/edit`)}">${c.takeTheirs}</a></p>
<p><strong>${c.keepMine}</strong>: ${c.keepMineHint}</p>
</section>`;
  return projectFormView({ ...m.form, lead }, ctx);
}
