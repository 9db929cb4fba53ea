import type { RevisionSummary } from '../../db/revisions.repository.ts';
import type { FieldChange } from '../../domain/editing/diff.ts';
import type { RevisionOrigin } from '../../domain/editing/revision-origin.ts';
import { html, type SafeHtml } from '../html.ts';
import type { AdminContext } from './admin-context.ts';
import { adminLayout, adminPath, csrfField, formatTime } from './admin-layout.ts';

const STEP_LABELS = {
  submit: 'submit',
  publish: 'publish',
  'send-back': 'sendBack',
  archive: 'archive',
  reopen: 'reopen',
} as const;

/** Where a revision came from, in the reader's language, with a link to its import run. */
export function originText(origin: RevisionOrigin | null, ctx: AdminContext): SafeHtml {
  const o = ctx.t.admin.history.origin;
  const fields = (list: string[]) =>
    list.map((f) => ctx.t.admin.fields[f as keyof typeof ctx.t.admin.fields] ?? f).join(', ');
  const run = (id: number | null) =>
    id ? html` (<a href="${adminPath(ctx, `/imports/${id}`)}">${o.run(String(id))}</a>)` : '';
  if (!origin) return html`${o.unknown}`;
  switch (origin.kind) {
    case 'create':
      return html`${o.create}`;
    case 'edit':
      return html`${origin.merged?.length ? o.merged(fields(origin.merged)) : o.edit}`;
    case 'restore':
      return html`${o.restore(String(origin.from))}`;
    case 'workflow': {
      const key = STEP_LABELS[origin.action as keyof typeof STEP_LABELS];
      return html`${o.workflow(key ? ctx.t.admin.workflow[key] : origin.action)}`;
    }
    case 'delete':
      return html`${o.delete}`;
    case 'iati':
      return html`${o.iati(origin.file)}${run(origin.run)}`;
    case 'sheet':
      return html`${o.sheet(origin.file, String(origin.row))}${run(origin.run)}`;
    case 'seed':
      return html`${o.seed}`;
    case 'organisation-merge':
      return html`${o.organisationMerge(origin.from, origin.into)}`;
    case 'baseline':
      return html`${o.baseline}`;
  }
}

/** A project's history: every revision, a form to compare two, and restore buttons. */
export function historyView(
  m: {
    slug: string;
    title: string;
    version: number;
    revisions: RevisionSummary[];
    editable: boolean;
  },
  ctx: AdminContext,
): SafeHtml {
  const h = ctx.t.admin.history;
  const versions = m.revisions.map((r) => r.version);
  const option = (v: number, chosen: number) =>
    html`<option value="${v}"${v === chosen ? html` selected` : ''}>${v}</option>`;
  const newest = versions[0] ?? m.version;
  const previous = versions[1] ?? newest;
  const main = html`<h1>${h.title(m.title)}</h1>
<p><a href="${adminPath(ctx, `/projects/${m.slug}/edit`)}">${ctx.t.admin.form.editTitle(m.title)}</a></p>
${
  versions.length > 1
    ? html`<form method="get" action="${adminPath(ctx, `/projects/${m.slug}/diff`)}" class="admin-filters">
<div class="field"><label for="from">${h.from}</label><select id="from" name="from">${versions.map((v) => option(v, previous))}</select></div>
<div class="field"><label for="to">${h.to}</label><select id="to" name="to">${versions.map((v) => option(v, newest))}</select></div>
<button type="submit" class="button">${h.compare}</button>
</form>`
    : ''
}
<table class="admin-table">
<thead><tr><th scope="col">${h.version}</th><th scope="col">${h.when}</th><th scope="col">${h.author}</th><th scope="col">${h.source}</th><th scope="col">${h.message}</th><th scope="col"></th></tr></thead>
<tbody>${m.revisions.map(
    (r, i) => html`<tr>
<td>${r.version}${r.version === m.version ? html` (${h.current})` : ''}</td>
<td>${formatTime(r.createdAt, ctx)}</td>
<td>${r.authorName ?? h.unknownAuthor}</td>
<td data-origin="${r.origin?.kind ?? ''}">${originText(r.origin, ctx)}</td>
<td>${r.message ?? ''}</td>
<td>${
      i + 1 < m.revisions.length
        ? html`<a href="${adminPath(ctx, `/projects/${m.slug}/diff?from=${m.revisions[i + 1]!.version}&to=${r.version}`)}">${h.compare}</a>`
        : ''
    }
${
  m.editable && r.version !== m.version
    ? html`<form method="post" action="${adminPath(ctx, `/projects/${m.slug}/restore`)}" class="inline-form">${csrfField(ctx)}
<input type="hidden" name="revision" value="${r.version}"><input type="hidden" name="version" value="${m.version}">
<button type="submit" class="button button--small button--secondary">${h.restore}</button></form>`
    : ''
}</td>
</tr>`,
  )}</tbody></table>`;
  return adminLayout(ctx, { title: h.title(m.title), main });
}

