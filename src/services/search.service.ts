import type { DatabaseHandle } from '../db/database.ts';
import { loadProjects } from '../db/project-read.repository.ts';
import { ValidationError } from '../domain/errors.ts';
import type { Project } from '../domain/projects/project.ts';
import {
  countryName,
  currencyName,
  isKnownCountry,
  regionName,
} from '../domain/vocabularies/codelists.ts';
import type { SearchVocabularyData } from '../search/index-loader.ts';
import { parseSearchParams, type RawParams } from '../search/params.ts';
import type {
  Facet,
  ParsedSearch,
  SearchQuery,
  SearchResult,
  SnippetPart,
} from '../search/search.ts';
import { createSearchEngine, type SearchContext } from '../search/search-engine.ts';
import { snippetsOf } from '../search/snippets.ts';

/** One filter option as a list shows it: value, label, count, and whether it is chosen. */
export interface FacetOption {
  value: string;
  label: string;
  /** Short form for tags, e.g. an organisation's acronym. */
  short?: string;
  count: number;
  selected: boolean;
}

/** A page of search results with the projects loaded and every facet labelled. */
export interface SearchPage {
  query: SearchQuery;
  projects: Project[];
  total: number;
  facets: Record<Facet, FacetOption[]>;
  budgetSums: SearchResult['budgetSums'];
  /** Highlighted passages for the page's projects, by id (only when there is text). */
  snippets: Map<number, SnippetPart[]>;
}

/** Labels of facet values in a language; statuses and sources are labelled by the views. */
function labeller(vocab: SearchVocabularyData, language: string) {
  const types = new Map(vocab.types.map((t) => [t.slug, t.names[language] ?? t.name]));
  const orgs = new Map(vocab.organisations.map((o) => [o.slug, o]));
  return (facet: Facet, value: string): { label: string; short?: string } => {
    switch (facet) {
      case 'country':
        return {
          label: isKnownCountry(value) ? countryName(value, language) : regionName(value, language),
        };
      case 'type':
        return { label: types.get(value) ?? value };
      case 'donor':
      case 'implementer': {
        const o = orgs.get(value);
        return o ? { label: o.name, ...(o.acronym ? { short: o.acronym } : {}) } : { label: value };
      }
      case 'currency':
        return { label: `${value} · ${currencyName(value, language)}`, short: value };
      default:
        return { label: value };
    }
  };
}

/** Searching and browsing published projects, for the list page and the API. */
export function createSearchService(handle: DatabaseHandle) {
  const engine = createSearchEngine(handle);
  return {
    /** Reads list parameters; invalid values are left out and reported in `issues`. */
    async parse(raw: RawParams): Promise<ParsedSearch> {
      // Without type or organisation filters the vocabulary as last loaded will do, saving a
      // round trip; with them it must be current: another process may have added one, or
      // removed one (a merge), which must then be reported rather than match nothing.
      const slugs =
        raw.type !== undefined || raw.donor !== undefined || raw.implementer !== undefined;
      const vocab = slugs ? await engine.vocabulary() : await engine.lastVocabulary();
      const types = new Set(vocab.types.map((t) => t.slug));
      const orgs = new Set(vocab.organisations.map((o) => o.slug));
      return parseSearchParams(raw, {
        isType: (slug) => types.has(slug),
        isOrganisation: (slug) => orgs.has(slug),
      });
    },

    /** Reads list parameters strictly: any invalid value is a ValidationError naming it. */
    async parseStrict(raw: RawParams): Promise<SearchQuery> {
      const { query, issues } = await this.parse(raw);
      if (issues.length > 0) throw new ValidationError(issues);
      return query;
    },

    /** One page of projects for the query, with labelled facet counts and budget sums. */
    async search(query: SearchQuery, context: SearchContext): Promise<SearchPage> {
      const [result, vocab] = await Promise.all([
        engine.search(query, context),
        engine.vocabulary(),
      ]);
      const label = labeller(vocab, context.language);
      const facets = {} as Record<Facet, FacetOption[]>;
      for (const [facet, counts] of Object.entries(result.facets) as [
        Facet,
        SearchResult['facets'][Facet],
      ][]) {
        const chosen = new Set(query.filters[facet]);
        const options = counts.map((c) => ({
          value: c.value,
          count: c.count,
          selected: chosen.has(c.value),
          ...label(facet, c.value),
        }));
        // A chosen value no project has (yet) still shows, with its zero.
        for (const value of chosen) {
          if (!options.some((o) => o.value === value)) {
            options.push({ value, count: 0, selected: true, ...label(facet, value) });
          }
        }
        facets[facet] = options;
      }
      const projects = await loadProjects(handle.db, result.ids);
      return {
        query,
        projects,
        total: result.total,
        facets,
        budgetSums: result.budgetSums,
        // From the texts just loaded: snippets cost no query of their own.
        snippets: query.text ? snippetsOf(projects, query.text, context.language) : new Map(),
      };
    },

    /** One page of the query's project ids and the total, without loading the projects. */
    async pageIds(query: SearchQuery, context: SearchContext) {
      const result = await engine.search(query, context);
      return { ids: result.ids, total: result.total };
    },

    /** Loads the in-memory filter index now (at start-up) rather than at the first search. */
    warm: () => engine.warm(),
  };
}

export type SearchService = ReturnType<typeof createSearchService>;
