import { formatNumber } from '../../i18n/format.ts';
import type { ImportRun, SheetRunReport } from '../../services/import-runs/import-run.ts';
import type { FieldChange } from '../../services/sheet-import/sheet-changes.ts';
import type { SheetPreview } from '../../services/sheet-import/sheet-import.service.ts';
import {
  columnHeader,
  type SheetProblem,
  sheetProblemText,
} from '../../services/sheet-import/sheet-problem.ts';
import { html, type SafeHtml } from '../html.ts';
import type { AdminContext } from './admin-context.ts';
import { adminLayout, adminPath, csrfField } from './admin-layout.ts';
import { runErrorText, runSummary } from './imports-run.view.ts';

function counts(sheet: SheetPreview, ctx: AdminContext): SafeHtml {
  const c = ctx.t.admin.imports.preview.counts;
  const rules = new Intl.PluralRules(ctx.locale.intl);
  const items = (['create', 'update', 'unchanged', 'error'] as const).map((k) => {
    const n = sheet.counts[k];
    // The form that agrees with the number ("3 будут обновлены"), the number in bold.
    const [before = '', after = ''] = (c[k][rules.select(n)] ?? c[k].other).split('{n}');
    return html`<li data-count="${k}">${before}<strong>${formatNumber(n, ctx.locale.intl)}</strong>${after}</li>`;
  });
  return html`<ul class="import-counts">${items}</ul>`;
}

function columns(sheet: SheetPreview, ctx: AdminContext): SafeHtml {
  const p = ctx.t.admin.imports.preview;
  // Named as the export names them in the editor's language, whatever the sheet calls them.
  const readOnly = sheet.columns
    .filter((c) => c.status === 'read-only')
    .map((c) => (c.key ? columnHeader(c.key, ctx.locale.code) : c.header));
  const unmatched =
    sheet.unmatchedColumns.length > 0
      ? html`<div class="admin-notice admin-notice--warning" data-unmatched><p>${p.unmatched}:</p>
<ul>${sheet.unmatchedColumns.map((c) => html`<li>${c}</li>`)}</ul></div>`
      : sheet.columns.length > 0
        ? html`<p>${p.allMatched}</p>`
        : '';
  const ignored = readOnly.length > 0 ? html`<p>${p.readOnly}: ${readOnly.join(', ')}</p>` : '';
  return html`${unmatched}${ignored}`;
}

/** A problem in the editor's language (a report stored before problems had codes is text). */
function problemText(problem: SheetProblem | string, ctx: AdminContext): string {
  return sheetProblemText(problem, ctx.t.admin.imports, ctx.locale.code);
}

const shorten = (text: string) => (text.length > 140 ? `${text.slice(0, 139)}…` : text);

/** Each field the row changes: its column, the stored text struck out, the new one. */
function changesList(changes: FieldChange[] | undefined, ctx: AdminContext): SafeHtml | '' {
  if (!changes || changes.length === 0) return '';
  const p = ctx.t.admin.imports.preview;
  return html`<dl class="import-changes">${changes.map(
    (c) =>
      html`<div data-column="${c.column}"><dt>${columnHeader(c.column, ctx.locale.code)}</dt><dd>${c.from ? html`<del>${shorten(c.from)}</del>` : html`<span class="muted">${p.empty}</span>`} → ${c.to ? html`<ins>${shorten(c.to)}</ins>` : html`<span class="muted">${p.empty}</span>`}</dd></div>`,
  )}</dl>`;
}

/** Every organisation the import will create, once, above the rows that name them. */
function newOrganisations(sheet: SheetPreview, ctx: AdminContext): SafeHtml | '' {
  const seen = new Map<string, string>();
  for (const r of sheet.rows)
    for (const o of r.newOrganisations ?? [])
      if (!seen.has(o.slug)) seen.set(o.slug, o.acronym ? `${o.name} (${o.acronym})` : o.name);
  if (seen.size === 0) return '';
  const p = ctx.t.admin.imports.preview;
  return html`<div class="admin-notice" data-new-organisations><p>${p.newOrganisations}</p>
<ul>${[...seen].map(([slug, label]) => html`<li data-slug="${slug}">${label}</li>`)}</ul></div>`;
}

