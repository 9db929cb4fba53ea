import {
  localizedOrganisation,
  type Organisation,
  organisationLabel,
} from '../../domain/organisations/organisation.ts';
import type { OrganisationRole, Project } from '../../domain/projects/project.ts';
import { plural } from '../../i18n/format.ts';
import { projectRow } from '../components/project-row.ts';
import { html, type SafeHtml } from '../html.ts';
import { layout } from '../layout.ts';
import { localPath, type ViewContext } from '../view-context.ts';

export interface OrganisationViewModel {
  organisation: Organisation;
  roles: { role: OrganisationRole; count: number; projects: Project[] }[];
}

// The list page filters by these roles; the others have no list filter.
const LIST_FILTER: Partial<Record<OrganisationRole, string>> = {
  donor: 'donor',
  implementing: 'implementer',
};

/** One organisation: its details and the projects it funds, implements, extends or answers for. */
export function organisationView(model: OrganisationViewModel, ctx: ViewContext): SafeHtml {
  const { t } = ctx;
  const o = model.organisation;
  const name = localizedOrganisation(o, ctx.locale.code);
  const sections = model.roles.map((r) => {
    const filter = LIST_FILTER[r.role];
    const all =
      filter && r.count > r.projects.length
        ? html`<p><a href="${localPath(ctx, `/projects?${filter}=${encodeURIComponent(o.slug)}`)}">${t.organisation.allInRole} (${plural(t.projectsCount, r.count, ctx.locale.intl)}) →</a></p>`
        : '';
    return html`<section>
  <h2>${t.organisation.roles[r.role]} · ${plural(t.projectsCount, r.count, ctx.locale.intl)}</h2>
  <ol class="results">${r.projects.map((p) => projectRow(p, ctx))}</ol>
  ${all}
</section>`;
  });
  const main = html`<h1>${organisationLabel(name)}</h1>
${name.name !== o.name ? html`<p class="lead">${organisationLabel(o)}</p>` : ''}
<dl class="summary-list">
  ${o.website ? html`<div class="summary-list__row"><dt>${t.organisation.website}</dt><dd><a href="${o.website}" rel="nofollow noopener">${o.website}</a></dd></div>` : ''}
  ${o.iatiIdentifier ? html`<div class="summary-list__row"><dt>${t.organisation.iatiIdentifier}</dt><dd><code>${o.iatiIdentifier}</code></dd></div>` : ''}
</dl>
${sections}`;
  return layout(ctx, {
    title: organisationLabel(name),
    breadcrumbs: [
      { label: t.nav.home, href: localPath(ctx, '/') },
      { label: t.organisation.organisations },
      { label: organisationLabel(name) },
    ],
    main,
  });
}
