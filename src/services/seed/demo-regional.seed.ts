import type { ProjectInput } from '../../domain/projects/project.ts';
import {
  contact,
  dac,
  demoProject,
  doc,
  fromIati,
  link,
  part,
  period,
  ru,
  total,
} from './demo-build.ts';

// Fictional regional demo projects, Central Asia (regional) = IATI region 619 (see the README).

const CENTRAL_ASIA = ['KZ', 'KG', 'TJ', 'TM', 'UZ'];

export const REGIONAL_PROJECTS: ProjectInput[] = [
  demoProject({
    slug: 'ca-border-management-programme-phase-10',
    title: 'Border Management Programme in Central Asia – Phase 10',
    summary:
      'Helps the border agencies of the five Central Asian states manage borders that are open to trade and travel but closed to crime.',
    description: `The programme follows nine earlier phases of European support to border management in Central Asia since 2003.

### Components

1. Institutional development
   1. Integrated border management strategies and action plans in each country;
   2. Risk analysis units that share information within and across borders.
2. Trade facilitation
   1. Simplified procedures and joint controls at selected crossings;
   2. Pre-arrival exchange of customs data.
3. Human rights and gender
   - Training on the identification of victims of trafficking and on the treatment of asylum seekers at the border.

Tajikistan's border with Afghanistan receives particular attention. See the [programme site](https://example.org/bomca).`,
    period: period('2021-06', '2025-05'),
    budgetText: 'EUR 15 million',
    budgetLines: [total('EUR', '15,000,000')],
    countries: CENTRAL_ASIA,
    regions: ['619'],
    beneficiary: 'Border and customs agencies of the five Central Asian states',
    beneficiaryCountries: CENTRAL_ASIA,
    typeSlugs: ['migration-and-border-management', 'drug-control-and-organised-crime'],
    donors: ['european-union'],
    implementers: ['icmpd'],
    contacts: [
      contact({
        organisation: 'ICMPD Regional Coordination Office',
        person: 'Anna Müller',
        jobTitle: 'Programme Team Leader',
        phones: ['+996 312 555 900', '+43 1 555 0900'],
        email: 'a.muller@example.org',
        address: '1 Example Boulevard, Bishkek 720010, Kyrgyz Republic',
        website: 'https://example.org/bomca',
      }),
    ],
    translations: [
      ru({
        title: 'Программа управления границами в Центральной Азии – фаза 10',
        summary:
          'Помогает пограничным ведомствам пяти государств Центральной Азии управлять границами, открытыми для торговли и путешествий, но закрытыми для преступности.',
        description: `Программа продолжает девять предыдущих фаз европейской поддержки управления границами в Центральной Азии начиная с 2003 года.

### Компоненты

1. Институциональное развитие
   1. Стратегии и планы действий по комплексному управлению границами в каждой стране;
   2. Подразделения анализа рисков, обменивающиеся информацией внутри стран и между ними.
2. Содействие торговле
   1. Упрощённые процедуры и совместный контроль на отдельных пунктах пропуска;
   2. Предварительный обмен таможенными данными.
3. Права человека и гендер
   - Обучение выявлению жертв торговли людьми и обращению с лицами, ищущими убежища, на границе.

Особое внимание уделяется границе Таджикистана с Афганистаном. См. [сайт программы](https://example.org/bomca).`,
        budgetText: '15 млн евро',
        beneficiary: 'Пограничные и таможенные ведомства пяти государств Центральной Азии',
      }),
    ],
  }),

  demoProject({
    slug: 'ca-drug-action-programme-phase-7',
    title: 'Central Asia Drug Action Programme – Phase 7',
    summary:
      'Promotes evidence-based, health-oriented drug policies, drug treatment and prevention in the five Central Asian states.',
    description: `The Central Asia Drug Action Programme shifts the response to drug use from punishment towards public health.

Work streams:

- **Drug policy:** national drug observatories that collect and publish data by European standards.
- **Treatment:** training for health workers in evidence-based treatment, including in prisons.
- **Prevention:** school and family prevention programmes tested for effectiveness.
- **Media:** workshops for journalists on reporting on drugs without stigma.

Each country chose the work streams it needed; Turkmenistan took part in the policy and prevention streams only. A regional drug report was published at the end of every year of the phase.`,
    period: period('2019-10', '2023-12'),
    budgetText: 'EUR 5,500,000',
    budgetLines: [total('EUR', '5,500,000')],
    countries: CENTRAL_ASIA,
    regions: ['619'],
    beneficiary: 'Drug control agencies, ministries of health and education',
    beneficiaryCountries: CENTRAL_ASIA,
    typeSlugs: ['drug-control-and-organised-crime', 'human-rights'],
    donors: ['european-union'],
    implementers: ['giz'],
    links: [link('https://example.org/cadap', 'Programme site')],
  }),

  demoProject({
    slug: 'ca-rule-of-law-platform',
    title: 'Rule of Law Platform Central Asia',
    summary:
      'A regional platform that brings together judges, lawyers and scholars from Central Asia and the EU to exchange on legal reform.',
    description: `The platform connects legal professionals across Central Asia and with their peers in the European Union. It does not fund one institution; it creates places to meet, compare and publish.

- Regional conferences on judicial independence, constitutional justice and administrative law.
- A network of law faculties that share curricula and exchange teachers.
- A legal journal in English and Russian with open access.
- Research grants for young scholars on comparative law in Central Asia.

This database is itself part of the platform: it lists the projects of donors and implementers working on the rule of law in the region.`,
    period: period('2020-01', '2027-12'),
    budgetText: 'EUR 7,000,000',
    budgetLines: [total('EUR', '7,000,000')],
    countries: CENTRAL_ASIA,
    regions: ['619'],
    beneficiary: 'Judges, lawyers, law teachers and scholars of Central Asia',
    beneficiaryCountries: CENTRAL_ASIA,
    typeSlugs: ['judicial-reform', 'constitutional-law'],
    donors: ['european-union'],
    implementers: ['giz'],
    contacts: [
      contact({
        organisation: 'Rule of Law Platform Central Asia',
        person: 'Timur Abdullaev',
        jobTitle: 'Regional Coordinator',
        phones: ['+998 71 555 8800'],
        email: 'platform@example.org',
        address: '15 Example Street, Tashkent 100031, Uzbekistan',
        website: 'https://example.org/rule-of-law-platform',
      }),
    ],
    translations: [
      ru({
        title: 'Платформа верховенства права в Центральной Азии',
        summary:
          'Региональная платформа, объединяющая судей, юристов и учёных Центральной Азии и ЕС для обмена опытом правовых реформ.',
        description: `Платформа связывает юристов Центральной Азии между собой и с их коллегами в Европейском союзе. Она не финансирует одно учреждение, а создаёт площадки для встреч, сравнения и публикаций.

- Региональные конференции по независимости судов, конституционному правосудию и административному праву.
- Сеть юридических факультетов, обменивающихся учебными программами и преподавателями.
- Правовой журнал на английском и русском языках в открытом доступе.
- Исследовательские гранты молодым учёным по сравнительному праву в Центральной Азии.

Эта база данных сама является частью платформы: в ней собраны проекты доноров и исполнителей, работающих над верховенством права в регионе.`,
        budgetText: '7 000 000 евро',
        beneficiary: 'Судьи, юристы, преподаватели права и учёные Центральной Азии',
      }),
    ],
  }),

  demoProject({
    slug: 'ca-prosecutors-anti-corruption-network',
    title: 'Regional Anti-Corruption Network for Prosecutors and Investigators',
    summary:
      'Connects anti-corruption prosecutors and investigators of the region to share methods and cooperate on cross-border cases.',
    description: `Corruption cases in Central Asia increasingly involve assets abroad. Prosecutors need contacts and methods to follow them.

The network:

1. Meets twice a year, rotating between capitals, on topics chosen by its members.
2. Runs a secure platform for informal requests before formal mutual legal assistance.
3. Publishes case studies on:
   1. asset recovery from foreign jurisdictions;
   2. corruption in public procurement;
   3. use of open-source intelligence.
4. Links with the OECD Anti-Corruption Network for Eastern Europe and Central Asia and its monitoring reports.

The network's work plan is agreed each year by a steering group of the five prosecutors' offices.`,
    period: period('2026', '2029'),
    budgetText: 'CHF 2,150,000',
    budgetLines: [total('CHF', '2,150,000')],
    countries: CENTRAL_ASIA,
    regions: ['619'],
    beneficiary: 'Prosecutors and anti-corruption investigators of the five states',
    beneficiaryCountries: CENTRAL_ASIA,
    typeSlugs: ['anti-corruption', 'public-prosecutors', 'criminal-law-and-procedure'],
    donors: ['sdc'],
    implementers: ['oecd'],
    contacts: [
      contact({
        organisation: 'OECD Anti-Corruption Network for Eastern Europe and Central Asia',
        person: 'Claire Dubois',
        jobTitle: 'Policy Analyst',
        phones: ['+33 1 55 55 01 23'],
        email: 'acn@example.org',
        address: '2 Example Rue, 75016 Paris, France',
      }),
    ],
    translations: [
      ru({
        title: 'Региональная антикоррупционная сеть прокуроров и следователей',
        summary:
          'Объединяет антикоррупционных прокуроров и следователей региона для обмена методами и сотрудничества по трансграничным делам.',
        description: `Коррупционные дела в Центральной Азии всё чаще связаны с активами за рубежом. Прокурорам нужны контакты и методы, чтобы их отслеживать.

Сеть:

1. Собирается дважды в год поочерёдно в столицах по темам, выбранным её членами.
2. Ведёт защищённую платформу для неформальных запросов до официальной взаимной правовой помощи.
3. Публикует разборы дел о:
   1. возврате активов из иностранных юрисдикций;
   2. коррупции в государственных закупках;
   3. использовании разведки по открытым источникам.
4. Взаимодействует с Антикоррупционной сетью ОЭСР для Восточной Европы и Центральной Азии и её мониторинговыми докладами.

План работы сети ежегодно утверждает руководящая группа пяти прокуратур.`,
        budgetText: '2 150 000 швейцарских франков',
        beneficiary: 'Прокуроры и антикоррупционные следователи пяти государств',
      }),
    ],
  }),

  demoProject({
    slug: 'ca-women-in-justice-network',
    title: 'Women in Justice: Regional Network of Female Judges and Prosecutors',
    summary:
      'Will support a regional network that helps women enter and advance in the judiciary and the prosecution service.',
    description: `Women are under-represented among senior judges and prosecutors in Central Asia, especially in Tajikistan and Uzbekistan.

The project will:

- support national associations of women judges and a regional network linking them;
- mentor women candidates for judicial and prosecutorial posts;
- analyse selection and promotion rules for hidden bias and propose changes;
- train judges on gender-sensitive adjudication in cases of violence against women;
- collect data on the number of women at each level of the judiciary and publish them every year.

The network will join the International Association of Women Judges and report on progress every year. The associations of Tajikistan and Uzbekistan will host its first two meetings.`,
    period: period('2027-03', '2030-02'),
    budgetText: 'EUR 1,600,000',
    budgetLines: [total('EUR', '1,600,000')],
    countries: ['KZ', 'KG', 'TJ', 'UZ'],
    regions: ['619'],
    beneficiary: 'Women judges, prosecutors and candidates',
    beneficiaryCountries: ['KZ', 'KG', 'TJ', 'UZ'],
    typeSlugs: ['gender-equality', 'judicial-reform'],
    donors: ['finland-mfa'],
    implementers: ['idlo'],
    translations: [
      ru({
        title: 'Женщины в правосудии: региональная сеть женщин-судей и прокуроров',
        summary:
          'Поддержит региональную сеть, помогающую женщинам приходить в судебную систему и прокуратуру и продвигаться в них.',
        description: `Женщины недостаточно представлены среди судей и прокуроров высшего звена в Центральной Азии, особенно в Таджикистане и Узбекистане.

Проект:

- поддержит национальные ассоциации женщин-судей и объединяющую их региональную сеть;
- организует наставничество для женщин — кандидатов на должности судей и прокуроров;
- проанализирует правила отбора и продвижения на предмет скрытой предвзятости и предложит изменения;
- обучит судей учёту гендерных аспектов при рассмотрении дел о насилии в отношении женщин;
- будет собирать и ежегодно публиковать данные о числе женщин на каждом уровне судебной системы.

Сеть вступит в Международную ассоциацию женщин-судей и будет ежегодно отчитываться о результатах. Первые две встречи проведут ассоциации Таджикистана и Узбекистана.`,
        budgetText: '1 600 000 евро',
        beneficiary: 'Женщины-судьи, прокуроры и кандидаты',
      }),
    ],
  }),

  demoProject({
    slug: 'ca-transboundary-water-law',
    title: 'Transboundary Water Law and Dispute Prevention in Central Asia',
    summary:
      'Strengthened the legal basis for sharing water between Central Asian states and trained officials in water diplomacy.',
    description: `Water from the Amu Darya and Syr Darya rivers is shared by states with competing needs for irrigation and hydropower. Disputes can escalate quickly in dry years.

The project:

1. Compared the bilateral and regional water agreements in force and identified gaps.
2. Trained young officials from foreign and water ministries in international water law and negotiation.
3. Supported the drafting of a regional agreement on data exchange on river flows.
4. Published a handbook on the UN Watercourses Convention for Central Asian readers.

An alumni network of the water diplomacy course continues to meet without project funding.`,
    period: period('2017-09', '2021-08'),
    budgetText: 'CHF 3,000,000',
    budgetLines: [total('CHF', '3,000,000')],
    countries: CENTRAL_ASIA,
    regions: ['619'],
    beneficiary: 'Ministries of foreign affairs and of water resources',
    beneficiaryCountries: CENTRAL_ASIA,
    typeSlugs: ['civil-law-and-procedure', 'public-administration'],
    donors: ['sdc'],
    implementers: ['undp'],
    links: [
      doc(
        'https://example.org/docs/ca-water-law-handbook.pdf',
        'Handbook on international water law',
      ),
    ],
  }),

  demoProject({
    slug: 'ca-protection-of-human-rights-defenders',
    title: 'Protection of Human Rights Defenders and Lawyers in Central Asia',
    summary:
      'Supported human rights defenders and lawyers at risk with legal defence, trial monitoring and emergency help.',
    description: `Human rights defenders and lawyers who take on sensitive cases in Central Asia face prosecution, travel bans and harassment.

The programme offered:

- **Legal defence:** fees for experienced lawyers in criminal cases against defenders.
- **Trial monitoring:** observers at hearings and public reports on fair-trial concerns.
- **Emergency help:** temporary relocation, medical care and security measures.
- **Advocacy:** submissions to UN special procedures and to OSCE human dimension meetings.
- **Well-being:** peer support and psychological counselling for defenders and their families.

Requests for help are assessed within 72 hours by a panel of regional experts. The names of people supported are not published for their safety.`,
    period: period(null, '2025-12'),
    periodNote: 'The start date is not recorded in the source; funding was renewed every year.',
    budgetText: 'NOK 9,000,000 for 2023–2025; earlier years not known',
    budgetLines: [part('2023–2025', 'NOK', '9,000,000')],
    countries: CENTRAL_ASIA,
    regions: ['619'],
    beneficiary: 'Human rights defenders, lawyers and journalists at risk',
    beneficiaryCountries: CENTRAL_ASIA,
    typeSlugs: ['human-rights', 'civil-society-and-media'],
    donors: ['norway-mfa'],
    implementers: ['iphr'],
  }),

  demoProject({
    slug: 'ca-prosecutors-network-mutual-legal-assistance',
    title: "Central Asian Prosecutors' Network for Mutual Legal Assistance",
    summary:
      'Speeds up mutual legal assistance and extradition between Central Asian states in cases of organised crime.',
    description: `Requests for mutual legal assistance between Central Asian states often take more than a year, and evidence is lost in the meantime.

The project supports a network of central authority focal points:

1. Standard forms for requests in Russian and English, agreed by all five states.
2. A directory of focal points and an electronic tracking tool for requests.
3. Joint investigation team pilots on drug trafficking and migrant smuggling.
4. Training on asset recovery and on the evidence rules of each country.

The network builds on the regional programme of UNODC and reports to the annual meeting of prosecutors general.`,
    period: period('2025-07', '2028-06'),
    budgetText: 'GBP 1,480,000',
    budgetLines: [total('GBP', '1,480,000')],
    countries: CENTRAL_ASIA,
    regions: ['619'],
    beneficiary: "Prosecutors general's offices of the five Central Asian states",
    beneficiaryCountries: CENTRAL_ASIA,
    typeSlugs: [
      'public-prosecutors',
      'criminal-law-and-procedure',
      'drug-control-and-organised-crime',
    ],
    donors: ['fcdo'],
    implementers: ['unodc'],
    contacts: [
      contact({
        organisation: 'UNODC Regional Office for Central Asia',
        person: 'Azamat Suleimenov',
        jobTitle: 'Regional Criminal Justice Adviser',
        phones: ['+998 71 555 8050 Ext 214'],
        email: 'a.suleimenov@example.org',
        address: '30 Example Street, Tashkent 100100, Uzbekistan',
      }),
    ],
    sectors: dac(['15130', 60], ['16063', 40]),
    provenance: fromIati(
      'GB-GOV-1-301456',
      'fcdo-central-asia-activities.xml',
      '2026-10-02T08:15:00.000Z',
    ),
    translations: [
      ru({
        title: 'Сеть прокуроров Центральной Азии по взаимной правовой помощи',
        summary:
          'Ускоряет взаимную правовую помощь и экстрадицию между государствами Центральной Азии по делам об организованной преступности.',
        description: `Запросы о взаимной правовой помощи между государствами Центральной Азии нередко рассматриваются больше года, и за это время доказательства теряются.

Проект поддерживает сеть контактных лиц центральных органов:

1. Стандартные формы запросов на русском и английском языках, согласованные всеми пятью государствами.
2. Справочник контактных лиц и электронная система отслеживания запросов.
3. Пилотные совместные следственные группы по делам о наркотрафике и незаконном ввозе мигрантов.
4. Обучение возврату активов и правилам доказывания каждой страны.

Сеть опирается на региональную программу УНП ООН и отчитывается перед ежегодным совещанием генеральных прокуроров.`,
        budgetText: '1 480 000 фунтов стерлингов',
        beneficiary: 'Генеральные прокуратуры пяти государств Центральной Азии',
      }),
    ],
  }),
];
