import { earliestDay, latestDay, projectStatus } from '../../domain/projects/period.ts';
import type { Contact, OrganisationRole, Project } from '../../domain/projects/project.ts';
import { budgetsOut } from './iati-budgets-out.ts';
import { attrs, xmlText } from './xml-text.ts';

/** The IATI identity of an organisation we store: its identifier and OrganisationType code. */
export interface OrganisationRef {
  ref: string | null;
  type: string | null;
}

/** Who publishes the file: IATI requires a reporting organisation with a ref and a type. */
export interface ReportingOrg {
  ref: string;
  type: string;
  name: string;
}

export interface IatiExportOptions {
  reportingOrg: ReportingOrg;
  /** ISO date: which activity dates are actual and which planned, and the status. */
  today: string;
  /** The IATI identity of an organisation by its id, when known. */
  organisationRef?: (organisationId: number) => OrganisationRef | undefined;
  /** DAC 5-digit codes of a project type, by slug, from the vocabulary. */
  dacCodesOfType?: (typeSlug: string) => readonly string[];
}

const ROLE_CODES: Record<OrganisationRole, string> = {
  donor: '1',
  accountable: '2',
  extending: '3',
  implementing: '4',
};
// ActivityStatus: 1 pipeline, 2 implementation, 4 closed.
const STATUS_CODES = { planned: '1', ongoing: '2', completed: '4' } as const;
// DocumentCategory A12 "Activity web page": we keep no category of our own.
const LINK_CATEGORY = 'A12';

/** A number as xsd:decimal text (never exponent notation). */
function decimal(n: number): string {
  const text = String(n);
  return /e/i.test(text) ? n.toFixed(10).replace(/\.?0+$/, '') : text;
}

function narrative(text: string | null, lang: string | null): string {
  return `<narrative${attrs({ 'xml:lang': lang })}>${xmlText(text ?? '')}</narrative>`;
}

/** Narratives of one text in the project's language (untagged) and in each translation. */
function narratives(main: string | null, others: { language: string; text: string | null }[]) {
  let out = narrative(main, null);
  for (const o of others) if (o.text) out += narrative(o.text, o.language);
  return out;
}

function element(
  name: string,
  attributes: Record<string, string | null | undefined>,
  body: string,
) {
  return `<${name}${attrs(attributes)}>${body}</${name}>`;
}

function textElement(name: string, text: string | null) {
  return text ? element(name, {}, narrative(text, null)) : '';
}

function contactInfo(c: Contact): string {
  // Order as the schema's sequence: organisation, department, person-name, job-title,
  // telephone, email, website, mailing-address.
  const body =
    textElement('organisation', c.organisation) +
    textElement('person-name', c.person) +
    textElement('job-title', c.jobTitle) +
    c.phones.map((p) => `<telephone>${xmlText(p)}</telephone>`).join('') +
    (c.email ? `<email>${xmlText(c.email)}</email>` : '') +
    (c.website ? `<website>${xmlText(c.website)}</website>` : '') +
    textElement('mailing-address', c.address);
  return body ? `<contact-info>${body}</contact-info>` : '';
}

function sectorsOf(project: Project, options: IatiExportOptions): string {
  const kept = new Set(project.sectors.filter((s) => s.vocabulary === '1').map((s) => s.code));
  let out = project.sectors
    .map((s) =>
      element(
        'sector',
        {
          vocabulary: s.vocabulary,
          code: s.code,
          percentage: s.percentage === null ? null : decimal(s.percentage),
        },
        '',
      ),
    )
    .join('');
  // A type the sectors already stand for adds nothing, so an imported activity goes back out
  // with exactly its own sectors; a type chosen by hand adds its first DAC code.
  for (const type of project.types) {
    const codes = options.dacCodesOfType?.(type.slug) ?? [];
    if (codes.length === 0 || codes.some((c) => kept.has(c))) continue;
    const code = codes[0]!;
    kept.add(code);
    out += element('sector', { vocabulary: '1', code }, '');
  }
  return out;
}

