import { countryName } from '../src/domain/vocabularies/codelists.ts';
import { stemmedText } from '../src/search/text.ts';

// Synthetic projects shaped like the demo data: Central Asian countries most often, a dozen
// project types, a few hundred donors and implementers with a long tail, English (70 %) and
// Russian (30 %) texts of about 130 words whose words follow a Zipf-like law, so some words are
// in most projects (as "project" or "law" are) and most words are rare.

/** A small deterministic generator, so every run writes the same data. */
export function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

export const COUNTRIES = [
  'KZ',
  'KG',
  'TJ',
  'UZ',
  'TM',
  'AF',
  'MN',
  'AZ',
  'GE',
  'AM',
  'UA',
  'MD',
  'BY',
  'RU',
  'CN',
  'IN',
  'PK',
  'IR',
  'TR',
  'KE',
];
const COUNTRY_WEIGHTS = COUNTRIES.map((_, i) => 1 / (i + 1) ** 1.1);
export const CURRENCIES = ['USD', 'EUR', 'GBP', 'CHF', 'SEK', 'JPY', 'KZT'];
const CURRENCY_WEIGHTS = [60, 20, 6, 5, 4, 3, 2];
export const SOURCES = ['manual', 'iati', 'spreadsheet'];

const EN =
  'project law justice court reform support national institution capacity training legal aid corruption police prison prosecutor judge human rights women youth access civil society government ministry strengthen improve develop regional cooperation border drug control crime criminal procedure legislation policy monitor evaluate public administration transparency accountability integrity service digital case management mediation victim witness protection juvenile probation detention torture prevention trafficking migration labour land property commercial arbitration constitutional election parliament ombudsman media freedom information data statistics budget finance audit procurement local self government community dialogue conflict peace security extremism radicalisation rehabilitation reintegration health education gender equality disability minority language culture environment water energy climate disaster resilience agriculture trade customs tax investment enterprise bank'.split(
    ' ',
  );
const RU =
  'проект право правосудие суд реформа поддержка национальный институт потенциал обучение юридическая помощь коррупция полиция тюрьма прокурор судья права человека женщины молодежь доступ гражданское общество правительство министерство укрепление улучшение развитие региональное сотрудничество граница наркотики контроль преступность уголовный процесс законодательство политика мониторинг оценка государственное управление прозрачность подотчетность добросовестность услуги цифровой медиация жертва свидетель защита несовершеннолетние пробация задержание пытки профилактика торговля миграция труд земля собственность арбитраж конституционный выборы парламент омбудсмен'.split(
    ' ',
  );
const FILLER_EN = 'the of and to in for with on by a an through from at as'.split(' ');
const FILLER_RU = 'и в на с по для из к от о при через'.split(' ');

function zipfPicker(words: string[], rnd: () => number) {
  const weights = words.map((_, i) => 1 / (i + 1) ** 0.9);
  const total = weights.reduce((a, b) => a + b, 0);
  const cumulative: number[] = [];
  let acc = 0;
  for (const w of weights) {
    acc += w / total;
    cumulative.push(acc);
  }
  return () => {
    const x = rnd();
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    return words[lo]!;
  };
}

function weighted<T>(items: T[], weights: number[], rnd: () => number): T {
  const total = weights.reduce((a, b) => a + b, 0);
  let x = rnd() * total;
  for (let i = 0; i < items.length; i++) {
    x -= weights[i]!;
    if (x <= 0) return items[i]!;
  }
  return items[items.length - 1]!;
}

export interface BenchOrganisation {
  id: number;
  slug: string;
  name: string;
  acronym: string;
}

export interface BenchType {
  id: number;
  name: string;
  ru: string;
}

/** Organisations: a few hundred, the first few in most projects. */
export function organisations(count = 400): BenchOrganisation[] {
  const rnd = random(7);
  const pick = zipfPicker(EN, rnd);
  return Array.from({ length: count }, (_, i) => {
    const name = `${pick()} ${pick()} ${['Agency', 'Foundation', 'Institute', 'Programme', 'Fund'][i % 5]} ${i}`;
    return { id: i + 1, slug: `org-${i + 1}`, name, acronym: `O${i + 1}` };
  });
}

export interface BenchProject {
  id: number;
  slug: string;
  language: string;
  title: string;
  summary: string;
  description: string;
  startsOn: string | null;
  endsOn: string | null;
  periodStart: string | null;
  periodEnd: string | null;
  source: string;
  updatedAt: string;
  countries: string[];
  types: number[];
  donors: number[];
  implementers: number[];
  budget: { cents: number; currency: string } | null;
  /** Stemmed title and body, as the search index stores them. */
  stemmedTitle: string;
  stemmedBody: string;
}

