import { html, type SafeHtml } from '../html.ts';
import type { AdminContext } from './admin-context.ts';
import { adminLayout, adminPath, csrfField } from './admin-layout.ts';
import { type FormState, textField, withErrorSummary } from './form-fields.ts';

/** The log-in form; `error` is a sentence shown above it. */
export function loginView(
  m: { state: FormState; next: string; error?: string | null },
  ctx: AdminContext,
): SafeHtml {
  const l = ctx.t.admin.login;
  const main = html`<h1>${l.title}</h1>
${m.error ? html`<div class="error-summary" role="alert"><p>${m.error}</p></div>` : ''}
<form method="post" action="${adminPath(ctx, '/login')}" class="narrow-form">
${csrfField(ctx)}
<input type="hidden" name="next" value="${m.next}">
${textField(ctx, m.state, 'email', l.email, { type: 'email', required: true, attrs: html` autocomplete="username"` })}
${textField(ctx, { ...m.state, values: {} }, 'password', l.password, { type: 'password', required: true, attrs: html` autocomplete="current-password"` })}
<button type="submit" class="button">${l.submit}</button>
</form>`;
  return adminLayout(ctx, { title: l.title, main });
}

/** The one-time set-up form that creates the first admin. */
export function setupView(m: { state: FormState; token: string }, ctx: AdminContext): SafeHtml {
  const s = ctx.t.admin.setup;
  const l = ctx.t.admin.login;
  const main = html`<h1>${s.title}</h1>
<p>${s.intro}</p>
${withErrorSummary(
  ctx,
  m.state,
  html`<form method="post" action="${adminPath(ctx, `/setup/${m.token}`)}" class="narrow-form">
${csrfField(ctx)}
${textField(ctx, m.state, 'name', s.name, { required: true, attrs: html` autocomplete="name"` })}
${textField(ctx, m.state, 'email', l.email, { type: 'email', required: true, attrs: html` autocomplete="username"` })}
${textField(ctx, { ...m.state, values: {} }, 'password', l.password, { type: 'password', required: true, attrs: html` autocomplete="new-password" minlength="10"` })}
<button type="submit" class="button">${s.submit}</button>
</form>`,
)}`;
  return adminLayout(ctx, { title: s.title, main });
}

/** A short page that explains why a request was refused (403, 410, CSRF, 429…). */
export function messageView(m: { title: string; body: string }, ctx: AdminContext): SafeHtml {
  const main = html`<h1>${m.title}</h1><p>${m.body}</p>
<p><a href="${adminPath(ctx, '/projects')}">${ctx.t.admin.nav.projects}</a></p>`;
  return adminLayout(ctx, { title: m.title, main });
}
