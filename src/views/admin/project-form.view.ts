import type { CodelistOptions } from '../../domain/editing/form-options.ts';
import { rowsOf } from '../../domain/editing/project-form.ts';
import type { Organisation } from '../../domain/organisations/organisation.ts';
import type { ParsedBudget } from '../../domain/projects/budget-text.ts';
import { ORGANISATION_ROLES } from '../../domain/projects/project.ts';
import type { ProjectType } from '../../domain/vocabularies/project-type.ts';
import { LOCALES } from '../../i18n/locales.ts';
import { html, type SafeHtml } from '../html.ts';
import type { AdminContext } from './admin-context.ts';
import { adminLayout, adminPath, csrfField } from './admin-layout.ts';
import { budgetReadingPanel } from './budget-reading.view.ts';
import {
  checkboxes,
  type FormState,
  fieldValue,
  inLabelContext,
  selectField,
  textArea,
  textField,
  withErrorSummary,
} from './form-fields.ts';
import { type WorkflowModel, workflowPanel } from './workflow-panel.view.ts';

/** What the project form shows: the values, their problems, and the choices. */
export interface ProjectFormModel {
  state: FormState;
  /** Undefined for a new project. */
  slug?: string;
  title: string;
  options: CodelistOptions & { types: ProjectType[]; organisations: Organisation[] };
  workflow?: WorkflowModel;
  /** Shown above the form, e.g. a read-only notice. */
  lead?: SafeHtml;
  /** Shown at the top inside the form, so its inputs are sent with it (a conflict's choices). */
  formLead?: SafeHtml;
  /** What "Read the budget" read from the text; `filled` when the lines were replaced by it. */
  budgetReading?: { parsed: ParsedBudget; filled: boolean };
}

function rowNumbers(state: FormState, prefix: string, blanks: number): number[] {
  const used = rowsOf(state.values, prefix);
  const next = used.length > 0 ? Math.max(...used) + 1 : 0;
  return [...used, ...Array.from({ length: blanks }, (_, i) => next + i)];
}

function repeated(
  ctx: AdminContext,
  s: FormState,
  prefix: string,
  legend: string,
  rows: number[],
  row: (n: number) => SafeHtml,
): SafeHtml {
  const rendered = rows.map(
    (n, i) =>
      html`<div class="repeat__row" data-row="${n}">${inLabelContext(s, `${legend} ${i + 1}`, () => row(n))}</div>`,
  );
  return html`<fieldset class="form-section repeat" data-repeat="${prefix}">
<legend>${legend}</legend>
<div class="repeat__rows">${rendered}</div>
<button type="button" class="button button--secondary" data-add-row="${prefix}" hidden>${ctx.t.admin.form.addRow}</button>
</fieldset>`;
}

function periodEnd(ctx: AdminContext, s: FormState, end: 'start' | 'end'): SafeHtml {
  const f = ctx.t.admin.form;
  const months = Array.from({ length: 12 }, (_, i) => ({
    value: String(i + 1),
    label: new Intl.DateTimeFormat(ctx.locale.intl, { month: 'long', timeZone: 'UTC' }).format(
      new Date(Date.UTC(2000, i, 1)),
    ),
  }));
  return html`<div class="field-row">
${textField(ctx, s, `${end}Year`, `${end === 'start' ? f.periodStart : f.periodEnd}: ${f.year}`, { type: 'text', attrs: html` inputmode="numeric" maxlength="4" size="6"`, className: 'field--short' })}
${selectField(ctx, s, `${end}Month`, f.month, months, { blank: f.unknownMonth })}
</div>`;
}

function descriptionEditor(ctx: AdminContext, s: FormState, name: string): SafeHtml {
  const f = ctx.t.admin.form;
  const tb = f.toolbar;
  const buttons: [string, string][] = [
    ['bold', tb.bold],
    ['italic', tb.italic],
    ['heading', tb.heading],
    ['bullet', tb.bulletList],
    ['number', tb.numberedList],
    ['link', tb.link],
  ];
  return html`<div class="markdown-editor" data-markdown-editor data-preview-url="${adminPath(ctx, '/preview')}">
<div class="markdown-toolbar" role="toolbar" aria-label="${tb.label}" hidden>${buttons.map(
    ([cmd, label]) =>
      html`<button type="button" class="button button--small" data-md="${cmd}">${label}</button>`,
  )}</div>
${textArea(ctx, s, name, f.description, { rows: 12, hint: f.descriptionHint })}
<div class="markdown-preview" aria-live="polite" hidden><h3>${f.preview}</h3><div class="markdown-preview__body prose"></div></div>
</div>`;
}

