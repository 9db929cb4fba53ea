import { PUBLICATION_STATES } from '../../domain/projects/project.ts';
import type { EditorProjectRow } from '../../services/editing/project-list.ts';
import { pagination } from '../components/pagination.ts';
import { html, type SafeHtml } from '../html.ts';
import type { AdminContext } from './admin-context.ts';
import { adminLayout, adminPath, formatTime } from './admin-layout.ts';

/** The editor's list of projects with its filters. */
export interface ProjectsListModel {
  rows: EditorProjectRow[];
  total: number;
  page: number;
  pageSize: number;
  query: { q: string; state: string; mine: boolean };
  hrefFor: (page: number) => string;
}

/** The editor's project list: search, state filter, "only mine", and pages. */
export function adminProjectsListView(m: ProjectsListModel, ctx: AdminContext): SafeHtml {
  const l = ctx.t.admin.list;
  const states = ctx.t.admin.states;
  const main = html`<h1>${l.title}</h1>
<form method="get" action="${adminPath(ctx, '/projects')}" class="admin-filters" role="search">
<div class="field"><label for="q">${l.search}</label><input id="q" name="q" type="search" value="${m.query.q}"></div>
<div class="field"><label for="state">${l.state}</label><select id="state" name="state">
<option value="">${l.anyState}</option>
${PUBLICATION_STATES.map((s) => html`<option value="${s}"${m.query.state === s ? html` selected` : ''}>${states[s]}</option>`)}
</select></div>
<div class="field field--check"><label><input type="checkbox" name="mine" value="1"${m.query.mine ? html` checked` : ''}> ${l.mine}</label></div>
<button type="submit" class="button">${l.filter}</button>
</form>
<p class="result-count">${m.total}</p>
${
  m.rows.length === 0
    ? html`<p>${l.empty}</p>`
    : html`<table class="admin-table">
<thead><tr><th scope="col">${l.project}</th><th scope="col">${l.state}</th><th scope="col">${l.updated}</th><th scope="col">${l.author}</th><th scope="col">${l.version}</th></tr></thead>
<tbody>${m.rows.map(
        (r) => html`<tr>
<td><a href="${adminPath(ctx, `/projects/${r.slug}/edit`)}">${r.title}</a><br><code>${r.slug}</code></td>
<td><span class="state state--${r.state}">${states[r.state]}</span></td>
<td>${formatTime(r.updatedAt, ctx)}</td>
<td>${r.authorName ?? '—'}</td>
<td>${r.version}</td>
</tr>`,
      )}</tbody></table>`
}
${pagination({ page: m.page, pageCount: Math.ceil(m.total / m.pageSize), hrefFor: m.hrefFor }, ctx)}`;
  return adminLayout(ctx, { title: l.title, main });
}
