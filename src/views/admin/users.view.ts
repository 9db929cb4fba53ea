import type { AuditEntry } from '../../db/audit.repository.ts';
import { ROLES, type User } from '../../domain/users/user.ts';
import { pagination } from '../components/pagination.ts';
import { html, type SafeHtml } from '../html.ts';
import type { AdminContext } from './admin-context.ts';
import { adminLayout, adminPath, csrfField, formatTime } from './admin-layout.ts';
import { type FormState, selectField, textField, withErrorSummary } from './form-fields.ts';

/** Users: the list with role, disabled flag and password reset; a form to add one. */
export function usersView(m: { users: User[]; create: FormState }, ctx: AdminContext): SafeHtml {
  const u = ctx.t.admin.users;
  const roles = ROLES.map((r) => ({ value: r, label: ctx.t.admin.roles[r] }));
  const main = html`<h1>${u.title}</h1>
<section><h2>${u.create}</h2>
${withErrorSummary(
  ctx,
  m.create,
  html`<form method="post" action="${adminPath(ctx, '/users')}">${csrfField(ctx)}
<div class="field-row">
${textField(ctx, m.create, 'email', u.email, { type: 'email', required: true })}
${textField(ctx, m.create, 'name', u.name, { required: true })}
${selectField(ctx, m.create, 'role', u.role, roles)}
${textField(ctx, { ...m.create, values: {} }, 'password', u.password, { type: 'password', required: true, attrs: html` autocomplete="new-password"` })}
</div>
<button type="submit" class="button">${u.save}</button></form>`,
)}</section>
<table class="admin-table">
<thead><tr><th scope="col">${u.email}</th><th scope="col">${u.name}</th><th scope="col">${u.lastLogin}</th><th scope="col">${u.role}</th></tr></thead>
<tbody>${m.users.map(
    (user) => html`<tr>
<td>${user.email}</td><td>${user.name}</td>
<td>${user.lastLoginAt ? formatTime(user.lastLoginAt, ctx) : u.never}</td>
<td><form method="post" action="${adminPath(ctx, `/users/${user.id}`)}" class="inline-form">${csrfField(ctx)}
<label class="visually-hidden" for="role-${user.id}">${u.role}</label>
<select id="role-${user.id}" name="role">${roles.map((r) => html`<option value="${r.value}"${r.value === user.role ? html` selected` : ''}>${r.label}</option>`)}</select>
<label><input type="checkbox" name="disabled" value="1"${user.disabled ? html` checked` : ''}> ${u.disabled}</label>
<label class="visually-hidden" for="pw-${user.id}">${u.newPassword}</label>
<input id="pw-${user.id}" type="password" name="password" placeholder="${u.newPassword}" autocomplete="new-password">
<button type="submit" class="button button--small button--secondary">${u.save}</button>
</form></td>
</tr>`,
  )}</tbody></table>`;
  return adminLayout(ctx, { title: u.title, main });
}

/** The audit log: newest first, filterable by action, in pages. */
export function auditView(
  m: {
    entries: AuditEntry[];
    total: number;
    page: number;
    pageSize: number;
    action: string;
    actions: string[];
    hrefFor: (page: number) => string;
  },
  ctx: AdminContext,
): SafeHtml {
  const a = ctx.t.admin.audit;
  const main = html`<h1>${a.title}</h1>
<form method="get" action="${adminPath(ctx, '/audit')}" class="admin-filters">
<div class="field"><label for="action">${a.action}</label><select id="action" name="action"><option value="">${a.all}</option>
${m.actions.map((x) => html`<option value="${x}"${x === m.action ? html` selected` : ''}>${x}</option>`)}</select></div>
<button type="submit" class="button">${a.filter}</button></form>
<p class="result-count">${m.total}</p>
<table class="admin-table">
<thead><tr><th scope="col">${a.at}</th><th scope="col">${a.actor}</th><th scope="col">${a.action}</th><th scope="col">${a.subject}</th><th scope="col">${a.details}</th><th scope="col">${a.ip}</th></tr></thead>
<tbody>${m.entries.map(
    (
      e,
    ) => html`<tr><td>${formatTime(e.at, ctx)}</td><td>${e.actorName ?? '—'}</td><td><code>${e.action}</code></td>
<td>${e.subjectType ? `${e.subjectType}: ${e.subjectId ?? ''}` : ''}</td>
<td>${e.details ? JSON.stringify(e.details) : ''}</td><td>${e.ip ?? ''}</td></tr>`,
  )}</tbody></table>
${pagination({ page: m.page, pageCount: Math.ceil(m.total / m.pageSize), hrefFor: m.hrefFor }, ctx)}`;
  return adminLayout(ctx, { title: a.title, main });
}
