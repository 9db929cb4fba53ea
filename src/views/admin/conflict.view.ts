import type { FieldConflict } from '../../domain/errors.ts';
import { html, type SafeHtml } from '../html.ts';
import type { AdminContext } from './admin-context.ts';
import { adminPath } from './admin-layout.ts';
import { type ProjectFormModel, projectFormView } from './project-form.view.ts';

type FieldName = keyof AdminContext['t']['admin']['fields'];

function lines(value: string[], ctx: AdminContext): SafeHtml {
  if (value.length === 0) return html`<em>${ctx.t.admin.conflict.empty}</em>`;
  return html`${value.map((l) => html`<span class="conflict__line">${l || '\u00a0'}</span>`)}`;
}

/**
 * The conflict page of a three-way merge: the fields both editors changed, side by side, each
 * with a required choice; then the editor's form, already holding the other editor's changes
 * to every field only they touched. Nothing is saved until every conflict is chosen.
 */
export function conflictView(
  m: {
    form: ProjectFormModel;
    currentVersion: number;
    conflicts: FieldConflict[];
    taken: string[];
    /** Fields sent back without a choice: their radios are marked. */
    unresolved?: boolean;
  },
  ctx: AdminContext,
): SafeHtml {
  const c = ctx.t.admin.conflict;
  const label = (field: string) => ctx.t.admin.fields[field as FieldName] ?? field;
  const choice = (k: FieldConflict, side: 'theirs' | 'mine') => {
    const id = `resolve-${k.field}-${side}`;
    const chosen = m.form.state.values[`resolve.${k.field}`] === side;
    return html`<div class="conflict__side">
<input type="radio" id="${id}" name="resolve.${k.field}" value="${side}" required${chosen ? html` checked` : ''}>
<label for="${id}"><strong>${side === 'theirs' ? c.keepTheirs : c.keepYours}</strong></label>
<div class="conflict__value" data-side="${side}">${lines(side === 'theirs' ? k.theirs : k.yours, ctx)}</div>
</div>`;
  };
  const formLead = html`<section class="conflict" role="alert" aria-labelledby="conflict-title">
<h2 id="conflict-title">${c.title}</h2>
<p>${c.intro(String(m.currentVersion))}</p>
${m.taken.length > 0 ? html`<p>${c.taken(m.taken.map(label).join(', '))}</p>` : ''}
<p>${c.choose}</p>
${m.conflicts.map(
  (
    k,
  ) => html`<fieldset class="conflict__field${m.unresolved && !m.form.state.values[`resolve.${k.field}`] ? ' field--error' : ''}" id="conflict-${k.field}" data-conflict="${k.field}">
<legend>${label(k.field)}</legend>
${m.unresolved && !m.form.state.values[`resolve.${k.field}`] ? html`<p class="field-error">${c.chooseOne}</p>` : ''}
<div class="conflict__sides">${choice(k, 'theirs')}${choice(k, 'mine')}</div>
</fieldset>`,
)}
<p><a class="button button--secondary" href="${adminPath(ctx, `/projects/${m.form.slug}/edit`)}">${c.takeTheirs}</a></p>
</section>`;
  return projectFormView({ ...m.form, formLead }, ctx);
}