/** The readable line diff of one field's before and after. */
export function changeTable(changes: FieldChange[], ctx: AdminContext, heads?: [string, string]) {
  const d = ctx.t.admin.diff;
  const [before, after] = heads ?? [d.before, d.after];
  if (changes.length === 0) return html`<p>${d.none}</p>`;
  return html`<table class="admin-table diff">
<thead><tr><th scope="col">${ctx.t.admin.conflict.field}</th><th scope="col">${before}</th><th scope="col">${after}</th></tr></thead>
<tbody>${changes.map(
    (c) => html`<tr>
<th scope="row">${ctx.t.admin.fields[c.field]}</th>
<td>${c.lines.filter((l) => l.kind !== 'added').map((l) => html`<div class="diff__${l.kind}">${l.kind === 'removed' ? html`<del>${l.text}</del>` : l.text || '\u00a0'}</div>`)}</td>
<td>${c.lines.filter((l) => l.kind !== 'removed').map((l) => html`<div class="diff__${l.kind}">${l.kind === 'added' ? html`<ins>${l.text}</ins>` : l.text || '\u00a0'}</div>`)}</td>
</tr>`,
  )}</tbody></table>`;
}

/** The differences between two revisions, with a restore button for the older one. */
export function diffView(
  m: {
    slug: string;
    title: string;
    from: RevisionSummary;
    to: RevisionSummary;
    changes: FieldChange[];
    editable: boolean;
    currentVersion: number;
  },
  ctx: AdminContext,
): SafeHtml {
  const d = ctx.t.admin.diff;
  const h = ctx.t.admin.history;
  const title = d.title(String(m.from.version), String(m.to.version));
  const restore = (v: number) =>
    html`<form method="post" action="${adminPath(ctx, `/projects/${m.slug}/restore`)}" class="inline-form">${csrfField(ctx)}
<input type="hidden" name="revision" value="${v}"><input type="hidden" name="version" value="${m.currentVersion}">
<button type="submit" class="button button--secondary">${h.restore} (${v})</button></form>`;
  const main = html`<h1>${title}</h1>
<p><a href="${adminPath(ctx, `/projects/${m.slug}/history`)}">${ctx.t.admin.workflow.history}</a> · ${m.title}</p>
<p>${formatTime(m.from.createdAt, ctx)} (${m.from.authorName ?? h.unknownAuthor}) → ${formatTime(m.to.createdAt, ctx)} (${m.to.authorName ?? h.unknownAuthor})</p>
${changeTable(m.changes, ctx, [`${d.before} (${m.from.version})`, `${d.after} (${m.to.version})`])}
${m.editable ? html`<div class="form-actions">${[m.from.version, m.to.version].filter((v) => v !== m.currentVersion).map(restore)}</div>` : ''}`;
  return adminLayout(ctx, { title, main });
}
