import type { FacetData } from '../../src/search/facet-index.ts';
import type { Evaluation } from '../../src/search/facet-query.ts';
import type { IndexedProject } from '../../src/search/index-loader.ts';
import { FACETS, type Facet, type SearchQuery } from '../../src/search/search.ts';

// A project-by-project reference for the in-memory search's tests: what the bit sets must give.

/** A seeded pseudo-random number generator (the same sequence on every run). */
export function random(seed: number) {
  return () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
}

/** Each facet's values of a project, as the filters see them. */
export function valuesOf(p: IndexedProject, facet: Facet, today: string): string[] {
  const day = today;
  switch (facet) {
    case 'country':
      return p.places;
    case 'type':
      return p.types;
    case 'donor':
      return p.donors;
    case 'implementer':
      return p.implementers;
    case 'source':
      return [p.source];
    case 'currency':
      return p.budgets.map((b) => b.currency);
    case 'status':
      if (!p.startsOn && !p.endsOn) return [];
      if (p.startsOn && p.startsOn > day) return ['planned'];
      if (p.endsOn && p.endsOn < day) return ['completed'];
      return ['ongoing'];
  }
}

/** The disjunctive counts, project by project, the slow and obvious way. */
export function reference(
  projects: Map<number, IndexedProject>,
  query: SearchQuery,
  today: string,
  text: Set<number> | null,
) {
  const passes = (p: IndexedProject, facet: Facet) =>
    query.filters[facet].length === 0 ||
    valuesOf(p, facet, today).some((v) => query.filters[facet].includes(v));
  const inRange = (p: IndexedProject) => {
    if (query.activeFrom || query.activeTo) {
      if (!p.startsOn && !p.endsOn) return false;
      if (query.activeTo && p.startsOn && p.startsOn > `${query.activeTo}-12-31`) return false;
      if (query.activeFrom && p.endsOn && p.endsOn < `${query.activeFrom}-01-01`) return false;
    }
    if (query.budgetMinCents !== null) {
      const b = p.budgets.find((x) => x.currency === query.budgetCurrency);
      if (!b || b.cents < query.budgetMinCents) return false;
    }
    return true;
  };
  const counts = {} as Record<Facet, Map<string, number>>;
  for (const f of FACETS) counts[f] = new Map();
  const ids: number[] = [];
  const sums = new Map<string, number>();
  for (const p of projects.values()) {
    if (text && !text.has(p.id)) continue;
    if (!inRange(p)) continue;
    const failing = FACETS.filter((f) => !passes(p, f));
    if (failing.length === 0) {
      ids.push(p.id);
      for (const b of p.budgets) sums.set(b.currency, (sums.get(b.currency) ?? 0) + b.cents);
    }
    for (const f of FACETS) {
      if (failing.length === 0 || (failing.length === 1 && failing[0] === f)) {
        for (const v of new Set(valuesOf(p, f, today))) {
          counts[f].set(v, (counts[f].get(v) ?? 0) + 1);
        }
      }
    }
  }
  return { ids: ids.sort((a, b) => a - b), counts, sums };
}

/** Counts without the zeros, to compare with the reference (which never sees a zero). */
export function nonZero(counts: Record<Facet, Map<string, number>>) {
  const out = {} as Record<Facet, Map<string, number>>;
  for (const f of FACETS) out[f] = new Map([...counts[f]].filter(([, n]) => n !== 0));
  return out;
}

/** The result's project ids, ascending. */
export function idsOf(data: FacetData, ev: Evaluation): number[] {
  return [...ev.slots].map((s) => data.projectId.data[s]!).sort((a, b) => a - b);
}
