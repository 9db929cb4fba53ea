import type { OrganisationInput } from '../../domain/organisations/organisation.ts';
import type { ProjectInput } from '../../domain/projects/project.ts';

// The one real record: test/fixtures/seed/unodc-programme-for-central-asia-2015-2019.txt, field by field.

export const SEED_ORGANISATIONS: OrganisationInput[] = [
  {
    slug: 'unodc',
    name: 'United Nations Office on Drugs and Crime',
    acronym: 'UNODC',
    iatiIdentifier: 'XM-DAC-41110',
    iatiType: '40',
    website: 'https://www.unodc.org',
    translations: {
      ru: {
        name: 'Управление Организации Объединённых Наций по наркотикам и преступности',
        acronym: 'УНП ООН',
      },
    },
  },
  {
    slug: 'unodc-regional-office-for-central-asia',
    name: 'UNODC Regional Office for Central Asia',
    acronym: null,
    iatiIdentifier: null,
    iatiType: '40',
    website: 'https://www.unodc.org/centralasia/',
    translations: {
      ru: { name: 'Региональное представительство УНП ООН для Центральной Азии', acronym: null },
    },
  },
];

const DESCRIPTION = `Partnership programme signed by UNODC and the governments of the five Central Asian states—the Member States (MS). Sub-Programme 2 (SP2) is most relevant to Rule of Law.

Programme for Central Asia (PCA) as a whole:

- Overall objective: Contribute to healthy and safe communities, transparently governed, free from organised crime and drugs, secure in the knowledge that governments are capable of dealing with transnational threats in a coordinated manner, confident in the integrity of their criminal justice systems and with access to fair and equitable justice.
- PCA Sub-Programmes:
  1. Countering transnational organised crime, illicit drug trafficking and preventing terrorism
  2. Criminal justice, crime prevention and integrity.
  3. Drug prevention, treatment and reintegration and HIV prevention.
  4. Research and trend analysis.

PCA Sub-programme 2. Criminal justice, crime prevention and integrity.

- Objective: Member States :
  1. Strengthen the rule of law through prevention of crime and promotion of effective, fair, humane and accountable criminal justice systems in line with UN standards and norms ;
  2. Are more capable of preventing and combating corruption, in line with the UN convention against corruption.
- Intended outcomes: Member States:
  1. Strengthen criminal justice systems in accordance with international standards and norms;
  2. Are more effective at cooperating on cross-border criminal justice issues;
  3. Are more effective at preventing crime through evidence-based crime-prevention and community resilience strategies;
  4. Are more effective at raising awareness of, detecting, investigating, prosecuting and preventing corruption;
  5. Improve prison management regimes in line with international standards and norms.

SP2 aims to:

- Support MS to enhance capacity to prevent crime and strengthen criminal justice institutions and training of respective staff;
- Help MS implement relevant standards and norms by providing policy and legislative advice, capacity-building activities, and support for development and implementation of programmes through field-based technical assistance;
- Strengthen capacities of relevant national institutions to cooperate across borders in criminal justice matters.

SP2 areas of focus are:

- Crime prevention;
- Fair and equitable access to justice and legal aid;
- Effective, fair, accountable and humane criminal justice systems;
- Effective prison management and social reintegration;
- Cross-border co-operation on criminal justice matters and anti -corruption efforts.

SP2 will:

- Aim to strengthen MS legislative and regulatory frameworks for international cooperation in legal-/criminal justice-related matters and assist in harmonizing national legislation in line with UN legal instruments;
- Build on ongoing assistance to support MS in work at regional level through Mutual Legal Assistance and extradition, and international cooperation mechanisms, by supporting subregional networks of prosecutors and Financial Intelligence Units, and by sharing best practices, criminal justice training programmes and crime prevention strategies.
- Assist MS with reforming their penal institutions and regimes; where applicable, assist in developing practical alternatives to incarceration ; advocate human rights, gender, special care for vulnerable groups within justice system.
- Seek to build stronger ties between communities and law enforcement bodies and increase community resilience in affected areas as means of preventing and responding to crime.
`;

export const SEED_PROJECT: ProjectInput = {
  slug: 'unodc-programme-for-central-asia-2015-2019',
  language: 'en',
  title: 'UNODC Programme for Central Asia – 2015-2019',
  summary:
    'Partnership programme signed by UNODC and the governments of the five Central Asian states—the Member States (MS). Sub-Programme 2 (SP2) is most relevant to Rule of Law.',
  description: DESCRIPTION,
  period: { start: { year: 2015, month: 1 }, end: { year: 2019, month: 12 } },
  periodNote: null,
  budgetText:
    'Indicative budget at beginning of project: Total - USD 70.6 million; Sub-Programme 2 - USD 18.3 million.',
  budgetLines: [
    { label: 'Total', amountCents: 7_060_000_000, currency: 'USD', isTotal: true },
    { label: 'Sub-Programme 2', amountCents: 1_830_000_000, currency: 'USD', isTotal: false },
  ],
  countries: [
    { code: 'KZ', percentage: null },
    { code: 'KG', percentage: null },
  ],
  regions: [],
  beneficiary: 'Governments of five Central Asian countries',
  beneficiaryCountries: ['KZ', 'UZ', 'KG', 'TM', 'TJ'],
  typeSlugs: ['anti-corruption', 'criminal-law-and-procedure'],
  sectors: [],
  organisations: [
    { role: 'donor', organisationSlug: 'unodc' },
    { role: 'implementing', organisationSlug: 'unodc-regional-office-for-central-asia' },
  ],
  contacts: [
    {
      role: 'implementing',
      organisation: 'UNODC Regional Office for Central Asia',
      person: 'Ashita Mittal',
      jobTitle: 'Regional Representative',
      phones: ['+(998-71) 120-80-50 Ext 101', '+(998-71) 120-80-50'],
      email: null,
      address: '30a, Abdulla Kahhor Street Tashkent, 700100 Uzbekistan',
      website: null,
    },
  ],
  links: [],
  translations: [
    {
      language: 'ru',
      title: 'Программа УНП ООН для Центральной Азии на 2015–2019 годы',
      summary:
        'Программа партнёрства, подписанная УНП ООН и правительствами пяти государств Центральной Азии — государствами-членами (ГЧ). Подпрограмма 2 (ПП2) наиболее важна для верховенства права.',
      description: null,
      budgetText:
        'Ориентировочный бюджет на начало проекта: всего — 70,6 млн долларов США; Подпрограмма 2 — 18,3 млн долларов США.',
      beneficiary: 'Правительства пяти государств Центральной Азии',
      periodNote: null,
    },
  ],
  provenance: { source: 'manual', iatiIdentifier: null, sourceFile: null, importedAt: null },
  state: 'published',
};
