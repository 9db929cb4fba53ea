import type { FormValues } from '../../domain/editing/project-form.ts';
import { html, type SafeHtml } from '../html.ts';
import type { AdminContext } from './admin-context.ts';

/** A form's current values and its problems, for rendering fields with messages. */
export interface FormState {
  values: FormValues;
  issues: readonly { field: string; message: string; code?: string; detail?: string }[];
}

// The error summary names each field by its visible label ("Budget lines 2: Amount"), not by
// its form name ("budget.1.amount"). Labels are only known while the fields render, so each
// field helper notes its label here, keyed by the state's issue list (shared by the copies a
// view makes with `{ ...state, values: {} }`), and `withErrorSummary` renders the form first.
interface LabelBook {
  labels: Map<string, string>;
  context: string | null;
}
const labelBooks = new WeakMap<object, LabelBook>();

function labelBook(state: FormState): LabelBook {
  let book = labelBooks.get(state.issues);
  if (!book) {
    book = { labels: new Map(), context: null };
    labelBooks.set(state.issues, book);
  }
  return book;
}

function rememberLabel(state: FormState, name: string, label: string) {
  if (state.issues.length === 0) return;
  const book = labelBook(state);
  book.labels.set(name, book.context ? `${book.context}: ${label}` : label);
}

/** Renders part of a form whose field labels need a heading to be understood in the summary. */
export function inLabelContext<T>(state: FormState, context: string, render: () => T): T {
  if (state.issues.length === 0) return render();
  const book = labelBook(state);
  const outer = book.context;
  book.context = outer ? `${outer}: ${context}` : context;
  try {
    return render();
  } finally {
    book.context = outer;
  }
}

/** The text value of a field in the state. */
export function fieldValue(state: FormState, name: string): string {
  const v = state.values[name];
  return Array.isArray(v) ? (v[0] ?? '') : (v ?? '');
}

/** Every value of a multi-valued field. */
export function valuesOf(state: FormState, name: string): string[] {
  const v = state.values[name];
  return Array.isArray(v) ? v : v ? [v] : [];
}

const idOf = (name: string) => `f-${name.replace(/[^a-zA-Z0-9_-]/g, '-')}`;

/**
 * The message for one problem, in the reader's language where its code is known (with its
 * detail: the limit, the codes at fault); else the service's own English message.
 */
export function issueText(
  ctx: AdminContext,
  issue: { code?: string; message: string; detail?: string },
): string {
  const known = ctx.t.admin.issues as Record<string, string | ((detail?: string) => string)>;
  const entry = issue.code ? known[issue.code] : undefined;
  if (entry === undefined) return issue.message;
  return typeof entry === 'function' ? entry(issue.detail) : entry;
}

function errorsFor(ctx: AdminContext, state: FormState, name: string): SafeHtml | '' {
  const mine = state.issues.filter((i) => i.field === name);
  if (mine.length === 0) return '';
  return html`<p class="field-error" id="${idOf(name)}-error">${mine.map(
    (i) => html`<span>${issueText(ctx, i)}</span> `,
  )}</p>`;
}

function hasError(state: FormState, name: string) {
  return state.issues.some((i) => i.field === name);
}

interface FieldOptions {
  hint?: string;
  type?: string;
  required?: boolean;
  rows?: number;
  className?: string;
  attrs?: SafeHtml;
}

function describedBy(ctx: AdminContext, state: FormState, name: string, hint?: string) {
  const ids = [hint ? `${idOf(name)}-hint` : '', hasError(state, name) ? `${idOf(name)}-error` : '']
    .filter(Boolean)
    .join(' ');
  void ctx;
  return ids ? html` aria-describedby="${ids}"` : '';
}

function wrap(
  ctx: AdminContext,
  state: FormState,
  name: string,
  label: string,
  control: SafeHtml,
  o: FieldOptions,
): SafeHtml {
  rememberLabel(state, name, label);
  const cls = `field${hasError(state, name) ? ' field--error' : ''}${o.className ? ` ${o.className}` : ''}`;
  return html`<div class="${cls}">
<label for="${idOf(name)}">${label}</label>
${o.hint ? html`<p class="field-hint" id="${idOf(name)}-hint">${o.hint}</p>` : ''}
${errorsFor(ctx, state, name)}
${control}
</div>`;
}

