import type { ChangeLogEntry } from '../../services/editing/change-log.service.ts';
import { html, type SafeHtml } from '../html.ts';
import type { ViewContext } from '../view-context.ts';

/**
 * The public change log of a project: when it changed and which fields, newest first.
 * Empty (nothing rendered) when there are no changes since publication.
 */
export function changeLog(entries: readonly ChangeLogEntry[], ctx: ViewContext): SafeHtml | '' {
  if (entries.length === 0) return '';
  const c = ctx.t.admin.changeLog;
  const date = new Intl.DateTimeFormat(ctx.locale.intl, { dateStyle: 'long', timeZone: 'UTC' });
  return html`<section class="change-log" aria-labelledby="change-log-title">
<h2 id="change-log-title">${c.title}</h2>
<ul>${entries.map(
    (e) =>
      html`<li><time datetime="${e.at}">${date.format(new Date(e.at))}</time>: ${c.changed(
        e.fields.map((f) => ctx.t.admin.fields[f]).join(', '),
      )}</li>`,
  )}</ul>
</section>`;
}