function rowsTable(sheet: SheetPreview, ctx: AdminContext): SafeHtml | '' {
  const p = ctx.t.admin.imports.preview;
  if (sheet.rows.length === 0) return '';
  return html`${newOrganisations(sheet, ctx)}<table class="admin-table import-rows">
<thead><tr><th scope="col">${p.row}</th><th scope="col">${p.action}</th><th scope="col">${p.project}</th><th scope="col">${p.changes}</th><th scope="col">${p.problems}</th></tr></thead>
<tbody>${sheet.rows.map(
    (r) => html`<tr data-line="${r.line}" data-action="${r.action}">
<td>${r.line}</td><td>${r.action === 'error' ? html`<strong class="field-error">${p.actions.error}</strong>` : p.actions[r.action]}</td>
<td>${r.title ?? '—'}${r.slug ? html`<br><code>${r.slug}</code>` : ''}</td>
<td>${changesList(r.changes, ctx)}</td>
<td>${r.errors.length + r.warnings.length > 0 ? html`<ul>${r.errors.map((e) => html`<li class="field-error">${problemText(e, ctx)}</li>`)}${r.warnings.map((w) => html`<li>${p.warning}: ${problemText(w, ctx)}</li>`)}</ul>` : ''}</td></tr>`,
  )}</tbody></table>`;
}

function fileError(sheet: SheetPreview, ctx: AdminContext): SafeHtml | '' {
  if (!sheet.fileError) return '';
  return html`<div class="error-summary" role="alert" tabindex="-1"><h2>${ctx.t.admin.imports.preview.fileError}</h2><p>${problemText(sheet.fileError, ctx)}</p></div>`;
}

function settings(run: ImportRun, ctx: AdminContext): SafeHtml {
  const p = ctx.t.admin.imports.preview;
  const t = ctx.t.admin.imports;
  const state = run.options.state ?? 'draft';
  return html`<p>${run.options.clearEmpty ? p.clearEmptyOn : p.clearEmptyOff} ${t.newState}: ${ctx.t.admin.states[state]}.</p>`;
}

/** A previewed spreadsheet: every row's action and problems, unmatched columns, the button. */
export function sheetPreviewView(
  m: { run: ImportRun; preview: SheetPreview },
  ctx: AdminContext,
): SafeHtml {
  const p = ctx.t.admin.imports.preview;
  const t = ctx.t.admin.imports;
  const { run, preview } = m;
  const valid = preview.counts.create + preview.counts.update;
  const action = preview.fileError
    ? ''
    : valid > 0
      ? html`<form method="post" action="${adminPath(ctx, `/imports/${run.id}/import`)}" class="form-actions">${csrfField(ctx)}
<button type="submit" class="button">${p.importButton(formatNumber(valid, ctx.locale.intl))}</button></form>`
      : html`<p>${p.nothingToImport}</p>`;
  const main = html`<h1>${p.title(run.fileName)}</h1>
<p><a href="${adminPath(ctx, '/imports')}">${t.run.back}</a></p>
${preview.fileError ? fileError(preview, ctx) : html`<p>${p.intro}</p>${settings(run, ctx)}${counts(preview, ctx)}`}
${columns(preview, ctx)}
${action}
${rowsTable(preview, ctx)}
${valid > 0 && !preview.fileError && preview.rows.length > 20 ? action : ''}`;
  return adminLayout(ctx, { title: p.title(run.fileName), main, wide: true });
}

/** A spreadsheet run that has ended (or is under way): what was written, row by row. */
export function sheetReportView(run: ImportRun, ctx: AdminContext): SafeHtml {
  const p = ctx.t.admin.imports.preview;
  const t = ctx.t.admin.imports;
  const report = run.report as SheetRunReport | null;
  const sheet = report?.sheet ?? null;
  const n = (x: number) => formatNumber(x, ctx.locale.intl);
  const outcome = sheet
    ? sheet.committed
      ? html`<p class="admin-notice" role="status" data-committed="true">${p.imported(n(sheet.counts.create), n(sheet.counts.update))}</p>`
      : html`<p class="admin-notice admin-notice--warning" data-committed="false">${p.notImported}</p>`
    : '';
  const main = html`${run.active ? html`<noscript><meta http-equiv="refresh" content="2"></noscript>` : ''}<h1>${t.run.title(run.fileName)}</h1>
<p><a href="${adminPath(ctx, '/imports')}">${t.run.back}</a></p>
${runSummary(run, ctx)}
${report?.error ? html`<p class="field-error" role="alert">${runErrorText(report.error, ctx)}</p>` : ''}
${outcome}
${sheet ? html`${fileError(sheet, ctx)}${counts(sheet, ctx)}${columns(sheet, ctx)}${rowsTable(sheet, ctx)}` : ''}
<script src="/assets/js/admin-imports.js" defer></script>`;
  return adminLayout(ctx, { title: t.run.title(run.fileName), main, wide: true });
}
