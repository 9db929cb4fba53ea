import {
  FACETS,
  MAX_QUERY_LENGTH,
  PAGE_SIZES,
  SORT_KEYS,
  SOURCES,
  STATUSES,
} from '../../../search/search.ts';

// The document is built from the same constants the parameter parser uses, so a new sort key,
// status or page size shows up here without a second list to keep in step. The API test
// validates real responses against these schemas, so the shapes cannot drift either.

const nullableString = { type: ['string', 'null'] };
const nullablePercentage = { type: ['number', 'null'], minimum: 0, maximum: 100 };
const stringList = { type: 'array', items: { type: 'string' } };

function object(properties: Record<string, unknown>, optional: string[] = []) {
  return {
    type: 'object',
    additionalProperties: false,
    required: Object.keys(properties).filter((k) => !optional.includes(k)),
    properties,
  };
}

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const listOf = (name: string) => ({ type: 'array', items: ref(name) });

const FACET_DESCRIPTIONS: Record<(typeof FACETS)[number], string> = {
  country:
    'Recipient country (ISO 3166-1 alpha-2, e.g. KZ) or region (IATI region code, e.g. 619 for Central Asia).',
  type: 'Project type slug, e.g. `criminal-justice`.',
  donor: 'Organisation slug of a donor (funding organisation).',
  implementer: 'Organisation slug of an implementing organisation.',
  status: `Status derived from the period against today: ${STATUSES.join(', ')}.`,
  currency: 'ISO 4217 currency of any budget line, e.g. EUR.',
  source: `Where the record came from: ${SOURCES.join(', ')} (manual = entered by hand).`,
};

const FACET_ENUMS: Partial<Record<(typeof FACETS)[number], readonly string[]>> = {
  status: STATUSES,
  source: SOURCES,
};

function queryParameter(name: string, description: string, schema: Record<string, unknown>) {
  return { name, in: 'query', required: false, description, schema };
}

const listParameters = [
  queryParameter(
    'q',
    'Full text in English or Russian, stemmed. `"quoted phrase"`, `-exclude`, `prefix*`; a malformed query falls back to plain words.',
    { type: 'string', maxLength: MAX_QUERY_LENGTH },
  ),
  ...FACETS.map((facet) => ({
    ...queryParameter(
      facet,
      `${FACET_DESCRIPTIONS[facet]} Repeatable: OR within this filter, AND across filters.`,
      {
        type: 'array',
        maxItems: 50,
        items: FACET_ENUMS[facet]
          ? { type: 'string', enum: [...FACET_ENUMS[facet]!] }
          : { type: 'string' },
      },
    ),
    style: 'form',
    explode: true,
  })),
  queryParameter(
    'active_from',
    'Start of the active-period range, a year (2015) or a month (2015-03); projects whose period overlaps the range match.',
    { type: 'string', pattern: '^\\d{4}(-\\d{2})?$' },
  ),
  queryParameter('active_to', 'End of the active-period range, a year or a month.', {
    type: 'string',
    pattern: '^\\d{4}(-\\d{2})?$',
  }),
  queryParameter('budget_min', 'Lowest headline budget, in `budget_currency`.', {
    type: 'string',
    pattern: '^\\d+(\\.\\d{1,2})?$',
  }),
  queryParameter('budget_max', 'Highest headline budget, in `budget_currency`.', {
    type: 'string',
    pattern: '^\\d+(\\.\\d{1,2})?$',
  }),
  queryParameter(
    'budget_currency',
    'Currency of the budget bounds and of the budget sort (ISO 4217).',
    {
      type: 'string',
      default: 'USD',
      pattern: '^[A-Za-z]{3}$',
    },
  ),
  queryParameter(
    'sort',
    'Order of the results. Default: relevance when there is text, otherwise start.',
    { type: 'string', enum: [...SORT_KEYS] },
  ),
  queryParameter('dir', 'Direction. Default: asc for title, desc for the others.', {
    type: 'string',
    enum: ['asc', 'desc'],
  }),
  queryParameter('page', 'Page number, from 1.', {
    type: 'integer',
    minimum: 1,
    maximum: 100_000,
    default: 1,
  }),
  queryParameter('page_size', 'Results per page.', {
    type: 'integer',
    enum: [...PAGE_SIZES],
    default: PAGE_SIZES[0],
  }),
  queryParameter('lang', 'Language of the filter labels: en or ru.', {
    type: 'string',
    enum: ['en', 'ru'],
    default: 'en',
  }),
];

