import type { PublicationState } from '../../domain/projects/project.ts';
import { formatNumber } from '../../i18n/format.ts';
import { LOCALES } from '../../i18n/locales.ts';
import type { ImportRun } from '../../services/import-runs/import-run.ts';
import { html, type SafeHtml } from '../html.ts';
import type { AdminContext } from './admin-context.ts';
import { adminLayout, adminPath, csrfField, formatTime } from './admin-layout.ts';

/** Upload size limits, in bytes, as the forms state them. */
export interface ImportLimits {
  iatiBytes: number;
  sheetBytes: number;
}

/** A problem with an upload, shown above the form it came from. */
export interface UploadProblem {
  form: 'iati' | 'sheet';
  message: string;
}

const MB = 1024 * 1024;

/** Megabytes in the reader's language: two significant digits below 10 MB, whole above. */
export function megabytes(bytes: number, ctx: AdminContext): string {
  const mb = bytes / MB;
  const digits = mb < 10 ? { maximumSignificantDigits: 2 } : { maximumFractionDigits: 0 };
  return new Intl.NumberFormat(ctx.locale.intl, digits).format(mb);
}

/** A run's state in words: a spreadsheet waiting after its preview says so. */
export function runStateLabel(run: ImportRun, ctx: AdminContext): string {
  const s = ctx.t.admin.imports.states;
  return run.kind === 'sheet' && run.state === 'queued' ? s.preview : s[run.state];
}

function stateChoice(ctx: AdminContext, id: string, chosen: PublicationState): SafeHtml {
  const states: PublicationState[] = ['draft', 'published'];
  return html`<div class="field"><label for="${id}">${ctx.t.admin.imports.newState}</label>
<select id="${id}" name="state">${states.map((s) => html`<option value="${s}"${s === chosen ? html` selected` : ''}>${ctx.t.admin.states[s]}</option>`)}</select></div>`;
}

function problemFor(problem: UploadProblem | null, form: UploadProblem['form']) {
  if (!problem || problem.form !== form) return '';
  return html`<div class="error-summary" role="alert" tabindex="-1"><p>${problem.message}</p></div>`;
}

function runsTable(runs: ImportRun[], ctx: AdminContext): SafeHtml {
  const t = ctx.t.admin.imports;
  if (runs.length === 0) return html`<p>${t.none}</p>`;
  return html`<table class="admin-table">
<thead><tr><th scope="col">${t.columns.file}</th><th scope="col">${t.columns.kind}</th><th scope="col">${t.columns.state}</th><th scope="col">${t.columns.records}</th><th scope="col">${t.columns.who}</th><th scope="col">${t.columns.when}</th></tr></thead>
<tbody>${runs.map(
    (r) => html`<tr>
<td><a href="${adminPath(ctx, `/imports/${r.id}`)}">${r.fileName}</a></td>
<td>${t.kinds[r.kind]}</td><td>${runStateLabel(r, ctx)}</td>
<td>${formatNumber(r.recordsDone, ctx.locale.intl)}</td>
<td>${r.actorName ?? '—'}</td><td>${formatTime(r.createdAt, ctx)}</td></tr>`,
  )}</tbody></table>`;
}

/** The imports page: the IATI upload form, the spreadsheet upload form, and recent runs. */
export function importsView(
  m: { runs: ImportRun[]; limits: ImportLimits; problem?: UploadProblem | null },
  ctx: AdminContext,
): SafeHtml {
  const t = ctx.t.admin.imports;
  const problem = m.problem ?? null;
  // The CSRF field comes first: the server checks it before it stores any file.
  const main = html`<h1>${t.title}</h1>
<p>${t.intro}</p>
<section class="form-section" id="iati"><h2>${t.iati.title}</h2>
${problemFor(problem, 'iati')}
<form method="post" action="${adminPath(ctx, '/imports/iati')}" enctype="multipart/form-data" data-max-bytes="${m.limits.iatiBytes}" data-too-large="${t.errors.tooLarge('{name}', megabytes(m.limits.iatiBytes, ctx))}">${csrfField(ctx)}
<div class="field"><label for="f-iati-files">${t.iati.files}</label>
<p class="field-hint" id="f-iati-files-hint">${t.iati.hint(megabytes(m.limits.iatiBytes, ctx))}</p>
<input id="f-iati-files" name="files" type="file" accept=".xml,application/xml,text/xml" multiple required aria-describedby="f-iati-files-hint"></div>
<div class="field-row">${stateChoice(ctx, 'f-iati-state', 'draft')}
<div class="field field--check"><label><input type="checkbox" name="force" value="1"> ${t.iati.force}</label></div></div>
<button type="submit" class="button">${t.iati.submit}</button></form></section>
<section class="form-section" id="sheet"><h2>${t.sheet.title}</h2>
${problemFor(problem, 'sheet')}
<form method="post" action="${adminPath(ctx, '/imports/sheet')}" enctype="multipart/form-data" data-max-bytes="${m.limits.sheetBytes}" data-too-large="${t.errors.tooLarge('{name}', megabytes(m.limits.sheetBytes, ctx))}">${csrfField(ctx)}
<div class="field"><label for="f-sheet-file">${t.sheet.file}</label>
<p class="field-hint" id="f-sheet-file-hint">${t.sheet.hint(megabytes(m.limits.sheetBytes, ctx))}</p>
<input id="f-sheet-file" name="file" type="file" accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" required aria-describedby="f-sheet-file-hint"></div>
<div class="field-row">${stateChoice(ctx, 'f-sheet-state', 'draft')}
<div class="field"><label for="f-sheet-language">${t.sheet.language}</label>
<select id="f-sheet-language" name="language">${LOCALES.map((l) => html`<option value="${l.code}"${l.code === ctx.locale.code ? html` selected` : ''}>${l.name}</option>`)}</select></div>
<div class="field field--check"><label><input type="checkbox" name="clearEmpty" value="1" aria-describedby="f-sheet-clear-hint"> ${t.sheet.clearEmpty}</label>
<p class="field-hint" id="f-sheet-clear-hint">${t.sheet.clearEmptyHint}</p></div></div>
<button type="submit" class="button">${t.sheet.submit}</button></form></section>
<section><h2>${t.recent}</h2>
${runsTable(m.runs, ctx)}</section>
<script src="/assets/js/admin-imports.js" defer></script>`;
  return adminLayout(ctx, { title: t.title, main });
}