function organisationRow(ctx: AdminContext, s: FormState, m: ProjectFormModel, n: number) {
  const f = ctx.t.admin.form;
  const roles = ORGANISATION_ROLES.map((r) => ({ value: r, label: roleLabel(ctx, r) }));
  const orgs = m.options.organisations.map((o) => ({
    value: o.slug,
    label: o.acronym ? `${o.name} (${o.acronym})` : o.name,
  }));
  return html`<div class="field-row">
${selectField(ctx, s, `org.${n}.role`, f.role, roles, { blank: '' })}
${selectField(ctx, s, `org.${n}.slug`, f.organisation, orgs, { blank: f.chooseOrganisation })}
${textField(ctx, s, `org.${n}.newName`, f.newOrganisation)}
</div>`;
}

function roleLabel(ctx: AdminContext, role: string): string {
  const p = ctx.t.project;
  const labels: Record<string, string> = {
    donor: p.donor,
    implementing: p.implementer,
    extending: p.extending,
    accountable: p.accountable,
  };
  return labels[role] ?? role;
}

function budgetRow(ctx: AdminContext, s: FormState, m: ProjectFormModel, n: number) {
  const f = ctx.t.admin.form;
  const total = `budget.${n}.total`;
  return html`<div class="field-row">
${textField(ctx, s, `budget.${n}.label`, f.label)}
${textField(ctx, s, `budget.${n}.amount`, f.amount, { attrs: html` inputmode="decimal"`, className: 'field--short' })}
${selectField(ctx, s, `budget.${n}.currency`, f.currency, m.options.currencies, { blank: '' })}
<div class="field field--check"><label><input type="checkbox" name="${total}" value="on"${fieldValue(s, total) ? html` checked` : ''}> ${f.isTotal}</label></div>
</div>`;
}

function contactRow(ctx: AdminContext, s: FormState, n: number) {
  const f = ctx.t.admin.form;
  const p = (k: string) => `contact.${n}.${k}`;
  const roles = ORGANISATION_ROLES.map((r) => ({ value: r, label: roleLabel(ctx, r) }));
  return html`<div class="field-grid">
${selectField(ctx, s, p('role'), f.role, roles, { blank: '' })}
${textField(ctx, s, p('person'), f.person)}
${textField(ctx, s, p('jobTitle'), f.jobTitle)}
${textField(ctx, s, p('organisation'), f.organisation)}
${textArea(ctx, s, p('phones'), f.phones, { rows: 2 })}
${textField(ctx, s, p('email'), f.email, { type: 'email' })}
${textArea(ctx, s, p('address'), f.address, { rows: 2 })}
${textField(ctx, s, p('website'), f.website, { type: 'url' })}
</div>`;
}

function linkRow(ctx: AdminContext, s: FormState, n: number) {
  const f = ctx.t.admin.form;
  const p = (k: string) => `link.${n}.${k}`;
  const kinds = [
    { value: 'link', label: f.link },
    { value: 'document', label: f.document },
  ];
  return html`<div class="field-row">
${selectField(ctx, s, p('kind'), f.kind, kinds)}
${textField(ctx, s, p('url'), f.url, { type: 'url' })}
${textField(ctx, s, p('title'), f.linkTitle)}
${textField(ctx, s, p('language'), f.linkLanguage, { className: 'field--short', attrs: html` maxlength="3" size="4"` })}
${textField(ctx, s, p('format'), f.format, { className: 'field--short', attrs: html` size="12"` })}
</div>`;
}

function translationBlock(ctx: AdminContext, s: FormState, language: string) {
  const f = ctx.t.admin.form;
  const p = (k: string) => `tr.${language}.${k}`;
  const name = LOCALES.find((l) => l.code === language)?.name ?? language;
  const open =
    fieldValue(s, p('title')) || s.issues.some((i) => i.field.startsWith(`tr.${language}.`));
  const fields = inLabelContext(
    s,
    f.translationIn(name),
    () => html`${textField(ctx, s, p('title'), f.title)}
${textArea(ctx, s, p('summary'), f.summary, { rows: 3 })}
${textArea(ctx, s, p('description'), f.description, { rows: 8 })}
${textArea(ctx, s, p('budgetText'), f.budgetText, { rows: 2 })}
${textField(ctx, s, p('beneficiary'), f.beneficiary)}
${textField(ctx, s, p('periodNote'), f.periodNote)}`,
  );
  return html`<details class="translation"${open ? html` open` : ''}>
<summary>${f.translationIn(name)}</summary>
${fields}
</details>`;
}

