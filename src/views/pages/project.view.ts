import {
  localizedOrganisation,
  organisationLabel,
} from '../../domain/organisations/organisation.ts';
import { budgetLinesLabelledBy } from '../../domain/projects/budget-line-labels.ts';
import { projectStatus } from '../../domain/projects/period.ts';
import { telHref } from '../../domain/projects/phone.ts';
import {
  type Contact,
  type OrganisationRole,
  organisationsInRole,
  type Project,
} from '../../domain/projects/project.ts';
import { countryName } from '../../domain/vocabularies/codelists.ts';
import { formatDate, formatMoney } from '../../i18n/format.ts';
import type { ChangeLogEntry } from '../../services/editing/change-log.service.ts';
import { changeLog } from '../components/change-log.ts';
import { localizedTexts, periodText, placeNames, typeName } from '../components/project-text.ts';
import { html, type SafeHtml } from '../html.ts';
import { layout } from '../layout.ts';
import { renderMarkdown } from '../markdown.ts';
import { localPath, type ViewContext } from '../view-context.ts';

export interface ProjectViewModel {
  project: Project;
  /** Changes since publication, newest first (empty: nothing shown). */
  changes: readonly ChangeLogEntry[];
  /** Where "Back to list" goes: the list page, with the query the visitor came with. */
  backHref: string;
}

const lines = (values: string[]) =>
  html`${values.map((v, i) => html`${i > 0 ? html`<br>` : ''}${v}`)}`;

function row(label: string, value: SafeHtml | string | null | undefined, className = '') {
  // An empty list renders as empty HTML: a row with nothing in it is left out, not shown blank.
  if (value === null || value === undefined || value.toString().trim() === '') return '';
  return html`<div class="summary-list__row ${className}"><dt>${label}</dt><dd>${value}</dd></div>`;
}

function phoneLink(phone: string) {
  const href = telHref(phone);
  return href ? html`<a href="${href}">${phone}</a>` : phone;
}

/** A contact; `named` are the organisation names the section shows already (not repeated). */
function contactBlock(contact: Contact, ctx: ViewContext, named: string[] = []): SafeHtml {
  const { t } = ctx;
  const shown = new Set(named.map((n) => n.trim().toLowerCase()));
  const organisation =
    contact.organisation && !shown.has(contact.organisation.trim().toLowerCase())
      ? contact.organisation
      : null;
  const who = [organisation, contact.person, contact.jobTitle].filter(Boolean) as string[];
  return html`<div class="contact">
  ${who.length ? html`<p class="contact__who">${who.join(', ')}</p>` : ''}
  <dl class="contact__details">
    ${contact.phones.map((p) => html`<div><dt>${t.project.phone}</dt><dd>${phoneLink(p)}</dd></div>`)}
    ${contact.email ? html`<div><dt>${t.project.email}</dt><dd><a href="mailto:${contact.email}">${contact.email}</a></dd></div>` : ''}
    ${contact.address ? html`<div><dt>${t.project.address}</dt><dd>${contact.address}</dd></div>` : ''}
    ${contact.website ? html`<div><dt>${t.project.website}</dt><dd><a href="${contact.website}" rel="nofollow noopener">${contact.website}</a></dd></div>` : ''}
  </dl>
</div>`;
}

/** The organisations in a role, each linked to its page, one per line. */
function organisationLinks(project: Project, role: OrganisationRole, ctx: ViewContext) {
  const orgs = organisationsInRole(project, role);
  if (orgs.length === 0) return null;
  return html`${orgs.map(
    (o, i) =>
      html`${i > 0 ? html`<br>` : ''}<a href="${localPath(ctx, `/organisations/${o.slug}`)}">${organisationLabel(localizedOrganisation(o, ctx.locale.code))}</a>`,
  )}`;
}

function organisationSection(
  project: Project,
  role: OrganisationRole,
  label: string,
  ctx: ViewContext,
) {
  const links = organisationLinks(project, role, ctx);
  const contacts = project.contacts.filter((c) => c.role === role);
  if (!links && contacts.length === 0) return '';
  const named = organisationsInRole(project, role).flatMap((o) => {
    const local = localizedOrganisation(o, ctx.locale.code);
    return [o.name, local.name, organisationLabel(local)];
  });
  return html`<section class="organisation">
  <h2>${label}</h2>
  ${links ? html`<p class="organisation__name">${links}</p>` : ''}
  ${contacts.map((c) => contactBlock(c, ctx, named))}
</section>`;
}

