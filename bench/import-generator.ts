import { once } from 'node:events';
import { createWriteStream } from 'node:fs';

// Synthetic IATI 2.03 activities shaped like real Central Asian rule-of-law records: two
// languages, three organisation roles, several countries and sectors, annual budgets, a contact
// and a document. About 3.5 KB each, so 300,000 of them make a 1 GB file.

const COUNTRIES = ['KZ', 'KG', 'TJ', 'TM', 'UZ', 'AF', 'MN', 'AZ'];
const SECTORS = [
  '15130',
  '15113',
  '15160',
  '15137',
  '15132',
  '15210',
  '16063',
  '15110',
  '15150',
  '99810',
];
const THEMES = [
  ['criminal justice reform', 'реформа уголовного правосудия'],
  ['access to legal aid', 'доступ к юридической помощи'],
  ['anti-corruption institutions', 'антикоррупционные институты'],
  ['prison management', 'управление местами лишения свободы'],
  ['border management', 'управление границами'],
  ['judicial independence', 'независимость судебной власти'],
  ['police accountability', 'подотчётность полиции'],
  ['drug control', 'контроль над наркотиками'],
];
const WORDS =
  'the project supports national institutions courts prosecutors ministries of justice civil society and bar associations to strengthen the rule of law through training legislative advice regional cooperation and monitoring of human rights standards in line with international norms'.split(
    ' ',
  );
const RU_WORDS =
  'проект поддерживает национальные институты суды прокуратуру министерства юстиции гражданское общество и адвокатуру в укреплении верховенства права через обучение законодательные консультации региональное сотрудничество'.split(
    ' ',
  );

/** A small deterministic generator, so every run writes the same file. */
function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');

function activity(i: number, rnd: () => number): string {
  const pick = <T>(list: readonly T[]) => list[Math.floor(rnd() * list.length)]!;
  const words = (list: string[], n: number) =>
    Array.from({ length: n }, () => pick(list)).join(' ');
  const [theme, themeRu] = pick(THEMES);
  const country = pick(COUNTRIES);
  // One activity in twenty shares a title with many others, as real files do.
  const title =
    i % 20 === 0 ? 'Support to the rule of law' : `Programme ${i}: ${theme} in ${country}`;
  const donor = Math.floor(rnd() * 150);
  const implementer = Math.floor(rnd() * 400);
  const startYear = 2010 + Math.floor(rnd() * 14);
  const years = 1 + Math.floor(rnd() * 4);
  const countries = [...new Set([country, pick(COUNTRIES), pick(COUNTRIES)])];
  const share = (100 / countries.length).toFixed(2);
  const sectors = [...new Set([pick(SECTORS), pick(SECTORS)])];
  const budgets = Array.from({ length: years }, (_, y) => {
    const cents = Math.floor(rnd() * 5_000_000_00);
    return `  <budget type="1" status="1">
   <period-start iso-date="${startYear + y}-01-01"/>
   <period-end iso-date="${startYear + y}-12-31"/>
   <value currency="USD" value-date="${startYear + y}-01-01">${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, '0')}</value>
  </budget>`;
  }).join('\n');
  return ` <iati-activity xml:lang="en" default-currency="USD" last-updated-datetime="2026-01-01T00:00:00Z">
  <iati-identifier>XM-BENCH-${String(i).padStart(8, '0')}</iati-identifier>
  <reporting-org ref="XM-BENCH-DONOR-${donor}" type="10"><narrative>Bench donor ${donor}</narrative></reporting-org>
  <title>
   <narrative>${escapeXml(title)}</narrative>
   <narrative xml:lang="ru">Программа ${i}: ${themeRu}</narrative>
  </title>
  <description type="1">
   <narrative>${words(WORDS, 90)}.</narrative>
   <narrative xml:lang="ru">${words(RU_WORDS, 60)}.</narrative>
  </description>
  <description type="2"><narrative>${words(WORDS, 30)}.</narrative></description>
  <participating-org ref="XM-BENCH-DONOR-${donor}" role="1" type="10"><narrative>Bench donor ${donor}</narrative></participating-org>
  <participating-org ref="XM-BENCH-DONOR-${donor}" role="3" type="10"><narrative>Bench donor ${donor}</narrative></participating-org>
  <participating-org ref="XM-BENCH-IMPL-${implementer}" role="4" type="22"><narrative>Bench implementer ${implementer}</narrative></participating-org>
  <activity-status code="2"/>
  <activity-date iso-date="${startYear}-01-15" type="1"/>
  <activity-date iso-date="${startYear}-03-01" type="2"/>
  <activity-date iso-date="${startYear + years - 1}-12-31" type="3"/>
  <contact-info type="1">
   <organisation><narrative>Bench implementer ${implementer}</narrative></organisation>
   <person-name><narrative>Contact ${i}</narrative></person-name>
   <telephone>+7 727 ${String(i % 1000000).padStart(6, '0')}</telephone>
   <email>contact${i}@example.org</email>
   <mailing-address><narrative>${i} Example Street, Almaty</narrative></mailing-address>
  </contact-info>
${countries.map((c) => `  <recipient-country code="${c}" percentage="${share}"/>`).join('\n')}
${i % 3 === 0 ? '  <recipient-region code="619" vocabulary="1" percentage="100"/>\n' : ''}${sectors
  .map(
    (s) =>
      `  <sector vocabulary="1" code="${s}" percentage="${(100 / sectors.length).toFixed(1)}"/>`,
  )
  .join('\n')}
${budgets}
  <document-link format="application/pdf" url="https://example.org/bench/${i}.pdf">
   <title><narrative>Project document ${i}</narrative></title>
   <category code="A02"/>
   <language code="en"/>
  </document-link>
 </iati-activity>
`;
}

/**
 * Writes an IATI 2.03 activity file of `activities` activities, or, when `minBytes` is given, of
 * as many as it takes to reach that size. Streams to disk; returns what it wrote.
 */
export async function generateIatiFile(
  path: string,
  target: { activities?: number; minBytes?: number },
): Promise<{ activities: number; bytes: number }> {
  const out = createWriteStream(path);
  const rnd = random(42);
  let bytes = 0;
  const write = async (text: string) => {
    bytes += Buffer.byteLength(text);
    if (!out.write(text)) await once(out, 'drain');
  };
  await write(
    '<?xml version="1.0" encoding="UTF-8"?>\n<iati-activities version="2.03" generated-datetime="2026-01-01T00:00:00Z">\n',
  );
  let i = 0;
  const enough = () =>
    target.minBytes !== undefined ? bytes >= target.minBytes : i >= (target.activities ?? 0);
  while (!enough()) await write(activity(++i, rnd));
  await write('</iati-activities>\n');
  out.end();
  await once(out, 'finish');
  return { activities: i, bytes };
}
