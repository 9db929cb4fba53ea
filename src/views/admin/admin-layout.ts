import { html, type SafeHtml } from '../html.ts';
import { layout } from '../layout.ts';
import { localPath } from '../view-context.ts';
import type { AdminContext } from './admin-context.ts';

/** The path of an editor page in the context's language: "/projects" → "/ru/admin/projects". */
export function adminPath(ctx: AdminContext, path = ''): string {
  return localPath(ctx, `/admin${path}`);
}

/** The hidden field every editor form carries. */
export function csrfField(ctx: AdminContext): SafeHtml {
  return html`<input type="hidden" name="_csrf" value="${ctx.csrf}">`;
}

function adminNav(ctx: AdminContext): SafeHtml | '' {
  const { user, t } = ctx;
  if (!user) return '';
  const a = t.admin.nav;
  const links: [string, string][] = [
    ['/projects', a.projects],
    ['/projects/new', a.newProject],
  ];
  if (user.role !== 'contributor') links.push(['/imports', t.admin.imports.nav]);
  if (user.role === 'admin') {
    links.push(
      ['/organisations', a.organisations],
      ['/types', a.types],
      ['/users', a.users],
      ['/audit', a.audit],
    );
  }
  return html`<nav class="admin-nav" aria-label="${a.label}">
  <ul>${links.map(([href, label]) => html`<li><a href="${adminPath(ctx, href)}">${label}</a></li>`)}</ul>
  <form method="post" action="${adminPath(ctx, '/logout')}" class="admin-nav__logout">
    ${csrfField(ctx)}
    <span>${a.loggedInAs(user.name, t.admin.roles[user.role])}</span>
    <button type="submit" class="button button--secondary">${a.logout}</button>
  </form>
</nav>`;
}

/** An editor page: the site's layout with the editor's navigation, notice and script. */
export function adminLayout(
  ctx: AdminContext,
  page: { title: string; main: SafeHtml; wide?: boolean },
): SafeHtml {
  const notice = ctx.notice ? html`<p class="admin-notice" role="status">${ctx.notice}</p>` : '';
  return layout(ctx, {
    title: `${page.title} · ${ctx.t.admin.title}`,
    noindex: true,
    main: html`<div class="admin">${adminNav(ctx)}${notice}${page.main}</div>
<script src="/assets/js/admin.js" defer></script>`,
  });
}

/** A stored timestamp as date and time in the reader's language (UTC). */
export function formatTime(iso: string, ctx: AdminContext): string {
  return new Intl.DateTimeFormat(ctx.locale.intl, {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: 'UTC',
  }).format(new Date(iso));
}