const schemas = {
  Money: object({
    amount: { type: 'string', pattern: '^-?\\d+(\\.\\d{2})?$', description: 'Exact decimal.' },
    amountCents: { type: 'integer', description: 'The same amount in cents (minor units).' },
    currency: { type: 'string', pattern: '^[A-Z]{3}$' },
  }),
  OrganisationRef: object({
    slug: { type: 'string' },
    name: { type: 'string' },
    acronym: nullableString,
  }),
  ProjectTypeRef: object({
    slug: { type: 'string' },
    name: { type: 'string' },
    names: {
      type: 'object',
      additionalProperties: { type: 'string' },
      description: 'The type name per language.',
    },
  }),
  Period: object({
    start: { ...nullableString, description: 'A year (2015) or a month (2015-01).' },
    end: nullableString,
  }),
  ProjectSummary: object(
    {
      slug: { type: 'string' },
      language: { type: 'string', description: 'Language of the original text.' },
      title: { type: 'string' },
      summary: nullableString,
      period: ref('Period'),
      status: { type: 'string', enum: [...STATUSES] },
      countries: stringList,
      regions: stringList,
      types: listOf('ProjectTypeRef'),
      donors: listOf('OrganisationRef'),
      implementers: listOf('OrganisationRef'),
      budget: { ...listOf('Money'), description: 'Headline budget, one entry per currency.' },
      source: { type: 'string', enum: [...SOURCES] },
      updatedAt: { type: 'string', format: 'date-time' },
      snippetHtml: {
        type: 'string',
        description: 'Escaped HTML text around the matches, the matched words in <mark>.',
      },
    },
    ['snippetHtml'],
  ),
  Place: object({ code: { type: 'string' }, percentage: nullablePercentage }),
  Project: object({
    slug: { type: 'string' },
    language: { type: 'string' },
    title: { type: 'string' },
    summary: nullableString,
    period: ref('Period'),
    status: { type: 'string', enum: [...STATUSES] },
    countries: listOf('Place'),
    regions: listOf('Place'),
    types: listOf('ProjectTypeRef'),
    donors: listOf('OrganisationRef'),
    implementers: listOf('OrganisationRef'),
    budget: listOf('Money'),
    source: { type: 'string', enum: [...SOURCES] },
    updatedAt: { type: 'string', format: 'date-time' },
    description: { ...nullableString, description: 'Markdown.' },
    periodNote: nullableString,
    budgetText: { ...nullableString, description: 'The budget as the donor wrote it.' },
    budgetLines: {
      type: 'array',
      items: object({
        label: nullableString,
        isTotal: { type: 'boolean' },
        amount: { type: 'string' },
        amountCents: { type: 'integer' },
        currency: { type: 'string' },
      }),
    },
    beneficiary: nullableString,
    beneficiaryCountries: stringList,
    sectors: {
      type: 'array',
      items: object({
        vocabulary: { type: 'string' },
        code: { type: 'string' },
        percentage: nullablePercentage,
      }),
    },
    organisations: {
      type: 'array',
      items: object({
        role: { type: 'string', enum: ['donor', 'implementing', 'extending', 'accountable'] },
        slug: { type: 'string' },
        name: { type: 'string' },
        acronym: nullableString,
      }),
    },
    contacts: {
      type: 'array',
      items: object({
        role: { type: ['string', 'null'] },
        organisation: nullableString,
        person: nullableString,
        jobTitle: nullableString,
        phones: stringList,
        email: nullableString,
        address: nullableString,
        website: nullableString,
      }),
    },
    links: {
      type: 'array',
      items: object({
        kind: { type: 'string', enum: ['link', 'document'] },
        url: { type: 'string' },
        title: nullableString,
        language: nullableString,
        format: nullableString,
      }),
    },
    translations: {
      type: 'array',
      items: object({
        language: { type: 'string' },
        title: { type: 'string' },
        summary: nullableString,
        description: nullableString,
        budgetText: nullableString,
        beneficiary: nullableString,
        periodNote: nullableString,
      }),
    },
    iatiIdentifier: nullableString,
    publishedAt: { type: ['string', 'null'], format: 'date-time' },
  }),
  FacetOption: object({
    value: { type: 'string' },
    label: { type: 'string' },
    count: {
      type: 'integer',
      minimum: 0,
      description:
        "Projects this option gives with every other filter held (its own filter's selection ignored).",
    },
    selected: { type: 'boolean' },
  }),
  SearchPage: object({
    total: { type: 'integer', minimum: 0 },
    page: { type: 'integer', minimum: 1 },
    pageSize: { type: 'integer', enum: [...PAGE_SIZES] },
    pageCount: { type: 'integer', minimum: 1 },
    sort: { type: 'string', enum: [...SORT_KEYS] },
    dir: { type: 'string', enum: ['asc', 'desc'] },
    results: listOf('ProjectSummary'),
    facets: object(Object.fromEntries(FACETS.map((f) => [f, listOf('FacetOption')]))),
    budgetSums: { ...listOf('Money'), description: 'Sum of the headline budgets per currency.' },
    links: object(
      { self: { type: 'string' }, prev: { type: 'string' }, next: { type: 'string' } },
      ['prev', 'next'],
    ),
  }),
  Error: object(
    {
      error: { type: 'string', description: 'A stable code, e.g. validation_failed, not_found.' },
      message: { type: 'string' },
      issues: {
        type: 'array',
        items: object({
          field: { type: 'string', description: 'The parameter at fault.' },
          message: { type: 'string' },
        }),
      },
    },
    ['issues'],
  ),
};

const errorResponse = (description: string) => ({
  description,
  content: { 'application/json': { schema: ref('Error') } },
});

/** The OpenAPI 3.1 description of the public read API, served at /api/v1/openapi.json. */
export function openApiDocument(serverUrl: string) {
  return {
    openapi: '3.1.0',
    info: {
      title: 'Projectory API',
      version: '1',
      description:
        'Read-only access to the published projects. The list takes the same parameters as the /projects page; unknown parameters are ignored, invalid values are a 400 naming each parameter.',
    },
    servers: [{ url: serverUrl }],
    paths: {
      '/api/v1/projects': {
        get: {
          operationId: 'listProjects',
          summary: 'Search and filter projects, with facet counts and budget sums',
          parameters: listParameters,
          responses: {
            '200': {
              description: 'One page of results',
              content: { 'application/json': { schema: ref('SearchPage') } },
            },
            '400': errorResponse('A parameter has an invalid value'),
          },
        },
      },
      '/api/v1/projects/{slug}': {
        get: {
          operationId: 'getProject',
          summary: 'One published project, every public field',
          parameters: [{ name: 'slug', in: 'path', required: true, schema: { type: 'string' } }],
          responses: {
            '200': {
              description: 'The project',
              content: { 'application/json': { schema: ref('Project') } },
            },
            '404': errorResponse('No published project has this slug'),
            '410': errorResponse('The project was deleted'),
          },
        },
      },
    },
    components: { schemas },
  };
}
