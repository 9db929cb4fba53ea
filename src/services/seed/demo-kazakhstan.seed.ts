import type { ProjectInput } from '../../domain/projects/project.ts';
import {
  contact,
  dac,
  demoProject,
  doc,
  en,
  fromIati,
  fromSpreadsheet,
  link,
  part,
  period,
  ru,
  total,
} from './demo-build.ts';

// Fictional demo projects in Kazakhstan (see the README: demo data, not real records).

export const KAZAKHSTAN_PROJECTS: ProjectInput[] = [
  demoProject({
    slug: 'kz-judicial-ethics-and-court-automation',
    title: 'Strengthening Judicial Ethics and Court Automation in Kazakhstan',
    summary:
      'Helps the courts of Kazakhstan apply the new Code of Judicial Ethics and makes court automation serve transparency.',
    description: `The project helps the Supreme Court and the Judicial Jury turn the new Code of Judicial Ethics into everyday practice, and makes court automation serve transparency rather than speed alone.

### Components

1. Judicial ethics
   1. A commentary on the Code of Judicial Ethics, written with judges of all three instances;
   2. Confidential advisory opinions on ethics questions for sitting judges.
2. Court automation
   1. An independent audit of the automated case-allocation system;
   2. Publication of anonymised judgments in a searchable open database.
3. Public trust
   - Court-user satisfaction surveys in six regions, repeated after two years.

Results are reported to the EU Delegation to Kazakhstan and discussed at the annual rule-of-law dialogue between the European Union and Kazakhstan.`,
    period: period('2021-03', '2024-08'),
    budgetText: 'Total: EUR 4.5 million (EU contribution: 90 percent)',
    budgetLines: [
      total('EUR', '4,500,000'),
      part('EU contribution (90 percent)', 'EUR', '4,050,000'),
      part('UNDP co-financing', 'EUR', '450,000'),
    ],
    countries: ['KZ'],
    beneficiary: 'Supreme Court of the Republic of Kazakhstan; court users',
    beneficiaryCountries: ['KZ'],
    typeSlugs: ['judicial-reform', 'anti-corruption'],
    donors: ['european-union'],
    implementers: ['undp'],
    contacts: [
      contact({
        organisation: 'UNDP in Kazakhstan',
        person: 'Aigerim Sadykova',
        jobTitle: 'Project Manager',
        phones: ['+7 7172 555 010', '+7 701 555 0101'],
        email: 'a.sadykova@example.org',
        address: 'UN House, 14 Example Street, Astana 010000, Kazakhstan',
        website: 'https://example.org/undp-kazakhstan',
      }),
    ],
    links: [link('https://example.org/projects/kz-judicial-ethics', 'Project page')],
    translations: [
      ru({
        title: 'Укрепление судейской этики и автоматизации судов в Казахстане',
        summary:
          'Помогает судам Казахстана применять новый Кодекс судейской этики и направляет автоматизацию судов на прозрачность.',
        description: `Проект помогает Верховному суду и Судебному жюри воплотить новый Кодекс судейской этики в повседневную практику и добиться того, чтобы автоматизация судов служила прозрачности, а не только скорости.

### Компоненты

1. Судейская этика
   1. Комментарий к Кодексу судейской этики, подготовленный вместе с судьями всех трёх инстанций;
   2. Конфиденциальные консультативные заключения по вопросам этики для действующих судей.
2. Автоматизация судов
   1. Независимый аудит системы автоматизированного распределения дел;
   2. Публикация обезличенных судебных актов в открытой базе данных с поиском.
3. Доверие общества
   - Опросы удовлетворённости пользователей судов в шести регионах, повторяемые через два года.

О результатах сообщается Представительству ЕС в Казахстане; они обсуждаются на ежегодном диалоге Европейского союза и Казахстана по верховенству права.`,
        budgetText: 'Всего: 4,5 млн евро (вклад ЕС: 90 процентов)',
        beneficiary: 'Верховный суд Республики Казахстан; пользователи судов',
      }),
    ],
  }),

  demoProject({
    slug: 'kz-probation-service-development',
    title: 'Supporting the Probation Service of Kazakhstan',
    summary:
      'Builds a probation service that supervises people serving community sentences and helps them back into work and housing.',
    description: `Kazakhstan has expanded non-custodial sentences since 2014, but its probation service still works mainly as a reporting desk. This project helps it become a service that reduces reoffending.

Activities:

- risk and needs assessment tools adapted to Kazakh law and tested in Karaganda and Pavlodar regions;
- training of 240 probation officers in motivational interviewing and case management;
- agreements with local employment centres and NGOs so that clients find work and housing;
- a small grants scheme for NGOs running re-entry programmes for young adults.

The project also drafts amendments to the Law on Probation so that pre-sentence reports become a standard part of criminal proceedings.`,
    period: period('2023-04', '2026-03'),
    budgetText: 'GBP 1,250,000',
    budgetLines: [total('GBP', '1,250,000')],
    countries: ['KZ'],
    beneficiary: 'Probation service of the Ministry of Internal Affairs; people on probation',
    beneficiaryCountries: ['KZ'],
    typeSlugs: ['penitentiary-reform', 'criminal-law-and-procedure'],
    donors: ['fcdo'],
    implementers: ['penal-reform-international'],
    sectors: dac(['15137', 80], ['15130', 20]),
    provenance: fromIati(
      'GB-GOV-1-300123',
      'fcdo-central-asia-activities.xml',
      '2026-10-02T08:15:00.000Z',
    ),
    translations: [
      ru({
        title: 'Поддержка службы пробации Казахстана',
        summary:
          'Создаёт службу пробации, которая ведёт надзор за осуждёнными к наказаниям без лишения свободы и помогает им с работой и жильём.',
        description: `С 2014 года Казахстан расширил применение наказаний, не связанных с лишением свободы, но служба пробации по-прежнему работает в основном как пункт регистрации. Проект помогает ей стать службой, которая снижает рецидив.

Мероприятия:

- инструменты оценки рисков и потребностей, адаптированные к законодательству Казахстана и апробированные в Карагандинской и Павлодарской областях;
- обучение 240 сотрудников пробации мотивационному консультированию и ведению случаев;
- соглашения с центрами занятости и НПО, чтобы клиенты находили работу и жильё;
- программа малых грантов для НПО, ведущих программы ресоциализации молодых людей.

Проект также готовит поправки к Закону о пробации, чтобы досудебные доклады стали обычной частью уголовного процесса.`,
        budgetText: '1 250 000 фунтов стерлингов',
        beneficiary: 'Служба пробации МВД; лица, состоящие на учёте пробации',
      }),
    ],
  }),

  demoProject({
    slug: 'kz-free-legal-aid-turkistan-region',
    language: 'ru',
    title: 'Бесплатная юридическая помощь сельским жителям Туркестанской области',
    summary:
      'Мобильные юристы и онлайн-консультации для жителей сёл, где нет ни адвоката, ни нотариуса.',
    description: `В сельских районах Туркестанской области один адвокат приходится на десятки тысяч жителей. Люди теряют землю, пособия и алименты, потому что не могут получить консультацию вовремя.

Проект предлагает три вида помощи:

1. Выездные приёмы юристов в 40 сельских округах по графику, согласованному с акиматами.
2. Консультации по телефону и в мессенджерах на казахском и русском языках.
3. Представительство в суде по делам о пенсиях, пособиях и семейным спорам.

Кроме того, проект обучает сельских **юридических помощников** (paralegals) и публикует простые памятки о правах. Подробности — на [странице проекта](https://example.org/zan-komek/turkistan).`,
    period: period('2025-02', '2027-01'),
    budgetText: 'Бюджет: 48 500 000 тенге',
    budgetLines: [total('KZT', '48,500,000')],
    countries: ['KZ'],
    beneficiary: 'Жители сельских районов Туркестанской области',
    beneficiaryCountries: ['KZ'],
    typeSlugs: ['access-to-justice'],
    donors: ['soros-foundation-kazakhstan'],
    implementers: ['zan-komek'],
    contacts: [
      contact({
        organisation: 'Общественный фонд «Зан Көмек»',
        person: 'Нурлан Жумабеков',
        jobTitle: 'Координатор проекта',
        phones: ['+7 7252 555 044'],
        email: 'info@example.org',
        address: 'ул. Примерная, 12, Шымкент 160000, Казахстан',
      }),
    ],
    translations: [
      en({
        title: 'Free Legal Aid for Rural Residents of Turkistan Region',
        summary:
          'Mobile lawyers and online consultations for villages that have neither a lawyer nor a notary.',
        description: `In the rural districts of Turkistan Region there is one lawyer for tens of thousands of residents. People lose land, benefits and alimony because they cannot get advice in time.

The project offers three kinds of help:

1. Visiting legal consultations in 40 rural districts on a schedule agreed with the local akimats.
2. Advice by telephone and messenger in Kazakh and Russian.
3. Representation in court in pension, benefit and family cases.

It also trains village **paralegals** and publishes plain-language leaflets on rights. Details are on the [project page](https://example.org/zan-komek/turkistan).`,
        budgetText: 'Budget: KZT 48,500,000',
        beneficiary: 'Residents of rural districts of Turkistan Region',
      }),
    ],
  }),

  demoProject({
    slug: 'kz-integrity-in-public-service',
    title: 'Integrity in Public Service: Anti-Corruption Education for Civil Servants',
    summary:
      'A national anti-corruption curriculum for civil servants and integrity officers in ministries and akimats.',
    description: `Kazakhstan introduced integrity officers ("ethics commissioners") in every state body, but few had training for the role. The project built a national curriculum with the Anti-Corruption Agency.

- **Curriculum:** twelve modules on conflicts of interest, asset declarations, gifts, whistle-blower protection and corruption risk assessment.
- **Trainers:** a pool of 60 certified trainers inside the civil service, so that the course outlives the project.
- **E-learning:** a free online course, completed by more than 18,000 civil servants by the end of 2022.
- **Research:** two rounds of a perception survey among civil servants, published with the underlying data.

Transparency International Kazakhstan monitored how the curriculum was used and reported to the donor twice a year.`,
    period: period('2019', '2022'),
    budgetText: 'USD 2,300,000; Government co-financing in kind: KZT 250,000,000',
    budgetLines: [
      total('USD', '2,300,000'),
      part('Government co-financing (in kind)', 'KZT', '250,000,000'),
    ],
    countries: ['KZ'],
    beneficiary: 'Civil servants and integrity officers of central and local state bodies',
    beneficiaryCountries: ['KZ'],
    typeSlugs: ['anti-corruption', 'public-administration'],
    donors: ['usaid'],
    implementers: ['transparency-international-kazakhstan'],
    accountable: ['kz-anti-corruption-agency'],
  }),

  demoProject({
    slug: 'kz-aifc-court-commercial-dispute-resolution',
    title: 'AIFC Court: Commercial Dispute Resolution Capacity',
    summary:
      'Will help the Astana International Financial Centre Court and its arbitration centre handle cross-border commercial disputes.',
    description: `The Astana International Financial Centre (AIFC) Court applies common-law procedure to commercial disputes. Demand from small and medium businesses is growing faster than its capacity.

The project will:

1. Publish a bilingual bench book on contract and insolvency disputes.
2. Train court staff and mediators:
   1. case managers in electronic case handling;
   2. mediators in cross-border commercial mediation;
   3. judges' assistants in drafting reasoned judgments.
3. Pilot a small-claims track, fully online, for claims below USD 50,000.

An evaluation at the end of the second year will decide whether the small-claims track is extended to the regional specialised economic courts.`,
    period: period('2027-01', '2029-12'),
    budgetText: 'EUR 1.8 million, of which EUR 300,000 contributed in kind by the AIFC Court',
    budgetLines: [
      total('EUR', '1,800,000'),
      part('AIFC Court contribution in kind', 'EUR', '300,000'),
    ],
    countries: ['KZ'],
    beneficiary: 'AIFC Court and International Arbitration Centre; small and medium enterprises',
    beneficiaryCountries: ['KZ'],
    typeSlugs: ['civil-law-and-procedure', 'judicial-reform'],
    donors: ['ebrd'],
    implementers: ['idlo'],
    accountable: ['aifc-court'],
    translations: [
      ru({
        title: 'Суд МФЦА: потенциал разрешения коммерческих споров',
        summary:
          'Поможет Суду Международного финансового центра «Астана» и его арбитражному центру рассматривать трансграничные коммерческие споры.',
        description: `Суд Международного финансового центра «Астана» (МФЦА) применяет процедуры общего права к коммерческим спорам. Спрос со стороны малого и среднего бизнеса растёт быстрее, чем его возможности.

Проект:

1. Издаст двуязычное пособие для судей по договорным спорам и делам о банкротстве.
2. Обучит сотрудников суда и медиаторов:
   1. специалистов по делам — электронному делопроизводству;
   2. медиаторов — трансграничной коммерческой медиации;
   3. помощников судей — подготовке мотивированных решений.
3. Запустит пилотный порядок рассмотрения малых исков (до 50 000 долларов США) полностью онлайн.

Оценка в конце второго года покажет, стоит ли распространить этот порядок на региональные специализированные экономические суды.`,
        budgetText: '1,8 млн евро, из них 300 000 евро — вклад Суда МФЦА в натуральной форме',
        beneficiary: 'Суд МФЦА и Международный арбитражный центр; малый и средний бизнес',
      }),
    ],
  }),

  demoProject({
    slug: 'kz-coordinated-response-to-domestic-violence',
    title: 'Coordinated Response to Domestic Violence in Almaty and Shymkent',
    summary:
      'Links police, health workers, social services and crisis centres so that survivors of domestic violence get help from the first call.',
    description: `Since domestic battery was re-criminalised in 2024, the number of reported cases has risen sharply. Police, hospitals and crisis centres still work in isolation.

The project sets up multi-agency response teams in Almaty and Shymkent:

- a shared referral protocol, signed by the police, the health department and the crisis centres;
- specialised police inspectors on duty around the clock, trained with survivor-centred methods;
- forensic examinations available in hospitals without a prior police referral;
- a case-tracking tool that lets the teams follow each case without sharing more personal data than needed.

Lessons from the two cities feed into a national standard on coordinated response, prepared with the Ministry of Internal Affairs.`,
    period: period('2024-09', '2027-08'),
    budgetText: 'EUR 2,400,000',
    budgetLines: [total('EUR', '2,400,000')],
    countries: ['KZ'],
    beneficiary: 'Women and children affected by domestic violence in Almaty and Shymkent',
    beneficiaryCountries: ['KZ'],
    typeSlugs: ['gender-equality', 'police-reform'],
    donors: ['finland-mfa'],
    implementers: ['un-women'],
    contacts: [
      contact({
        organisation: 'UN Women Multi-Country Office for Central Asia',
        person: 'Dana Omarova',
        jobTitle: 'Programme Specialist, Ending Violence against Women',
        phones: ['+7 727 555 0177'],
        email: 'd.omarova@example.org',
        address: '67 Example Avenue, Almaty 050000, Kazakhstan',
      }),
    ],
    links: [
      doc('https://example.org/docs/kz-dv-referral-protocol.pdf', 'Referral protocol (draft)'),
    ],
    translations: [
      ru({
        title: 'Скоординированное реагирование на бытовое насилие в Алматы и Шымкенте',
        summary:
          'Объединяет полицию, медиков, социальные службы и кризисные центры, чтобы пострадавшие от бытового насилия получали помощь с первого обращения.',
        description: `После того как в 2024 году побои в семье снова стали уголовным преступлением, число зарегистрированных случаев резко выросло. Полиция, больницы и кризисные центры по-прежнему работают разрозненно.

Проект создаёт межведомственные группы реагирования в Алматы и Шымкенте:

- единый протокол перенаправления, подписанный полицией, управлением здравоохранения и кризисными центрами;
- специализированные инспекторы полиции, дежурящие круглосуточно и обученные методам, ориентированным на пострадавших;
- судебно-медицинское освидетельствование в больницах без предварительного направления полиции;
- инструмент отслеживания дел, позволяющий группам вести каждый случай, не передавая лишних персональных данных.

Опыт двух городов войдёт в национальный стандарт скоординированного реагирования, который готовится вместе с МВД.`,
        budgetText: '2 400 000 евро',
        beneficiary: 'Женщины и дети, пострадавшие от бытового насилия, в Алматы и Шымкенте',
      }),
    ],
  }),

  demoProject({
    slug: 'kz-constitutional-court-individual-complaints',
    title: 'Support to the Constitutional Court of Kazakhstan on Individual Complaints',
    summary:
      'Advises the Constitutional Court, re-established in 2023, on handling complaints lodged directly by citizens.',
    description: `Since January 2023 citizens of Kazakhstan can apply directly to the Constitutional Court. In its first year the Court received several thousand complaints, most of them inadmissible.

The advisory component supports the Court's secretariat with:

- admissibility guidelines and standard letters in Kazakh and Russian;
- a case-law database linking the Court's decisions to the constitutional provisions they interpret;
- study visits to constitutional courts that handle individual complaints, and exchanges with the Venice Commission;
- outreach to bar associations so that lawyers draft admissible complaints.

See the [Court's statistics](https://example.org/kz-constitutional-court/statistics) for the number of complaints received each year.`,
    period: period('2023-07', null),
    periodNote: 'Open-ended advisory component; the work plan is reviewed every year.',
    budgetText: 'EUR 950,000 for the first phase (2023–2025)',
    budgetLines: [part('First phase (2023–2025)', 'EUR', '950,000')],
    countries: ['KZ'],
    beneficiary: 'Constitutional Court of the Republic of Kazakhstan; applicants',
    beneficiaryCountries: ['KZ'],
    typeSlugs: ['constitutional-law', 'human-rights'],
    donors: ['bmz'],
    implementers: ['giz'],
    accountable: ['kz-constitutional-court'],
    sectors: dac(['15150', 60], ['15160', 40]),
    provenance: fromIati(
      'XM-DAC-5-7-2022.2150.8',
      'giz-activities-kz.xml',
      '2026-09-14T06:40:00.000Z',
    ),
  }),

  demoProject({
    slug: 'kz-cybercrime-and-electronic-evidence',
    title: 'Cybercrime and Electronic Evidence Training for Kazakh Investigators',
    summary:
      'Trained investigators, prosecutors and judges to secure, analyse and assess electronic evidence in cybercrime and drug cases.',
    description: `Drug markets in Kazakhstan have moved online: synthetic drugs are sold through messenger channels and paid for in cryptocurrency. Investigators needed new skills to follow them.

The project delivered:

1. A basic course on electronic evidence for 400 investigators of the police and the financial monitoring agency.
2. An advanced course on cryptocurrency tracing for a specialised unit of 35 analysts.
3. Joint seminars for prosecutors and judges on the admissibility of electronic evidence.
4. Forensic software and hardware for two regional digital forensics laboratories.

A final report with lessons learned is available on request from the implementing office.`,
    period: period('2022-10', '2025-09'),
    budgetText: 'USD 1,475,320.75 (final expenditure)',
    budgetLines: [total('USD', '1,475,320.75', 'Final expenditure')],
    countries: ['KZ'],
    beneficiary: 'Law enforcement, prosecution and judiciary of Kazakhstan',
    beneficiaryCountries: ['KZ'],
    typeSlugs: ['drug-control-and-organised-crime', 'criminal-law-and-procedure', 'police-reform'],
    donors: ['us-inl'],
    implementers: ['unodc'],
    provenance: fromSpreadsheet('donor-matrix-kazakhstan-2025.xlsx', '2026-03-20T10:00:00.000Z'),
  }),
];