/** Generates projects in id order, deterministically. */
export function* projects(
  count: number,
  orgs: BenchOrganisation[],
  types: BenchType[],
): Generator<BenchProject> {
  const rnd = random(42);
  const en = zipfPicker(EN, rnd);
  const ru = zipfPicker(RU, rnd);
  const orgWeights = orgs.map((_, i) => 1 / (i + 1));
  const typeWeights = types.map((_, i) => 1 / (i + 1) ** 0.7);
  // Stemming every word of a million projects would dominate the load; the vocabulary is small,
  // so each word (and each organisation, type and country text) is stemmed once.
  const stemOf = new Map<string, string>();
  const stem = (text: string) => {
    let out = stemOf.get(text);
    if (out === undefined) {
      out = stemmedText(text);
      stemOf.set(text, out);
    }
    return out;
  };
  let stems: string[] = [];
  const sentence = (pick: () => string, filler: string[], n: number) => {
    const out: string[] = [];
    for (let i = 0; i < n; i++)
      out.push(rnd() < 0.3 ? filler[Math.floor(rnd() * filler.length)]! : pick());
    for (const w of out) stems.push(stem(w));
    return out.join(' ');
  };
  for (let id = 1; id <= count; id++) {
    const russian = rnd() < 0.3;
    const pick = russian ? ru : en;
    const filler = russian ? FILLER_RU : FILLER_EN;
    stems = [];
    const title = sentence(pick, filler, 6 + Math.floor(rnd() * 5));
    const stemmedTitle = stems.join(' ');
    stems = [];
    const summary = `${sentence(pick, filler, 25)}.`;
    const description = `${sentence(pick, filler, 50)}.\n\n${sentence(pick, filler, 45)}.`;
    const startYear = 2000 + Math.floor(rnd() * 30);
    const known = rnd() < 0.95;
    const months = 12 + Math.floor(rnd() * 60);
    const startMonth = 1 + Math.floor(rnd() * 12);
    const endTotal = startYear * 12 + startMonth - 1 + months;
    const endYear = Math.floor(endTotal / 12);
    const endMonth = (endTotal % 12) + 1;
    const mm = (m: number) => String(m).padStart(2, '0');
    const lastDay = new Date(Date.UTC(endYear, endMonth, 0)).getUTCDate();
    const countryCount = rnd() < 0.75 ? 1 : 2 + Math.floor(rnd() * 3);
    const countries = [
      ...new Set(
        Array.from({ length: countryCount }, () => weighted(COUNTRIES, COUNTRY_WEIGHTS, rnd)),
      ),
    ];
    const typeIds = [
      ...new Set(
        Array.from(
          { length: 1 + Math.floor(rnd() * 2) },
          () => weighted(types, typeWeights, rnd).id,
        ),
      ),
    ];
    const donors = [
      ...new Set(
        Array.from({ length: 1 + Math.floor(rnd() * 2) }, () => weighted(orgs, orgWeights, rnd).id),
      ),
    ];
    const implementers = [
      ...new Set(
        Array.from({ length: 1 + Math.floor(rnd() * 2) }, () => weighted(orgs, orgWeights, rnd).id),
      ),
    ];
    const budget =
      rnd() < 0.85
        ? {
            cents: Math.round(10 ** (5 + rnd() * 3)) * 100,
            currency: weighted(CURRENCIES, CURRENCY_WEIGHTS, rnd),
          }
        : null;
    const orgText = [...donors, ...implementers].map((o) =>
      stem(`${orgs[o - 1]!.name} ${orgs[o - 1]!.acronym}`),
    );
    const typeText = typeIds.map((t) => stem(`${types[t - 1]!.name} ${types[t - 1]!.ru}`));
    const placeText = countries.map((c) => stem(`${countryName(c, 'en')} ${countryName(c, 'ru')}`));
    yield {
      id,
      slug: `p-${id}`,
      language: russian ? 'ru' : 'en',
      title,
      summary,
      description,
      startsOn: known ? `${startYear}-${mm(startMonth)}-01` : null,
      endsOn: known ? `${endYear}-${mm(endMonth)}-${lastDay}` : null,
      periodStart: known ? `${startYear}-${mm(startMonth)}` : null,
      periodEnd: known ? `${endYear}-${mm(endMonth)}` : null,
      source: weighted(SOURCES, [50, 40, 10], rnd),
      updatedAt: new Date(
        Date.UTC(2020, 0, 1) + Math.floor(rnd() * 6 * 365 * 86_400_000),
      ).toISOString(),
      countries,
      types: typeIds,
      donors,
      implementers,
      budget,
      stemmedTitle,
      stemmedBody: [stems.join(' '), ...orgText, ...typeText, ...placeText].join(' '),
    };
  }
}

/** Words for queries: common ones (in most projects), middling and rare, in both languages. */
export const QUERY_WORDS = {
  common: ['project', 'law', 'проект', 'право'],
  middling: ['corruption', 'police', 'prosecutor', 'коррупция', 'полиция', 'court reform'],
  rare: ['arbitration', 'ombudsman', 'extremism', 'омбудсмен', 'арбитраж', 'customs tax'],
};