function activityDates(project: Project, today: string): string {
  const { start, end } = project.period;
  let out = '';
  if (start) {
    const day = earliestDay(start);
    out += element('activity-date', { type: day <= today ? '2' : '1', 'iso-date': day }, '');
  }
  if (end) {
    const day = latestDay(end);
    out += element('activity-date', { type: day < today ? '4' : '3', 'iso-date': day }, '');
  }
  if (!out) {
    // The schema requires a date; with none known, the record's creation stands in, and says so.
    out = element(
      'activity-date',
      { type: '1', 'iso-date': project.createdAt.slice(0, 10) },
      narrative('Period not known; this is the date the record was created.', 'en'),
    );
  }
  return out;
}

/** One `<iati-activity>` for the project, its elements in the order of the IATI 2.03 schema. */
export function projectToIatiXml(project: Project, options: IatiExportOptions): string {
  const tr = project.translations;
  const identifier =
    project.provenance.iatiIdentifier ?? `${options.reportingOrg.ref}-${project.slug}`;
  const budgets = budgetsOut(project.budgetLines, project.period);
  const status = projectStatus(project.period, options.today);
  const parts: string[] = [];

  parts.push(`<iati-identifier>${xmlText(identifier)}</iati-identifier>`);
  parts.push(
    element(
      'reporting-org',
      { ref: options.reportingOrg.ref, type: options.reportingOrg.type, 'secondary-reporter': '1' },
      narrative(options.reportingOrg.name, null),
    ),
  );
  parts.push(
    element(
      'title',
      {},
      narratives(
        project.title,
        tr.map((t) => ({ language: t.language, text: t.title })),
      ),
    ),
  );
  // An empty narrative satisfies the schema where the project has no description, and reads
  // back as none.
  parts.push(
    element(
      'description',
      { type: '1' },
      narratives(
        project.description,
        tr.map((t) => ({ language: t.language, text: t.description })),
      ),
    ),
  );
  if (project.beneficiary || tr.some((t) => t.beneficiary)) {
    parts.push(
      element(
        'description',
        { type: '3' },
        narratives(
          project.beneficiary,
          tr.map((t) => ({ language: t.language, text: t.beneficiary })),
        ),
      ),
    );
  }
  const orgs = project.organisations.map((o) => {
    const ref = options.organisationRef?.(o.organisation.id);
    return element(
      'participating-org',
      { ref: ref?.ref, type: ref?.type, role: ROLE_CODES[o.role] },
      narrative(o.organisation.name, null),
    );
  });
  // The schema requires one; a nameless one with no ref reads back as no organisation.
  parts.push(orgs.length > 0 ? orgs.join('') : element('participating-org', { role: '4' }, ''));
  parts.push(element('activity-status', { code: status ? STATUS_CODES[status] : '2' }, ''));
  parts.push(activityDates(project, options.today));
  parts.push(project.contacts.map(contactInfo).join(''));
  for (const c of project.countries) {
    parts.push(
      element(
        'recipient-country',
        { code: c.code, percentage: c.percentage === null ? null : decimal(c.percentage) },
        '',
      ),
    );
  }
  for (const r of project.regions) {
    parts.push(
      element(
        'recipient-region',
        {
          code: r.code,
          vocabulary: '1',
          percentage: r.percentage === null ? null : decimal(r.percentage),
        },
        '',
      ),
    );
  }
  parts.push(sectorsOf(project, options));
  for (const b of budgets) {
    parts.push(
      element(
        'budget',
        { type: '1', status: '1' },
        element('period-start', { 'iso-date': b.periodStart }, '') +
          element('period-end', { 'iso-date': b.periodEnd }, '') +
          element('value', { currency: b.currency, 'value-date': b.periodStart }, b.value),
      ),
    );
  }
  for (const link of project.links) {
    parts.push(
      element(
        'document-link',
        { url: link.url, format: link.format ?? 'text/html' },
        element('title', {}, narrative(link.title, null)) +
          element('category', { code: LINK_CATEGORY }, '') +
          (link.language ? element('language', { code: link.language }, '') : ''),
      ),
    );
  }
  const head = attrs({
    'last-updated-datetime': project.updatedAt,
    'xml:lang': project.language,
    'default-currency': budgets[0]?.currency ?? null,
  });
  return `<iati-activity${head}>\n  ${parts.filter(Boolean).join('\n  ')}\n </iati-activity>\n`;
}
