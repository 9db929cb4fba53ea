import type { ProjectInput } from '../../domain/projects/project.ts';
import {
  contact,
  dac,
  demoProject,
  doc,
  en,
  fromIati,
  part,
  period,
  ru,
  total,
} from './demo-build.ts';

// Fictional demo projects in Tajikistan (see the README: demo data, not real records).

export const TAJIKISTAN_PROJECTS: ProjectInput[] = [
  demoProject({
    slug: 'tj-access-to-justice-for-vulnerable-groups',
    title: 'Access to Justice for Vulnerable Groups in Tajikistan',
    summary:
      'Brought free legal aid, simpler court procedures and legal information to women, persons with disabilities and returning migrants.',
    description: `Many people in Tajikistan never reach a court because they cannot pay a lawyer, do not know their rights or live far from the district centre.

The action combined support to the state and to civil society:

1. State legal aid
   1. Extension of the State Legal Aid Centre network to all districts of Khatlon and Sughd regions;
   2. An electronic registry of legal aid cases.
2. Courts
   1. Simplified forms for alimony and property claims;
   2. Court fee waivers applied consistently, with published criteria.
3. Civil society
   - Grants to local NGOs for paralegal work in remote valleys.

An independent final evaluation found that the number of people receiving legal aid tripled between 2022 and 2025.`,
    period: period('2022-01', '2025-12'),
    budgetText: 'Total: EUR 6 million (EU: EUR 5 million; German co-funding: EUR 1 million)',
    budgetLines: [
      total('EUR', '6,000,000'),
      part('EU contribution', 'EUR', '5,000,000'),
      part('German co-funding (BMZ)', 'EUR', '1,000,000'),
    ],
    countries: ['TJ'],
    beneficiary: 'Women, persons with disabilities, returning migrants and other vulnerable groups',
    beneficiaryCountries: ['TJ'],
    typeSlugs: ['access-to-justice', 'judicial-reform'],
    donors: ['european-union', 'bmz'],
    implementers: ['giz'],
    accountable: ['tj-ministry-of-justice'],
    links: [doc('https://example.org/docs/tj-a2j-final-evaluation.pdf', 'Final evaluation report')],
    translations: [
      ru({
        title: 'Доступ к правосудию для уязвимых групп в Таджикистане',
        summary:
          'Обеспечил бесплатной юридической помощью, упрощёнными судебными процедурами и правовой информацией женщин, людей с инвалидностью и вернувшихся мигрантов.',
        description: `Многие жители Таджикистана так и не доходят до суда: они не могут оплатить адвоката, не знают своих прав или живут далеко от районного центра.

Проект сочетал поддержку государства и гражданского общества:

1. Государственная юридическая помощь
   1. Расширение сети Государственного центра юридической помощи на все районы Хатлонской и Согдийской областей;
   2. Электронный реестр дел по юридической помощи.
2. Суды
   1. Упрощённые формы исков об алиментах и имуществе;
   2. Единообразное освобождение от судебных пошлин по опубликованным критериям.
3. Гражданское общество
   - Гранты местным НПО для работы параюристов в отдалённых долинах.

Независимая итоговая оценка показала, что с 2022 по 2025 год число получателей юридической помощи выросло втрое.`,
        budgetText: 'Всего: 6 млн евро (ЕС — 5 млн евро; софинансирование Германии — 1 млн евро)',
        beneficiary: 'Женщины, люди с инвалидностью, вернувшиеся мигранты и другие уязвимые группы',
      }),
    ],
  }),

  demoProject({
    slug: 'tj-countering-trafficking-in-persons',
    title: 'Countering Trafficking in Persons in Tajikistan',
    summary:
      'Strengthened the identification of victims of trafficking, their protection and the prosecution of traffickers.',
    description: `Tajikistan is mainly a country of origin for victims of trafficking for forced labour and sexual exploitation, often linked to labour migration.

The project supported the Interagency Commission on Combating Trafficking in Persons in four areas:

- **Prevention:** information on safe migration in pre-departure centres and through mobile operators.
- **Protection:** two shelters and a national referral mechanism with standard operating procedures.
- **Prosecution:** training for police, prosecutors and judges on victim-centred investigation and on the 2019 law amendments.
- **Partnership:** cooperation agreements with destination countries on the return of victims.

The number of identified victims who received assistance rose from 96 in 2020 to more than 300 in 2024.`,
    period: period('2020-10', '2025-09'),
    budgetText: 'USD 3,750,000',
    budgetLines: [total('USD', '3,750,000')],
    countries: ['TJ'],
    beneficiary: 'Victims and potential victims of trafficking; law enforcement and judiciary',
    beneficiaryCountries: ['TJ'],
    typeSlugs: ['criminal-law-and-procedure', 'migration-and-border-management', 'human-rights'],
    donors: ['usaid'],
    implementers: ['iom'],
    contacts: [
      contact({
        organisation: 'IOM Mission in Tajikistan',
        person: 'Farrukh Nazarov',
        jobTitle: 'Counter-Trafficking Project Officer',
        phones: ['+992 37 555 0120'],
        email: 'f.nazarov@example.org',
        address: '22 Example Street, Dushanbe 734000, Tajikistan',
      }),
    ],
  }),

  demoProject({
    slug: 'tj-drug-interdiction-tajik-afghan-border',
    title: 'Strengthening Drug Interdiction Capacity on the Tajik–Afghan Border',
    summary:
      'Equips and trains interdiction units of the Drug Control Agency and the Border Troops along the Panj river.',
    description: `The 1,357-kilometre border with Afghanistan remains a main route for opiates and, increasingly, methamphetamine heading north.

The project:

1. Equips three mobile interdiction teams with vehicles, night-vision and drug-testing kits.
2. Trains officers in risk profiling, controlled deliveries and the handling of evidence.
3. Connects the Drug Control Agency's analysts with CARICC, the regional information centre in Almaty.
4. Funds a forensic drug laboratory in Khorog.

Human rights standards are part of every training module, and an OSCE-trained monitor reviews the curricula every year.`,
    period: period('2024-03', '2027-02'),
    budgetText: 'JPY 780,000,000',
    budgetLines: [total('JPY', '780,000,000')],
    countries: ['TJ'],
    beneficiary: 'Drug Control Agency; Border Troops of the State Committee for National Security',
    beneficiaryCountries: ['TJ'],
    typeSlugs: ['drug-control-and-organised-crime', 'migration-and-border-management'],
    donors: ['government-of-japan'],
    implementers: ['unodc'],
    accountable: ['tj-drug-control-agency'],
    contacts: [
      contact({
        organisation: 'UNODC Programme Office in Tajikistan',
        person: 'Sherali Rahimov',
        jobTitle: 'National Programme Coordinator',
        phones: ['+992 37 555 0150', '+992 93 555 0151'],
        email: 's.rahimov@example.org',
        address: '37/1 Example Avenue, Dushanbe 734013, Tajikistan',
        website: 'https://example.org/unodc-tajikistan',
      }),
    ],
    translations: [
      ru({
        title: 'Укрепление потенциала пресечения наркотрафика на таджикско-афганской границе',
        summary:
          'Оснащает и обучает подразделения Агентства по контролю за наркотиками и Пограничных войск вдоль реки Пяндж.',
        description: `Граница с Афганистаном протяжённостью 1357 километров остаётся одним из главных маршрутов опиатов и всё чаще метамфетамина на север.

Проект:

1. Оснащает три мобильные группы пресечения транспортом, приборами ночного видения и наборами для тестирования наркотиков.
2. Обучает сотрудников профилированию рисков, контролируемым поставкам и работе с доказательствами.
3. Связывает аналитиков Агентства по контролю за наркотиками с ЦАРИКЦ — региональным информационным центром в Алматы.
4. Финансирует криминалистическую лабораторию по исследованию наркотиков в Хороге.

Стандарты прав человека входят в каждый учебный модуль, а подготовленный ОБСЕ эксперт ежегодно проверяет учебные программы.`,
        budgetText: '780 000 000 японских иен',
        beneficiary:
          'Агентство по контролю за наркотиками; Пограничные войска Государственного комитета национальной безопасности',
      }),
    ],
  }),

  demoProject({
    slug: 'tj-law-on-prevention-of-family-violence',
    title: 'Implementing the Law on the Prevention of Violence in the Family',
    summary:
      'Helped police, courts and local authorities apply the 2013 law on family violence, including protection orders.',
    description: `Tajikistan's Law on the Prevention of Violence in the Family (2013) introduced protection orders, but few were issued in its first years.

With extra-budgetary contributions, the OSCE Programme Office:

- trained police inspectors for women and children's affairs in issuing and enforcing protection orders;
- supported eleven police stations with female inspectors and private interview rooms;
- worked with the Committee on Women and Family Affairs on a state programme for 2021–2025;
- funded legal and psychological help in resource centres run by local NGOs.

This record comes from the OSCE's yearly report; the exact start and end months are not stated there.`,
    period: period('2019', '2021'),
    budgetText: 'EUR 720,000 (extra-budgetary contributions of Norway and Finland)',
    budgetLines: [
      total('EUR', '720,000'),
      part('Norway', 'EUR', '450,000'),
      part('Finland', 'EUR', '270,000'),
    ],
    countries: ['TJ'],
    beneficiary: 'Women and girls at risk of family violence; police inspectors',
    beneficiaryCountries: ['TJ'],
    typeSlugs: ['gender-equality', 'police-reform'],
    donors: ['norway-mfa', 'finland-mfa'],
    implementers: ['osce-programme-office-in-dushanbe'],
    translations: [
      ru({
        title: 'Применение Закона о предупреждении насилия в семье',
        summary:
          'Помог милиции, судам и местным органам власти применять закон 2013 года о насилии в семье, включая защитные предписания.',
        description: `Закон Таджикистана «О предупреждении насилия в семье» (2013) ввёл защитные предписания, но в первые годы их выдавалось мало.

За счёт внебюджетных взносов Программный офис ОБСЕ:

- обучил инспекторов милиции по делам женщин и детей выдаче и исполнению защитных предписаний;
- поддержал одиннадцать отделов милиции, где работают женщины-инспекторы и есть отдельные комнаты для бесед;
- вместе с Комитетом по делам женщин и семьи работал над государственной программой на 2021–2025 годы;
- финансировал юридическую и психологическую помощь в ресурсных центрах местных НПО.

Сведения взяты из ежегодного отчёта ОБСЕ; точные месяцы начала и окончания в нём не указаны.`,
        budgetText: '720 000 евро (внебюджетные взносы Норвегии и Финляндии)',
        beneficiary: 'Женщины и девочки, подверженные риску насилия в семье; инспекторы милиции',
      }),
    ],
  }),

  demoProject({
    slug: 'tj-judicial-modernisation',
    title: 'Judicial Modernisation and Court Performance in Tajikistan',
    summary:
      'Finances court automation, a judicial training centre and performance standards for courts.',
    description: `The project supports the judicial reform programme adopted by the Government of Tajikistan for 2026–2030.

Components:

1. **Court management:** an electronic case-management system in all district and regional courts, with random case allocation.
2. **Judicial training:** a renovated training centre under the Council of Justice with a new curriculum for candidate and sitting judges.
3. **Performance and transparency:** time standards for cases, yearly court performance reports and publication of decisions.
4. **Project management:** fiduciary, environmental and social safeguards.

The financing is an IDA grant. Disbursements are linked to results such as the share of cases allocated at random.`,
    period: period('2026-06', '2031-05'),
    budgetText: 'USD 15 million (IDA grant)',
    budgetLines: [total('USD', '15,000,000', 'IDA grant')],
    countries: ['TJ'],
    beneficiary: 'Courts of Tajikistan and the Council of Justice; court users',
    beneficiaryCountries: ['TJ'],
    typeSlugs: ['judicial-reform', 'public-administration'],
    donors: ['world-bank'],
    implementers: ['tj-council-of-justice'],
    contacts: [
      contact({
        role: 'implementing',
        organisation:
          'Council of Justice of the Republic of Tajikistan, Project Implementation Unit',
        person: 'Parviz Davlatov',
        jobTitle: 'Project Coordinator',
        phones: ['+992 37 555 0310'],
        email: 'piu@example.org',
        address: '5 Example Street, Dushanbe 734025, Tajikistan',
      }),
    ],
    sectors: dac(['15130', 70], ['15110', 30]),
    provenance: fromIati('XM-DAC-44000-P179123', 'worldbank-tj.xml', '2026-07-01T12:00:00.000Z'),
  }),

  demoProject({
    slug: 'tj-human-rights-ombudsman',
    title: "Strengthening the Human Rights Ombudsman's Office of Tajikistan",
    summary:
      "Supported the Ombudsman's complaint handling, monitoring of closed institutions and regional offices.",
    description: `The Ombudsman for Human Rights in Tajikistan, established in 2008, aimed at accreditation with the Global Alliance of National Human Rights Institutions.

The project focused on:

- a complaint-handling system with deadlines and tracking;
- a monitoring group that visits prisons, psychiatric hospitals and children's homes, together with civil society;
- regional offices in Khujand, Bokhtar and Khorog;
- a yearly report to Parliament with recommendations and follow-up on earlier ones.

The project ended in 2020; an independent evaluation recommended continued support for the monitoring group and closer cooperation with civil society organisations.`,
    period: period('2017-09', '2020-12'),
    budgetText: 'EUR 1,150,000',
    budgetLines: [total('EUR', '1,150,000')],
    countries: ['TJ'],
    beneficiary: 'Office of the Ombudsman for Human Rights; people in closed institutions',
    beneficiaryCountries: ['TJ'],
    typeSlugs: ['human-rights'],
    donors: ['finland-mfa'],
    implementers: ['undp'],
  }),

  demoProject({
    slug: 'tj-university-law-clinics-network',
    language: 'ru',
    title: 'Сеть юридических клиник при университетах Таджикистана',
    summary:
      'Студенты-юристы под руководством преподавателей бесплатно консультируют жителей Душанбе, Худжанда и Бохтара.',
    description: `Юридические клиники дают студентам практику, а жителям — бесплатную консультацию. В Таджикистане они работали разрозненно и без общих стандартов.

Проект поддерживает:

- ассоциацию юридических клиник и её стандарты качества;
- обучение кураторов клиник из числа преподавателей;
- уличное право (Street Law) — занятия студентов в школах и махаллях о правах граждан;
- электронный журнал обращений с обезличенной статистикой.

В 2025/26 учебном году в проекте участвуют клиники пяти университетов. За год они приняли более 1 200 обращений, в основном по семейным, жилищным и трудовым вопросам.

Срок окончания не определён: поддержка продлевается ежегодно по итогам отчёта ассоциации. Подробнее на [сайте ассоциации](https://example.org/law-clinics-tj).`,
    period: period('2023-09', null),
    budgetText: '210 000 долларов США на 2023–2026 годы',
    budgetLines: [part('2023–2026', 'USD', '210,000')],
    countries: ['TJ'],
    beneficiary: 'Студенты-юристы и жители, получающие бесплатную консультацию',
    beneficiaryCountries: ['TJ'],
    typeSlugs: ['access-to-justice', 'civil-society-and-media'],
    donors: ['osiaf-tajikistan'],
    implementers: ['law-clinics-association-tajikistan'],
    contacts: [
      contact({
        organisation: 'Ассоциация юридических клиник Таджикистана',
        person: 'Мадина Саидова',
        jobTitle: 'Исполнительный директор',
        phones: ['+992 37 555 0199'],
        email: 'clinics@example.org',
        address: 'пр. Примерный, 17, Душанбе 734025, Таджикистан',
        website: 'https://example.org/law-clinics-tj',
      }),
    ],
    translations: [
      en({
        title: 'Network of University Law Clinics in Tajikistan',
        summary:
          'Law students, supervised by their teachers, give free advice to residents of Dushanbe, Khujand and Bokhtar.',
        description: `Law clinics give students practice and residents free advice. In Tajikistan they worked in isolation and without common standards.

The project supports:

- the association of law clinics and its quality standards;
- training of clinic supervisors from among law teachers;
- Street Law: students teach pupils and mahalla residents about citizens' rights;
- an electronic register of requests with anonymised statistics.

In the 2025/26 academic year clinics at five universities take part. In one year they received more than 1,200 requests, mostly on family, housing and labour matters.

No end date is set: support is renewed every year on the basis of the association's report. More on the [association's site](https://example.org/law-clinics-tj).`,
        budgetText: 'USD 210,000 for 2023–2026',
        beneficiary: 'Law students and residents receiving free advice',
      }),
    ],
  }),

  demoProject({
    slug: 'tj-digital-civil-registration',
    title: 'Digital Civil Registration and Legal Identity in Tajikistan',
    summary:
      'Proposed support for a digital civil registry so that every birth, marriage and death is recorded and every person can prove who they are.',
    description: `Without a birth certificate, a child in Tajikistan may miss school enrolment, and an adult cannot register property or receive a pension. Paper registries in district civil registry offices (ZAGS) are slow and incomplete.

The proposed project would:

1. digitise civil registry archives from 1992 onwards;
2. connect registry offices, maternity hospitals and the passport service in one system;
3. introduce mobile registration teams for remote mountain districts;
4. amend the law on civil registration to accept electronic records as evidence.

This record is a draft: the concept note is under discussion with the Ministry of Justice and the figures are indicative.`,
    period: period('2027-01', '2030-12'),
    budgetText: 'USD 9.2 million indicative: ADB grant USD 8 million; Government USD 1.2 million',
    budgetLines: [
      total('USD', '9,200,000', 'Indicative total'),
      part('ADB grant', 'USD', '8,000,000'),
      part('Government of Tajikistan', 'USD', '1,200,000'),
    ],
    countries: ['TJ'],
    beneficiary: 'Ministry of Justice civil registry offices; the population of Tajikistan',
    beneficiaryCountries: ['TJ'],
    typeSlugs: ['public-administration', 'civil-law-and-procedure'],
    donors: ['adb'],
    implementers: ['tj-ministry-of-justice'],
    state: 'draft',
  }),
];