/** One project, in the anatomy of the platform's record page. */
export function projectView(model: ProjectViewModel, ctx: ViewContext): SafeHtml {
  const { project } = model;
  const { t } = ctx;
  const texts = localizedTexts(project, ctx.locale.code);
  const intl = ctx.locale.intl;
  const status = projectStatus(project.period, ctx.today);
  // A total line is labelled in the reader's language; a component by its label in the
  // translated budget text when that states the same lines, else by its own.
  const labelled =
    texts.language === project.language
      ? project.budgetLines
      : budgetLinesLabelledBy(project.budgetLines, texts.budgetText);
  const budgetLines = labelled.map(
    (l) =>
      html`<li>${l.isTotal ? t.project.total : (l.label ?? t.project.component)}: ${formatMoney(l.amountCents, l.currency, intl)}</li>`,
  );
  const summaryDuplicated = Boolean(
    texts.summary && texts.description?.trim().startsWith(texts.summary.trim()),
  );
  const unassignedContacts = project.contacts.filter((c) => c.role === null);
  const langAttr = texts.fallback ? html` lang="${texts.language}"` : '';

  const main = html`
<p class="back-link"><a href="${model.backHref}">← ${t.project.backToList}</a></p>
<article class="project"${langAttr}>
  <h1>${texts.title}</h1>
  ${texts.fallback ? html`<p class="notice" lang="${ctx.locale.code}">${t.project.notTranslated}</p>` : ''}
  <dl class="summary-list">
    ${row(t.project.country, lines(placeNames(project, ctx)))}
    ${row(t.project.type, lines(project.types.map((ty) => typeName(ty, ctx))))}
    ${row(t.project.period, html`${periodText(project, ctx)}${texts.periodNote ? html`<br><span class="muted">${texts.periodNote}</span>` : ''}`)}
    ${row(t.project.donor, organisationLinks(project, 'donor', ctx))}
    ${row(
      t.project.budget,
      texts.budgetText || budgetLines.length
        ? html`${texts.budgetText ?? ''}${budgetLines.length ? html`<ul class="budget-lines" aria-label="${t.project.budgetLines}">${budgetLines}</ul>` : ''}`
        : null,
    )}
    ${row(
      t.project.beneficiary,
      texts.beneficiary || project.beneficiaryCountries.length
        ? html`${texts.beneficiary ?? ''}${
            project.beneficiaryCountries.length
              ? html`<ul class="inline-list" aria-label="${t.project.beneficiaryCountries}">${project.beneficiaryCountries.map((c) => html`<li>${countryName(c, ctx.locale.code)}</li>`)}</ul>`
              : ''
          }`
        : null,
    )}
    ${row(t.project.status, status ? t.status[status] : null)}
  </dl>
  ${texts.summary && !summaryDuplicated ? html`<p class="lead">${texts.summary}</p>` : ''}
  ${texts.description ? html`<div class="prose">${renderMarkdown(texts.description)}</div>` : ''}
  ${organisationSection(project, 'implementing', t.project.implementer, ctx)}
  ${organisationSection(project, 'extending', t.project.extending, ctx)}
  ${organisationSection(project, 'accountable', t.project.accountable, ctx)}
  ${unassignedContacts.length ? html`<section class="organisation"><h2>${t.project.contact}</h2>${unassignedContacts.map((c) => contactBlock(c, ctx))}</section>` : ''}
  ${
    project.links.length
      ? html`<section><h2>${t.project.links}</h2><ul>${project.links.map(
          (l) =>
            html`<li><a href="${l.url}" rel="nofollow noopener">${l.title ?? l.url}</a>${l.format ? html` <span class="muted">(${l.format})</span>` : ''}</li>`,
        )}</ul></section>`
      : ''
  }
  <p class="meta">${t.project.lastUpdated}: <time datetime="${project.updatedAt}">${formatDate(project.updatedAt, intl)}</time> · ${t.project.source}: ${t.project.sources[project.provenance.source]}${project.provenance.iatiIdentifier ? html` (<code>${project.provenance.iatiIdentifier}</code>)` : ''}</p>
  ${changeLog(model.changes, ctx)}
</article>`;
  return layout(ctx, {
    title: texts.title,
    description: texts.summary ?? undefined,
    breadcrumbs: [
      { label: t.nav.home, href: localPath(ctx, '/') },
      { label: t.nav.resources },
      { label: t.nav.projects, href: model.backHref },
      { label: texts.title },
    ],
    main,
  });
}