/** A labelled one-line input with its hint and messages. */
export function textField(
  ctx: AdminContext,
  state: FormState,
  name: string,
  label: string,
  o: FieldOptions = {},
): SafeHtml {
  const control = html`<input id="${idOf(name)}" name="${name}" type="${o.type ?? 'text'}" value="${fieldValue(state, name)}"${o.required ? html` required` : ''}${hasError(state, name) ? html` aria-invalid="true"` : ''}${describedBy(ctx, state, name, o.hint)}${o.attrs ?? ''}>`;
  return wrap(ctx, state, name, label, control, o);
}

/** A labelled text area. */
export function textArea(
  ctx: AdminContext,
  state: FormState,
  name: string,
  label: string,
  o: FieldOptions = {},
): SafeHtml {
  const control = html`<textarea id="${idOf(name)}" name="${name}" rows="${o.rows ?? 3}"${hasError(state, name) ? html` aria-invalid="true"` : ''}${describedBy(ctx, state, name, o.hint)}${o.attrs ?? ''}>${fieldValue(state, name)}</textarea>`;
  return wrap(ctx, state, name, label, control, o);
}

/** A labelled select; `multiple` makes it a multi-select. */
export function selectField(
  ctx: AdminContext,
  state: FormState,
  name: string,
  label: string,
  options: readonly { value: string; label: string }[],
  o: FieldOptions & { multiple?: boolean; blank?: string } = {},
): SafeHtml {
  const chosen = new Set(o.multiple ? valuesOf(state, name) : [fieldValue(state, name)]);
  const control = html`<select id="${idOf(name)}" name="${name}"${o.multiple ? html` multiple size="8"` : ''}${hasError(state, name) ? html` aria-invalid="true"` : ''}${describedBy(ctx, state, name, o.hint)}>
${o.blank !== undefined ? html`<option value="">${o.blank}</option>` : ''}
${options.map((opt) => html`<option value="${opt.value}"${chosen.has(opt.value) ? html` selected` : ''}>${opt.label}</option>`)}
</select>`;
  return wrap(ctx, state, name, label, control, o);
}

/** A group of checkboxes sharing one name. */
export function checkboxes(
  ctx: AdminContext,
  state: FormState,
  name: string,
  legend: string,
  options: readonly { value: string; label: string }[],
): SafeHtml {
  const chosen = new Set(valuesOf(state, name));
  rememberLabel(state, name, legend);
  return html`<fieldset class="field checkboxes${hasError(state, name) ? ' field--error' : ''}">
<legend>${legend}</legend>
${errorsFor(ctx, state, name)}
${options.map(
  (opt, i) =>
    html`<label class="checkbox"><input type="checkbox" name="${name}" value="${opt.value}" id="${idOf(name)}-${i}"${chosen.has(opt.value) ? html` checked` : ''}> ${opt.label}</label>`,
)}
</fieldset>`;
}

/**
 * The form with its error summary above it: every problem, named by its field's label and
 * linked to the field. Takes the rendered form so that the labels are known.
 */
export function withErrorSummary(ctx: AdminContext, state: FormState, form: SafeHtml): SafeHtml {
  if (state.issues.length === 0) return form;
  const labels = labelBook(state).labels;
  const item = (i: FormState['issues'][number]) => {
    const label = labels.get(i.field);
    const text = label ? `${label}: ${issueText(ctx, i)}` : issueText(ctx, i);
    return labels.has(i.field)
      ? html`<li><a href="#${idOf(i.field)}">${text}</a></li>`
      : html`<li>${text}</li>`;
  };
  return html`<div class="error-summary" role="alert" tabindex="-1">
<h2>${ctx.t.admin.form.errorSummary}</h2>
<ul>${state.issues.map(item)}</ul>
</div>
${form}`;
}
