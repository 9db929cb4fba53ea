import type { Organisation } from '../../domain/organisations/organisation.ts';
import type { ProjectType } from '../../domain/vocabularies/project-type.ts';
import { LOCALES } from '../../i18n/locales.ts';
import { html, type SafeHtml } from '../html.ts';
import type { AdminContext } from './admin-context.ts';
import { adminLayout, adminPath, csrfField } from './admin-layout.ts';
import { type FormState, selectField, textField, withErrorSummary } from './form-fields.ts';

function organisationFields(ctx: AdminContext, s: FormState) {
  const o = ctx.t.admin.organisations;
  return html`<div class="field-row">
${textField(ctx, s, 'name', o.name, { required: true })}
${textField(ctx, s, 'acronym', o.acronym, { className: 'field--short' })}
${textField(ctx, s, 'iatiIdentifier', o.iatiIdentifier)}
${textField(ctx, s, 'iatiType', o.iatiType, { className: 'field--short' })}
${textField(ctx, s, 'website', o.website, { type: 'url' })}
</div>`;
}

/** Organisations: the list (each editable), a form to add one, and the merge form. */
export function organisationsView(
  m: {
    organisations: (Organisation & { projectCount: number })[];
    create: FormState;
    merge: FormState;
  },
  ctx: AdminContext,
): SafeHtml {
  const o = ctx.t.admin.organisations;
  const choices = m.organisations.map((org) => ({
    value: org.slug,
    label: `${org.name}${org.acronym ? ` (${org.acronym})` : ''} · ${org.projectCount}`,
  }));
  const main = html`<h1>${o.title}</h1>
<section><h2>${o.create}</h2>
${withErrorSummary(
  ctx,
  m.create,
  html`<form method="post" action="${adminPath(ctx, '/organisations')}">${csrfField(ctx)}
${organisationFields(ctx, m.create)}
<button type="submit" class="button">${o.save}</button></form>`,
)}</section>
<section><h2>${o.merge}</h2>
${withErrorSummary(
  ctx,
  m.merge,
  html`<form method="post" action="${adminPath(ctx, '/organisations/merge')}">${csrfField(ctx)}
<div class="field-row">
${selectField(ctx, m.merge, 'keep', o.mergeKeep, choices, { blank: '' })}
${selectField(ctx, m.merge, 'drop', o.mergeDrop, choices, { blank: '' })}
</div>
<button type="submit" class="button button--danger">${o.mergeButton}</button></form>`,
)}</section>
<section><h2>${o.title}</h2>
${m.organisations.map(
  (
    org,
  ) => html`<details class="admin-item"><summary>${org.name}${org.acronym ? ` (${org.acronym})` : ''} · ${o.projects}: ${org.projectCount}</summary>
<form method="post" action="${adminPath(ctx, `/organisations/${org.slug}`)}">${csrfField(ctx)}
${organisationFields(ctx, {
  values: {
    name: org.name,
    acronym: org.acronym ?? '',
    iatiIdentifier: org.iatiIdentifier ?? '',
    iatiType: org.iatiType ?? '',
    website: org.website ?? '',
  },
  issues: [],
})}
<button type="submit" class="button button--secondary">${o.save}</button></form></details>`,
)}</section>`;
  return adminLayout(ctx, { title: o.title, main });
}

function typeFields(ctx: AdminContext, s: FormState) {
  const t = ctx.t.admin.types;
  return html`<div class="field-row">
${LOCALES.map((l) => textField(ctx, s, `name.${l.code}`, t.nameIn(l.name), { required: l.code === 'en' }))}
${textField(ctx, s, 'dacCodes', t.dacCodes)}
${textField(ctx, s, 'position', t.position, { className: 'field--short', attrs: html` inputmode="numeric"` })}
</div>`;
}

/** Project types: each editable, and a form to add one. */
export function projectTypesView(
  m: { types: ProjectType[]; create: FormState },
  ctx: AdminContext,
): SafeHtml {
  const t = ctx.t.admin.types;
  const main = html`<h1>${t.title}</h1>
<section><h2>${t.create}</h2>
${withErrorSummary(
  ctx,
  m.create,
  html`<form method="post" action="${adminPath(ctx, '/types')}">${csrfField(ctx)}
${typeFields(ctx, m.create)}
<button type="submit" class="button">${t.save}</button></form>`,
)}</section>
<section><h2>${t.title}</h2>
${m.types.map(
  (
    type,
  ) => html`<details class="admin-item"><summary>${type.names[ctx.locale.code] ?? type.name} <code>${type.slug}</code></summary>
<form method="post" action="${adminPath(ctx, `/types/${type.slug}`)}">${csrfField(ctx)}
${typeFields(ctx, {
  values: {
    ...Object.fromEntries(
      LOCALES.map((l) => [
        `name.${l.code}`,
        type.names[l.code] ?? (l.code === 'en' ? type.name : ''),
      ]),
    ),
    dacCodes: type.dacCodes.join(', '),
    position: String(type.position),
  },
  issues: [],
})}
<button type="submit" class="button button--secondary">${t.save}</button></form></details>`,
)}</section>`;
  return adminLayout(ctx, { title: t.title, main });
}
