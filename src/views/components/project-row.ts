import type { Project } from '../../domain/projects/project.ts';
import { html, type SafeHtml } from '../html.ts';
import { localPath, type ViewContext } from '../view-context.ts';
import {
  budgetHeadlineText,
  donorNames,
  localizedTexts,
  periodText,
  placeNames,
  typeName,
} from './project-text.ts';

/** One result in a list: title, countries, types, period, donor and budget; `extra` (a search snippet) last. */
export function projectRow(project: Project, ctx: ViewContext, extra?: SafeHtml): SafeHtml {
  const { t } = ctx;
  const texts = localizedTexts(project, ctx.locale.code);
  const budget = budgetHeadlineText(project, ctx);
  const donors = donorNames(project, ctx);
  const field = (label: string, value: string | null) =>
    value ? html`<div class="result__field"><dt>${label}</dt><dd>${value}</dd></div>` : '';
  return html`<li class="result">
  <h3 class="result__title"><a href="${localPath(ctx, `/projects/${project.slug}`)}"${texts.fallback ? html` lang="${texts.language}"` : ''}>${texts.title}</a></h3>
  <dl class="result__fields">
    ${field(t.project.country, placeNames(project, ctx).join(', '))}
    ${field(t.project.type, project.types.map((ty) => typeName(ty, ctx)).join(', '))}
    ${field(t.project.period, periodText(project, ctx))}
    ${field(t.project.donor, donors.join('; '))}
    ${field(t.project.budget, budget)}
  </dl>
  ${extra ?? ''}
</li>`;
}
