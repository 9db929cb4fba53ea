import { activeCountries, countryName, regionsList } from './codelists.ts';

/** A name as compared: lower case, no accents, "(the)" and punctuation dropped, single spaces. */
export function normaliseName(name: string): string {
  return name
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ё/g, 'е')
    .replace(/\((the|the [^)]*)\)/g, (m) => (m === '(the)' ? '' : m))
    .replace(/[^\p{L}\p{N}()]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

// Names people write that neither the IATI list nor CLDR's short names spell so.
const COUNTRY_ALIASES: Record<string, string> = {
  kyrgyzstan: 'KG',
  kirgizstan: 'KG',
  киргизия: 'KG',
  кыргызстан: 'KG',
  russia: 'RU',
  россия: 'RU',
  'united states': 'US',
  usa: 'US',
  'united kingdom': 'GB',
  uk: 'GB',
  turkey: 'TR',
  moldova: 'MD',
  iran: 'IR',
  'south korea': 'KR',
  vietnam: 'VN',
};

const REGION_ALIASES: Record<string, string> = {
  'central asia': '619',
  'центральная азия': '619',
};

// CLDR's everyday names ("United Kingdom", "Великобритания") beside the codelist's formal ones.
const SHORT_NAMES = {
  en: new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' }),
  ru: new Intl.DisplayNames(['ru'], { type: 'region', fallback: 'none' }),
};

function index(entries: [string | null | undefined, string][]) {
  const map = new Map<string, string>();
  for (const [name, value] of entries) {
    if (!name) continue;
    const key = normaliseName(name);
    if (key && !map.has(key)) map.set(key, value);
  }
  return map;
}

let countries: Map<string, string> | undefined;
let regions: Map<string, string> | undefined;

function countryIndex() {
  if (countries) return countries;
  countries = index(
    activeCountries().flatMap((c): [string | null | undefined, string][] => [
      [c.code, c.code],
      [c.en, c.code],
      [c.ru, c.code],
      [SHORT_NAMES.en.of(c.code), c.code],
      [SHORT_NAMES.ru.of(c.code), c.code],
    ]),
  );
  for (const [name, code] of Object.entries(COUNTRY_ALIASES))
    countries.set(normaliseName(name), code);
  return countries;
}

function regionIndex() {
  if (regions) return regions;
  regions = index(
    regionsList().flatMap((r): [string | null | undefined, string][] => [
      [r.code, r.code],
      [r.en, r.code],
      [r.ru, r.code],
      [r.en.replace(/\s*\(regional\)$/, ''), r.code],
    ]),
  );
  for (const [name, code] of Object.entries(REGION_ALIASES)) regions.set(normaliseName(name), code);
  return regions;
}

/** The ISO code of a country named in English or Russian, formally or not, or by its code. */
export function countryCodeOfName(text: string): string | undefined {
  return countryIndex().get(normaliseName(text));
}

/** The IATI region code of a region named in English or Russian, or by its code. */
export function regionCodeOfName(text: string): string | undefined {
  return regionIndex().get(normaliseName(text));
}

/** The country's everyday name ("United Kingdom", not "… of Great Britain … (the)"). */
export function countryShortName(code: string, language: string): string {
  const names = language === 'ru' ? SHORT_NAMES.ru : SHORT_NAMES.en;
  return names.of(code) ?? countryName(code, language);
}
