/**
 * Derives the vocabularies the application ships (src/data/*.json) from the IATI codelists in
 * vendor/iati-codelists (CC BY 4.0, IATI; Russian country names from Unicode CLDR) and
 * from Intl.DisplayNames (CLDR, via Node's ICU) for Russian currency names.
 * Run: npx tsx scripts/derive-vocabularies.ts [path/to/iati-codelists]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const source = resolve(process.argv[2] ?? 'vendor/iati-codelists');
const out = resolve('src/data');

interface Item {
  code: string;
  name: Record<string, string>;
  status?: string;
  category?: string;
}
const read = (name: string): Item[] =>
  JSON.parse(readFileSync(join(source, 'json', `${name}.json`), 'utf8')).items;

// The platform's own usage for the Central Asian states, as on the seed site.
const COUNTRY_OVERRIDES: Record<string, { en?: string; ru?: string }> = {
  KG: { en: 'Kyrgyz Republic', ru: 'Кыргызская Республика' },
};
// Regions have no Russian names in IATI or CLDR; these are ours.
const REGION_RU: Record<string, string> = {
  '619': 'Центральная Азия (регион)',
  '689': 'Южная и Центральная Азия (регион)',
  '798': 'Азия (регион)',
  '89': 'Европа (регион)',
  '998': 'Развивающиеся страны (не указано)',
};
const REGION_EN: Record<string, string> = { '619': 'Central Asia (regional)' };

const ruCurrency = new Intl.DisplayNames(['ru'], { type: 'currency' });
const cap = (s: string) => s.charAt(0).toLocaleUpperCase('ru') + s.slice(1);

const countries = read('Country').map((c) => ({
  code: c.code,
  en: COUNTRY_OVERRIDES[c.code]?.en ?? c.name.en ?? c.code,
  ru: COUNTRY_OVERRIDES[c.code]?.ru ?? c.name.ru ?? c.name.en ?? c.code,
  withdrawn: c.status === 'withdrawn' || undefined,
}));
const regions = read('Region').map((r) => ({
  code: r.code,
  en: REGION_EN[r.code] ?? r.name.en?.replace(/, regional$/, ' (regional)') ?? r.code,
  ru: REGION_RU[r.code] ?? null,
  withdrawn: r.status === 'withdrawn' || undefined,
}));
const currencies = read('Currency').map((c) => ({
  code: c.code,
  en: c.name.en ?? c.code,
  ru: cap(ruCurrency.of(c.code) ?? c.name.en ?? c.code),
  withdrawn: c.status === 'withdrawn' || undefined,
}));
const sectors = read('Sector').map((s) => ({
  code: s.code,
  category: s.category,
  en: s.name.en ?? s.code,
  withdrawn: s.status === 'withdrawn' || undefined,
}));

const note = {
  source:
    'IATI codelists (IATI Standard, http://iatistandard.org/, CC BY 4.0); Russian country names: Unicode CLDR (Unicode licence); Russian currency names: CLDR via Intl.DisplayNames. Derived by scripts/derive-vocabularies.ts.',
};
for (const [name, items] of Object.entries({ countries, regions, currencies, sectors })) {
  writeFileSync(join(out, `${name}.json`), `${JSON.stringify({ ...note, items }, null, 0)}\n`);
  console.log(`${name}: ${items.length}`);
}
