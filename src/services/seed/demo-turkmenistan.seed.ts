import type { ProjectInput } from '../../domain/projects/project.ts';
import { contact, demoProject, link, part, period, ru, total } from './demo-build.ts';

// Fictional demo projects in Turkmenistan (see the README: demo data, not real records).

export const TURKMENISTAN_PROJECTS: ProjectInput[] = [
  demoProject({
    slug: 'tm-national-human-rights-action-plan',
    title: 'Support to the National Human Rights Action Plan of Turkmenistan',
    summary:
      'Helped state bodies implement and report on the National Human Rights Action Plan and the recommendations of UN treaty bodies.',
    description: `Turkmenistan adopted its National Human Rights Action Plan for 2021–2025 and an Ombudsperson's office in 2017. The project helped turn the plan into measurable steps.

- An interagency working group tracked each of the plan's measures with indicators and deadlines.
- Staff of ministries were trained to prepare reports to UN treaty bodies and the Universal Periodic Review.
- The Ombudsperson's office received support for complaint handling and its first visits to places of detention.
- Law students of the Institute of State, Law and Democracy took a new elective course on international human rights law.

Progress reports were discussed each year at a round table with the diplomatic community in Ashgabat.`,
    period: period('2021-02', '2024-01'),
    budgetText: 'EUR 2,000,000',
    budgetLines: [total('EUR', '2,000,000')],
    countries: ['TM'],
    beneficiary: 'Ministries, the Ombudsperson of Turkmenistan and law students',
    beneficiaryCountries: ['TM'],
    typeSlugs: ['human-rights', 'public-administration'],
    donors: ['european-union'],
    implementers: ['undp'],
    accountable: ['tm-institute-of-state-law-and-democracy'],
    contacts: [
      contact({
        organisation: 'UNDP in Turkmenistan',
        person: 'Maral Atayeva',
        jobTitle: 'Programme Associate, Governance',
        phones: ['+993 12 555 010'],
        email: 'm.atayeva@example.org',
        address: '21 Example Street, Ashgabat 744000, Turkmenistan',
      }),
    ],
    translations: [
      ru({
        title: 'Поддержка Национального плана действий Туркменистана в области прав человека',
        summary:
          'Помог государственным органам выполнять Национальный план действий в области прав человека и рекомендации договорных органов ООН и отчитываться о них.',
        description: `Туркменистан принял Национальный план действий в области прав человека на 2021–2025 годы, а в 2017 году учредил институт Омбудсмена. Проект помог превратить план в измеримые шаги.

- Межведомственная рабочая группа отслеживала каждую меру плана с показателями и сроками.
- Сотрудники министерств прошли обучение подготовке докладов договорным органам ООН и для Универсального периодического обзора.
- Аппарат Омбудсмена получил поддержку в работе с жалобами и в первых посещениях мест лишения свободы.
- Студенты-юристы Института государства, права и демократии прошли новый факультативный курс международного права прав человека.

Отчёты о ходе работы ежегодно обсуждались на круглом столе с дипломатическим корпусом в Ашхабаде.`,
        budgetText: '2 000 000 евро',
        beneficiary: 'Министерства, Омбудсмен Туркменистана и студенты-юристы',
      }),
    ],
  }),

  demoProject({
    slug: 'tm-border-management-northern-crossings',
    title: "Border Management Capacity at Turkmenistan's Northern Crossings",
    summary:
      'Trains border and customs officers at crossings with Uzbekistan on risk analysis, document security and the rights of travellers.',
    description: `Trade across Turkmenistan's northern border with Uzbekistan has grown quickly since 2023, and crossings at Dashoguz and Farap handle more freight than they were built for.

The OSCE Centre in Ashgabat supports the State Border Service with:

1. Risk analysis
   1. a joint risk-analysis cell of border and customs officers;
   2. exchange of risk indicators with Uzbek counterparts.
2. Document security
   - forged-document detection courses and equipment.
3. Travellers' rights
   - a code of conduct and a complaint procedure for travellers, displayed at every crossing.

The figures below are the Centre's yearly extra-budgetary project plans; months are not given.`,
    period: period('2024', '2026'),
    budgetText: 'EUR 385,000 (extra-budgetary)',
    budgetLines: [total('EUR', '385,000')],
    countries: ['TM'],
    beneficiary: 'State Border Service and State Customs Service of Turkmenistan',
    beneficiaryCountries: ['TM'],
    typeSlugs: ['migration-and-border-management'],
    donors: ['osce'],
    implementers: ['osce-centre-in-ashgabat'],
    translations: [
      ru({
        title: 'Потенциал управления границей на северных пунктах пропуска Туркменистана',
        summary:
          'Обучает пограничников и таможенников на пунктах пропуска с Узбекистаном анализу рисков, защите документов и соблюдению прав путешественников.',
        description: `Торговля через северную границу Туркменистана с Узбекистаном быстро растёт с 2023 года, и пункты пропуска в Дашогузе и Фарапе принимают больше грузов, чем рассчитаны.

Центр ОБСЕ в Ашхабаде поддерживает Государственную пограничную службу:

1. Анализ рисков
   1. совместная группа анализа рисков из пограничников и таможенников;
   2. обмен индикаторами рисков с узбекскими коллегами.
2. Защита документов
   - курсы и оборудование для выявления поддельных документов.
3. Права путешественников
   - кодекс поведения и порядок подачи жалоб, размещённые на каждом пункте пропуска.

Суммы ниже взяты из ежегодных планов внебюджетных проектов Центра; месяцы не указаны.`,
        budgetText: '385 000 евро (внебюджетные средства)',
        beneficiary:
          'Государственная пограничная служба и Государственная таможенная служба Туркменистана',
      }),
    ],
  }),

  demoProject({
    slug: 'tm-anti-money-laundering-financial-investigations',
    title: 'Anti-Money Laundering and Financial Investigations in Turkmenistan',
    summary:
      'Supports the financial intelligence unit and investigators in following the money in drug trafficking and corruption cases.',
    description: `Ahead of its next mutual evaluation by the Eurasian Group on combating money laundering (EAG), Turkmenistan is strengthening its anti-money laundering system.

The project provides:

- mentoring for analysts of the Financial Monitoring Service on strategic and operational analysis;
- parallel financial investigation courses for police, customs and prosecutors;
- a national risk assessment update covering virtual assets;
- guidance for banks on beneficial ownership and suspicious transaction reports.

Activities are coordinated with the EAG secretariat and with the regional Central Asia anti-money laundering programme, so that training materials are shared rather than written twice.`,
    period: period('2025-05', '2027-04'),
    budgetText: 'USD 900,000',
    budgetLines: [total('USD', '900,000')],
    countries: ['TM'],
    beneficiary: 'Financial Monitoring Service, law enforcement and banks of Turkmenistan',
    beneficiaryCountries: ['TM'],
    typeSlugs: ['anti-corruption', 'drug-control-and-organised-crime'],
    donors: ['us-inl'],
    implementers: ['unodc'],
    contacts: [
      contact({
        organisation: 'UNODC Programme Office in Turkmenistan',
        person: 'Serdar Orazov',
        jobTitle: 'National Project Officer',
        phones: ['+993 12 555 420'],
        email: 's.orazov@example.org',
        address: '40 Example Street, Ashgabat 744000, Turkmenistan',
      }),
    ],
  }),

  demoProject({
    slug: 'tm-gender-equality-legislation-and-statistics',
    title: 'Gender Equality Legislation and Statistics in Turkmenistan',
    summary:
      'Supported the first national survey on the health and status of women in the family and the review of laws on gender equality.',
    description: `Reliable data on violence against women did not exist in Turkmenistan before this project.

Its two components were:

1. **Statistics:** the first nationally representative survey on the health and status of women in the family, carried out by the State Statistics Committee with international methodology; results published in 2020.
2. **Legislation:** a review of the Law on State Guarantees of Equal Rights and Opportunities for Women and Men against CEDAW recommendations, with proposals for amendments.

The survey findings were later used in the National Action Plan on Gender Equality for 2021–2025. A [summary of the survey](https://example.org/tm-women-survey) is available online.`,
    period: period('2018-01', '2020-06'),
    budgetText: 'GBP 350,000',
    budgetLines: [total('GBP', '350,000')],
    countries: ['TM'],
    beneficiary: 'State Statistics Committee; women of Turkmenistan',
    beneficiaryCountries: ['TM'],
    typeSlugs: ['gender-equality'],
    donors: ['fcdo'],
    implementers: ['unfpa'],
    contacts: [
      contact({
        organisation: 'UNFPA Country Office in Turkmenistan',
        person: 'Gulshat Annayeva',
        jobTitle: 'Gender Programme Analyst',
        phones: ['+993 12 555 330', '+993 65 555 331'],
        email: 'g.annayeva@example.org',
        address: 'UN Building, 21 Example Street, Ashgabat 744000, Turkmenistan',
      }),
    ],
    links: [link('https://example.org/tm-women-survey', 'Survey summary')],
  }),

  demoProject({
    slug: 'tm-legal-education-partnership',
    title: 'Legal Education Partnership in Civil and Commercial Law',
    summary:
      'A proposed partnership between Japanese and Turkmen law faculties on teaching civil and commercial law.',
    description: `Turkmenistan is revising its Civil Code and its laws on companies and investments. The proposal pairs law teachers in Ashgabat with a Japanese university centre experienced in legal cooperation in Asia.

Planned activities:

- joint development of course materials on contracts, companies and secured transactions;
- a comparative law centre with a reference library in the Institute of State, Law and Democracy;
- fellowships in Japan for young law teachers and civil servants;
- a yearly conference on civil law reform in Central Asia.

The proposal was submitted by a partner organisation and awaits review by the platform's editors before publication.`,
    period: period('2027-09', null),
    periodNote: 'Start subject to signature of the partnership agreement; duration not yet fixed.',
    budgetText: 'JPY 95,000,000 for the first three years; JPY 12,000,000 for fellowships',
    budgetLines: [
      part('First three years', 'JPY', '95,000,000'),
      part('Fellowships', 'JPY', '12,000,000'),
    ],
    countries: ['TM'],
    beneficiary: 'Law teachers and students; civil servants drafting civil legislation',
    beneficiaryCountries: ['TM'],
    typeSlugs: ['civil-law-and-procedure', 'public-administration'],
    donors: ['jica'],
    implementers: ['nagoya-university-cale'],
    contacts: [
      contact({
        organisation: 'Nagoya University Center for Asian Legal Exchange',
        person: 'Kenji Tanaka',
        jobTitle: 'Associate Professor',
        phones: ['+81 52 555 0123'],
        email: 'k.tanaka@example.org',
        address: 'Example-cho, Chikusa-ku, Nagoya 464-0000, Japan',
        website: 'https://example.org/cale',
      }),
    ],
    accountable: ['tm-institute-of-state-law-and-democracy'],
    state: 'submitted',
  }),
];
