import { formatNumber } from '../../i18n/format.ts';
import { iatiWarningText } from '../../interchange/iati/iati-warnings.ts';
import type { ImportReport, SkippedActivity } from '../../services/import/iati-import.service.ts';
import type { IatiRunReport, ImportRun, RunError } from '../../services/import-runs/import-run.ts';
import { html, type SafeHtml } from '../html.ts';
import type { AdminContext } from './admin-context.ts';
import { adminLayout, adminPath, formatTime } from './admin-layout.ts';
import { megabytes, runStateLabel } from './imports.view.ts';

const SHOWN_WARNINGS = 100;

/** Why a run ended without (complete) reports, in the reader's language. */
export function runErrorText(error: RunError, ctx: AdminContext): string {
  const e = ctx.t.admin.imports.errors;
  if (error.code === 'stopped') return e.stopped;
  if (error.code === 'expired') return e.expired;
  return e.crashed(error.message);
}

/** The state, who and when, and while the run works, its progress in numbers and a bar. */
export function runSummary(run: ImportRun, ctx: AdminContext): SafeHtml {
  const r = ctx.t.admin.imports.run;
  const n = (x: number) => formatNumber(x, ctx.locale.intl);
  const progress = run.active
    ? html`<div class="import-progress" data-import-status="${adminPath(ctx, `/imports/${run.id}/status`)}">
<p><span data-field="records">${r.activities(n(run.recordsDone))}</span> · <span data-field="bytes">${r.megabytes(megabytes(run.bytesRead, ctx), megabytes(run.fileSize, ctx))}</span>${run.filesTotal > 1 ? html` · <span data-field="files">${r.fileOf(n(Math.min(run.filesDone + 1, run.filesTotal)), n(run.filesTotal))}</span>` : ''}</p>
<progress max="${Math.max(run.fileSize, 1)}" value="${run.bytesRead}" aria-label="${r.progress}"></progress>
<p class="field-hint">${r.refreshing}</p>
<template data-texts data-activities="${r.activities('{n}')}" data-megabytes="${r.megabytes('{read}', '{total}')}" data-file-of="${r.fileOf('{i}', '{n}')}"></template>
</div>`
    : '';
  return html`<dl class="summary-list">
<div class="summary-list__row"><dt>${r.state}</dt><dd data-field="state"><strong>${runStateLabel(run, ctx)}</strong></dd></div>
<div class="summary-list__row"><dt>${r.by}</dt><dd>${run.actorName ?? '—'}</dd></div>
<div class="summary-list__row"><dt>${r.started}</dt><dd>${formatTime(run.startedAt ?? run.createdAt, ctx)}</dd></div>
${run.finishedAt ? html`<div class="summary-list__row"><dt>${r.finished}</dt><dd>${formatTime(run.finishedAt, ctx)}</dd></div>` : ''}
</dl>${progress}`;
}

/** Why an activity was skipped, in the reader's language (reports stored before codes: as kept). */
function skipText(s: SkippedActivity, ctx: AdminContext): string {
  const t = ctx.t.admin.imports.run.skipReasons;
  switch (s.code) {
    case 'noIdentifier':
    case 'noTitle':
    case 'deletedLocally':
      return t[s.code];
    case 'duplicate':
      return t.duplicate(s.detail ? formatNumber(Number(s.detail), ctx.locale.intl) : null);
    case 'enteredLocally':
      return t.enteredLocally(s.detail ?? '');
    case 'editedLocally':
      return t.editedLocally(s.detail ? formatTime(s.detail, ctx) : '');
    default:
      return s.reason;
  }
}