/** The project form, for a new project or an existing one, with its workflow panel. */
export function projectFormView(m: ProjectFormModel, ctx: AdminContext): SafeHtml {
  const f = ctx.t.admin.form;
  const s = m.state;
  const language = fieldValue(s, 'language') || ctx.locale.code;
  const languages = [...new Set([...LOCALES.map((l) => l.code), language])];
  const otherLanguages = [
    ...new Set([
      ...LOCALES.map((l) => l.code),
      ...Object.keys(s.values)
        .map((k) => /^tr\.([a-z]{2,3})\./.exec(k)?.[1])
        .filter((x): x is string => !!x),
    ]),
  ].filter((code) => code !== language);
  const action = m.slug ? adminPath(ctx, `/projects/${m.slug}`) : adminPath(ctx, '/projects');
  const heading = m.slug ? f.editTitle(m.title) : f.newTitle;
  const main = html`<h1>${heading}</h1>
${m.lead ?? ''}
${m.workflow ? workflowPanel(m.workflow, ctx) : ''}
${withErrorSummary(
  ctx,
  s,
  html`<form method="post" action="${action}" class="project-form" novalidate>
${csrfField(ctx)}
<!-- Enter in a field saves: the first submit button is the default, so it is Save, unseen. -->
<button type="submit" class="visually-hidden" tabindex="-1" aria-hidden="true">${ctx.t.admin.form.save}</button>
${m.slug ? html`<input type="hidden" name="version" value="${fieldValue(s, 'version')}">` : ''}
${s.values.base ? html`<input type="hidden" name="base" value="${fieldValue(s, 'base')}">` : ''}
${m.formLead ?? ''}
<fieldset class="form-section"><legend>${f.title}</legend>
${m.slug ? html`<p class="field-static">${f.slug}: <code>${m.slug}</code></p>` : textField(ctx, s, 'slug', f.slug, { hint: f.slugHint })}
${selectField(
  ctx,
  s,
  'language',
  f.language,
  languages.map((code) => ({
    value: code,
    label: LOCALES.find((l) => l.code === code)?.name ?? code,
  })),
)}
${textField(ctx, s, 'title', f.title, { required: true })}
${textArea(ctx, s, 'summary', f.summary, { rows: 3 })}
${descriptionEditor(ctx, s, 'description')}
</fieldset>
<fieldset class="form-section"><legend>${ctx.t.project.period}</legend>
<p class="field-hint">${f.periodHint}</p>
${periodEnd(ctx, s, 'start')}
${periodEnd(ctx, s, 'end')}
${textField(ctx, s, 'periodNote', f.periodNote)}
</fieldset>
<fieldset class="form-section"><legend>${f.places}</legend>
${selectField(ctx, s, 'countries', f.countries, m.options.countries, { multiple: true, hint: f.multiHint })}
${selectField(ctx, s, 'regions', f.regions, m.options.regions, { multiple: true })}
</fieldset>
<fieldset class="form-section"><legend>${f.types}</legend>
${checkboxes(
  ctx,
  s,
  'types',
  f.types,
  m.options.types.map((t) => ({ value: t.slug, label: t.names[ctx.locale.code] ?? t.name })),
)}
${textField(ctx, s, 'sectors', f.sectors, { hint: f.sectorsHint })}
</fieldset>
${repeated(ctx, s, 'org', f.organisations, rowNumbers(s, 'org', 2), (n) => organisationRow(ctx, s, m, n))}
<fieldset class="form-section"><legend>${f.budget}</legend>
${textArea(ctx, s, 'budgetText', f.budgetText, { rows: 2 })}
<div class="budget-read">
<button type="submit" name="readBudget" value="1" class="button button--secondary" aria-describedby="f-read-budget-hint">${f.readBudget}</button>
<p class="field-hint" id="f-read-budget-hint">${f.readBudgetHint}</p>
</div>
<div class="budget-reading" data-budget-reading data-url="${adminPath(ctx, '/budget-reading')}" aria-live="polite">${m.budgetReading ? budgetReadingPanel(m.budgetReading.parsed, ctx, { filled: m.budgetReading.filled }) : ''}</div>
</fieldset>
${repeated(ctx, s, 'budget', f.budgetLines, rowNumbers(s, 'budget', 2), (n) => budgetRow(ctx, s, m, n))}
<fieldset class="form-section"><legend>${f.beneficiary}</legend>
${textField(ctx, s, 'beneficiary', f.beneficiary)}
${selectField(ctx, s, 'beneficiaryCountries', f.beneficiaryCountries, m.options.countries, { multiple: true })}
</fieldset>
${repeated(ctx, s, 'contact', f.contacts, rowNumbers(s, 'contact', 1), (n) => contactRow(ctx, s, n))}
${repeated(ctx, s, 'link', f.links, rowNumbers(s, 'link', 1), (n) => linkRow(ctx, s, n))}
<fieldset class="form-section"><legend>${f.translations}</legend>
${otherLanguages.map((code) => translationBlock(ctx, s, code))}
</fieldset>
<fieldset class="form-section">
${textField(ctx, s, 'message', f.message, { hint: f.messageHint })}
<div class="form-actions">
<button type="submit" class="button">${f.save}</button>
<a href="${adminPath(ctx, '/projects')}">${f.cancel}</a>
</div>
</fieldset>
</form>`,
)}`;
  return adminLayout(ctx, { title: heading, main });
}