function fileReport(report: ImportReport, ctx: AdminContext): SafeHtml {
  const r = ctx.t.admin.imports.run;
  const n = (x: number) => formatNumber(x, ctx.locale.intl);
  // The reader's message starts with the position in English; the page says it in its language.
  const errors = report.errors.map(
    (e) =>
      html`<p class="field-error">${r.error}${e.line !== null ? html` (${r.at(n(e.line), n(e.column ?? 0))})` : ''}: ${e.message.replace(/^line \d+, column \d+: /, '')}</p>`,
  );
  const skipped =
    report.skipped.length > 0
      ? html`<h4>${r.skippedTitle}</h4>
<table class="admin-table"><thead><tr><th scope="col">${r.position}</th><th scope="col">${r.identifier}</th><th scope="col">${r.reason}</th></tr></thead>
<tbody>${report.skipped.map((s) => html`<tr><td>${n(s.activity)}</td><td>${s.iatiIdentifier ?? '—'}</td><td>${skipText(s, ctx)}</td></tr>`)}</tbody></table>`
      : '';
  const shown = report.warnings.slice(0, SHOWN_WARNINGS);
  // One entry per activity, its warnings beneath, in the reader's language.
  const byActivity = new Map<string, string[]>();
  for (const w of shown) {
    const texts = byActivity.get(w.iatiIdentifier) ?? [];
    texts.push(iatiWarningText(w, ctx.t.admin.imports.iatiWarnings));
    byActivity.set(w.iatiIdentifier, texts);
  }
  const warnings =
    report.warningCount > 0
      ? html`<details class="import-warnings"${report.warningCount <= 20 ? html` open` : ''}><summary>${r.warnings(n(shown.length), n(report.warningCount))}</summary>
<ul>${[...byActivity].map(([id, texts]) => html`<li><code>${id}</code><ul>${texts.map((text) => html`<li>${text}</li>`)}</ul></li>`)}</ul></details>`
      : '';
  // Reports stored before drafts were the rule have no createdAs: those imports published.
  const createdAs =
    (report.createdAs ?? 'published') === 'published' ? r.createdPublished : r.createdDrafts;
  return html`<section class="import-file"><h3>${report.file}</h3>
${errors}
<p class="${report.committed ? 'admin-notice' : 'admin-notice admin-notice--warning'}" data-committed="${String(report.committed)}">${report.committed ? (report.created + report.updated > 0 ? r.written : r.nothingChanged) : r.notWritten}</p>
<table class="admin-table import-counts"><tbody>
<tr><th scope="row">${r.read}</th><td>${n(report.activities)}</td></tr>
<tr><th scope="row">${r.created} <span class="muted" data-created-as="${report.createdAs ?? 'published'}">(${createdAs})</span></th><td data-count="created">${n(report.committed ? report.created : 0)}</td></tr>
<tr><th scope="row">${r.updated}</th><td data-count="updated">${n(report.committed ? report.updated : 0)}</td></tr>
<tr><th scope="row">${r.unchanged}</th><td data-count="unchanged">${n(report.committed ? report.unchanged : 0)}</td></tr>
<tr><th scope="row">${r.skipped}</th><td data-count="skipped">${n(report.skipped.length)}</td></tr>
</tbody></table>
<p class="field-hint">${r.size(megabytes(report.bytes, ctx))} · ${r.seconds(formatNumber(Math.round(report.seconds * 10) / 10, ctx.locale.intl))}</p>
${skipped}${warnings}</section>`;
}

/** An IATI run: progress while it works (refreshing itself), then one report per file. */
export function iatiRunView(run: ImportRun, ctx: AdminContext): SafeHtml {
  const t = ctx.t.admin.imports;
  const report = run.report as IatiRunReport | null;
  // Without JavaScript the page reloads itself; with it, admin-imports.js polls the status
  // instead (a <noscript> meta is not acted on when scripts run).
  const refresh = run.active
    ? html`<noscript><meta http-equiv="refresh" content="2"></noscript>`
    : '';
  const main = html`${refresh}<h1>${t.run.title(run.fileName)}</h1>
<p><a href="${adminPath(ctx, '/imports')}">${t.run.back}</a></p>
${runSummary(run, ctx)}
${report?.error ? html`<p class="field-error" role="alert">${runErrorText(report.error, ctx)}</p>` : ''}
${report ? report.files.map((f) => fileReport(f, ctx)) : ''}
<script src="/assets/js/admin-imports.js" defer></script>`;
  return adminLayout(ctx, { title: t.run.title(run.fileName), main });
}
