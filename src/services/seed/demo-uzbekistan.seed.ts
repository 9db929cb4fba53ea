import type { ProjectInput } from '../../domain/projects/project.ts';
import {
  contact,
  dac,
  demoProject,
  fromIati,
  fromSpreadsheet,
  link,
  part,
  period,
  ru,
  total,
} from './demo-build.ts';

// Fictional demo projects in Uzbekistan (see the README: demo data, not real records).

export const UZBEKISTAN_PROJECTS: ProjectInput[] = [
  demoProject({
    slug: 'uz-judicial-independence-and-court-administration',
    title: 'Judicial Independence and Court Administration Reform in Uzbekistan',
    summary:
      'Supports the Supreme Judicial Council in merit-based selection of judges and modern court administration.',
    description: `Since 2017 Uzbekistan has reorganised its courts, created the Supreme Judicial Council and introduced life tenure for judges after two terms. The project helps make these reforms hold.

### Expected results

1. Selection and careers of judges
   1. Written, anonymised qualification exams;
   2. Performance evaluation based on published criteria.
2. Court administration
   1. A court administration department separate from the Supreme Court;
   2. Court budgets planned by the courts themselves.
3. Openness
   - Live broadcasts of selected hearings and a press service in every regional court.

The project also funds the Council's first public survey of judges on independence and pressure.`,
    period: period('2023-06', '2027-05'),
    budgetText: 'Total: EUR 9.2 million (EU contribution: EUR 8.5 million; UNDP: EUR 0.7 million)',
    budgetLines: [
      total('EUR', '9,200,000'),
      part('EU contribution', 'EUR', '8,500,000'),
      part('UNDP contribution', 'EUR', '700,000'),
    ],
    countries: ['UZ'],
    beneficiary: 'Supreme Judicial Council, courts and judges of Uzbekistan',
    beneficiaryCountries: ['UZ'],
    typeSlugs: ['judicial-reform'],
    donors: ['european-union', 'undp'],
    implementers: ['undp'],
    accountable: ['uz-supreme-judicial-council'],
    sectors: dac(['15130', 100]),
    provenance: fromIati(
      'XM-DAC-41114-PROJECT-00134521',
      'undp-uzb-activities.xml',
      '2026-11-01T04:00:00.000Z',
    ),
    contacts: [
      contact({
        organisation: 'UNDP in Uzbekistan',
        person: 'Jasur Karimov',
        jobTitle: 'Project Coordinator',
        phones: ['+998 71 555 3410', '+998 90 555 3411'],
        email: 'j.karimov@example.org',
        address: '4 Example Street, Tashkent 100029, Uzbekistan',
        website: 'https://example.org/undp-uz',
      }),
    ],
    translations: [
      ru({
        title: 'Независимость судебной власти и реформа судебного администрирования в Узбекистане',
        summary:
          'Поддерживает Высший судейский совет в отборе судей на основе заслуг и в современном администрировании судов.',
        description: `С 2017 года Узбекистан реорганизовал суды, создал Высший судейский совет и ввёл бессрочное назначение судей после двух сроков. Проект помогает закрепить эти реформы.

### Ожидаемые результаты

1. Отбор и карьера судей
   1. Письменные анонимные квалификационные экзамены;
   2. Оценка работы по опубликованным критериям.
2. Администрирование судов
   1. Департамент судебного администрирования, отделённый от Верховного суда;
   2. Бюджеты судов, которые планируют сами суды.
3. Открытость
   - Прямые трансляции отдельных заседаний и пресс-служба в каждом областном суде.

Проект также финансирует первый опрос судей Высшим судейским советом о независимости и давлении.`,
        budgetText: 'Всего: 9,2 млн евро (вклад ЕС — 8,5 млн евро; ПРООН — 0,7 млн евро)',
        beneficiary: 'Высший судейский совет, суды и судьи Узбекистана',
      }),
    ],
  }),

  demoProject({
    slug: 'uz-new-criminal-procedure-code',
    title: 'Drafting Support for the New Criminal Procedure Code of Uzbekistan',
    summary:
      'Gave expert advice to the working group drafting a new Criminal Procedure Code based on adversarial proceedings.',
    description: `In 2020 the President of Uzbekistan ordered the drafting of a new Criminal Procedure Code. IDLO supported the working group under the Supreme Court and the Prosecutor General's Office.

Support covered:

- comparative studies on habeas corpus, plea agreements and the exclusion of unlawfully obtained evidence;
- commentaries on each draft chapter by international and national experts;
- public consultations with the bar, academia and civil society in Tashkent, Samarkand and Nukus;
- a training of trainers for the Law Enforcement Academy on the new procedures.

The draft Code was submitted to the Legislative Chamber in 2023.`,
    period: period('2020-04', '2023-03'),
    budgetText: 'GBP 1,100,000',
    budgetLines: [total('GBP', '1,100,000')],
    countries: ['UZ'],
    beneficiary: 'Drafting working group; judges, prosecutors and advocates',
    beneficiaryCountries: ['UZ'],
    typeSlugs: ['criminal-law-and-procedure'],
    donors: ['fcdo'],
    implementers: ['idlo'],
    translations: [
      ru({
        title: 'Поддержка разработки нового Уголовно-процессуального кодекса Узбекистана',
        summary:
          'Экспертная помощь рабочей группе, разрабатывавшей новый Уголовно-процессуальный кодекс на основе состязательности.',
        description: `В 2020 году Президент Узбекистана поручил разработать новый Уголовно-процессуальный кодекс. IDLO поддерживала рабочую группу при Верховном суде и Генеральной прокуратуре.

Поддержка включала:

- сравнительные исследования по хабеас корпус, сделкам о признании вины и исключению незаконно полученных доказательств;
- комментарии международных и национальных экспертов к каждой главе проекта;
- публичные консультации с адвокатурой, научным сообществом и гражданским обществом в Ташкенте, Самарканде и Нукусе;
- подготовку тренеров Правоохранительной академии по новым процедурам.

Проект кодекса был внесён в Законодательную палату в 2023 году.`,
        budgetText: '1 100 000 фунтов стерлингов',
        beneficiary: 'Рабочая группа по разработке; судьи, прокуроры и адвокаты',
      }),
    ],
  }),

  demoProject({
    slug: 'uz-independence-of-the-bar',
    title: 'Strengthening the Independence of the Bar in Uzbekistan',
    summary:
      'Supported the Chamber of Advocates in admission, discipline and continuing education, and defence lawyers in criminal cases.',
    description: `The number of advocates in Uzbekistan, about 4,000 in 2021, is low for a country of 36 million people. The project worked with the Chamber of Advocates to grow an independent and competent bar.

Key activities:

1. A transparent, written bar exam and a mentoring scheme for young advocates.
2. A disciplinary procedure with clear grounds and a right of appeal.
3. Continuing legal education on the European Convention standards of fair trial.
4. Defence lawyers' access to clients in pre-trial detention, monitored with the Chamber.

By mid-2026 the number of practising advocates had passed 7,500.`,
    period: period('2021-09', '2026-08'),
    budgetText: 'USD 6,400,000',
    budgetLines: [total('USD', '6,400,000')],
    countries: ['UZ'],
    beneficiary: 'Chamber of Advocates; advocates and their clients',
    beneficiaryCountries: ['UZ'],
    typeSlugs: ['access-to-justice', 'judicial-reform'],
    donors: ['usaid'],
    implementers: ['aba-roli'],
    accountable: ['uz-chamber-of-advocates'],
    contacts: [
      contact({
        organisation: 'ABA Rule of Law Initiative, Uzbekistan office',
        person: 'Nodira Yusupova',
        jobTitle: 'Country Director',
        phones: ['+998 71 555 2200'],
        email: 'n.yusupova@example.org',
        address: '9 Example Lane, Tashkent 100000, Uzbekistan',
      }),
    ],
  }),

  demoProject({
    slug: 'uz-monitoring-child-and-forced-labour',
    title: 'Third-Party Monitoring of Child and Forced Labour in the Cotton Harvest',
    summary:
      'Independent monitoring of every cotton harvest from 2015 to 2021, with recommendations to end forced and child labour.',
    description: `For years the cotton harvest in Uzbekistan relied on the forced mobilisation of students, teachers, doctors and civil servants.

ILO monitors, accompanied by civil society observers, visited fields, schools and hospitals during every harvest from 2015 to 2021. The programme:

- published a report after each harvest with survey data from thousands of pickers;
- set up a feedback mechanism through which pickers could report forced mobilisation;
- advised on recruitment rules, wages and labour inspection.

Systematic child labour ended by 2017 and systematic forced labour by 2021. The monitoring reports are published on the ILO website; see also the [summary](https://example.org/uz-cotton-monitoring).`,
    period: period('2015', '2021'),
    periodNote: 'Monitoring took place during each autumn harvest.',
    budgetText: 'USD 12.5 million (multi-donor trust fund)',
    budgetLines: [total('USD', '12,500,000', 'Multi-donor trust fund')],
    countries: ['UZ'],
    beneficiary: 'Cotton pickers, students, teachers and public sector workers',
    beneficiaryCountries: ['UZ'],
    typeSlugs: ['human-rights', 'childrens-rights', 'public-administration'],
    donors: ['sdc', 'european-union', 'world-bank'],
    implementers: ['ilo'],
    provenance: fromSpreadsheet('donor-matrix-uzbekistan-2022.xlsx', '2023-01-17T11:45:00.000Z'),
  }),

  demoProject({
    slug: 'uz-humane-penitentiary-reform',
    title: 'Humane Penitentiary Reform and Alternatives to Imprisonment in Uzbekistan',
    summary:
      'Supports the prison service in applying the Nelson Mandela Rules and courts in using non-custodial sentences.',
    description: `Uzbekistan closed the Jaslyk prison in 2019 and has since reduced its prison population. The project supports the next steps of the penitentiary reform concept.

Areas of work:

- **Standards:** prison regulations revised in line with the UN Standard Minimum Rules for the Treatment of Prisoners (the Nelson Mandela Rules).
- **Staff:** a new initial training course for prison officers, with human rights and de-escalation modules.
- **Alternatives:** sentencing guidelines and a pilot of electronic monitoring in Tashkent and Fergana.
- **Oversight:** support to the Ombudsman's national preventive mechanism in its visits to penitentiary institutions.

The project is co-designed with the Department for the Execution of Punishments of the Ministry of Internal Affairs.`,
    period: period('2025-10', '2028-09'),
    budgetText: 'NOK 22,000,000',
    budgetLines: [total('NOK', '22,000,000')],
    countries: ['UZ'],
    beneficiary: 'Prison service, prisoners and courts of Uzbekistan',
    beneficiaryCountries: ['UZ'],
    typeSlugs: ['penitentiary-reform', 'criminal-law-and-procedure'],
    donors: ['norway-mfa'],
    implementers: ['unodc'],
    contacts: [
      contact({
        organisation: 'UNODC Programme Office in Uzbekistan',
        person: 'Dilnoza Rakhimova',
        jobTitle: 'Criminal Justice Programme Officer',
        phones: ['+998 71 555 5060'],
        email: 'd.rakhimova@example.org',
        address: '14 Example Street, Tashkent 100029, Uzbekistan',
      }),
    ],
    translations: [
      ru({
        title: 'Гуманная пенитенциарная реформа и альтернативы лишению свободы в Узбекистане',
        summary:
          'Поддерживает пенитенциарную службу в применении Правил Нельсона Манделы, а суды — в назначении наказаний без лишения свободы.',
        description: `В 2019 году Узбекистан закрыл колонию «Жаслык» и с тех пор сократил число заключённых. Проект поддерживает следующие шаги концепции пенитенциарной реформы.

Направления работы:

- **Стандарты:** правила внутреннего распорядка пересмотрены в соответствии с Минимальными стандартными правилами ООН обращения с заключёнными (Правилами Нельсона Манделы).
- **Персонал:** новый курс первоначальной подготовки сотрудников с модулями о правах человека и деэскалации.
- **Альтернативы:** рекомендации по назначению наказаний и пилотный электронный мониторинг в Ташкенте и Фергане.
- **Надзор:** поддержка национального превентивного механизма Омбудсмена при посещениях учреждений.

Проект разрабатывается совместно с Департаментом исполнения наказаний МВД.`,
        budgetText: '22 000 000 норвежских крон',
        beneficiary: 'Пенитенциарная служба, заключённые и суды Узбекистана',
      }),
    ],
  }),

  demoProject({
    slug: 'uz-public-service-centres',
    title: 'Public Service Centres and Administrative Procedure Reform',
    summary:
      'Helped set up one-stop public service centres and apply the new Law on Administrative Procedures.',
    description: `Before 2018, citizens and businesses in Uzbekistan visited several offices to obtain a single licence or certificate, and informal payments were common.

The technical assistance supported the Public Services Agency in:

1. Designing the one-stop-shop model and its service standards.
2. Re-engineering the 40 most used public services to cut steps, documents and waiting times.
3. Applying the Law on Administrative Procedures (2018): reasons for decisions, deadlines and the right to appeal.
4. Measuring user satisfaction in every centre and publishing the results.

By 2022 more than 200 centres were open across the country.`,
    period: period('2019-07', '2022-06'),
    budgetText: 'USD 2,000,000 (technical assistance grant)',
    budgetLines: [total('USD', '2,000,000', 'Technical assistance grant')],
    countries: ['UZ'],
    beneficiary: 'Public Services Agency; citizens and businesses',
    beneficiaryCountries: ['UZ'],
    typeSlugs: ['public-administration', 'anti-corruption'],
    donors: ['adb'],
    implementers: ['uz-public-services-agency'],
    contacts: [
      contact({
        role: 'accountable',
        organisation: 'Public Services Agency under the Ministry of Justice',
        person: 'Rustam Aliev',
        jobTitle: 'Head of International Cooperation',
        phones: ['+998 71 555 0700'],
        email: 'psa@example.org',
        address: 'Example Square 1, Tashkent 100047, Uzbekistan',
      }),
    ],
  }),

  demoProject({
    slug: 'uz-commercial-courts-and-business-ombudsman',
    title: 'Commercial Courts and the Business Ombudsman in Uzbekistan',
    summary:
      'Will help economic courts and the Business Ombudsman resolve commercial disputes faster and more predictably.',
    description: `Investors in Uzbekistan cite slow and unpredictable commercial dispute resolution as a main obstacle. The planned project will work with the economic courts and the Business Ombudsman.

#### Planned outputs

- A unified practice of economic courts on contracts, secured transactions and insolvency, published as guidance notes.
- Court-annexed mediation in Tashkent, Samarkand and Andijan.
- A complaint procedure at the Business Ombudsman for inspections and permits, with time limits.
- Training for judges in economic analysis of law.

The project is scheduled to follow the current German programme on legal reform in Central Asia.`,
    period: period('2028-01', '2031-12'),
    budgetText: 'EUR 2,750,000',
    budgetLines: [total('EUR', '2,750,000')],
    countries: ['UZ'],
    beneficiary: 'Economic courts, the Business Ombudsman and companies',
    beneficiaryCountries: ['UZ'],
    typeSlugs: ['civil-law-and-procedure', 'judicial-reform'],
    donors: ['bmz'],
    implementers: ['giz'],
    translations: [
      ru({
        title: 'Экономические суды и бизнес-омбудсмен в Узбекистане',
        summary:
          'Поможет экономическим судам и бизнес-омбудсмену разрешать коммерческие споры быстрее и предсказуемее.',
        description: `Инвесторы в Узбекистане называют медленное и непредсказуемое разрешение коммерческих споров одним из главных препятствий. Планируемый проект будет работать с экономическими судами и бизнес-омбудсменом.

#### Планируемые результаты

- Единая практика экономических судов по договорам, обеспеченным сделкам и банкротству в виде опубликованных разъяснений.
- Судебная медиация в Ташкенте, Самарканде и Андижане.
- Процедура жалоб бизнес-омбудсмену на проверки и разрешения с установленными сроками.
- Обучение судей экономическому анализу права.

Проект должен продолжить нынешнюю программу Германии по правовой реформе в Центральной Азии.`,
        budgetText: '2 750 000 евро',
        beneficiary: 'Экономические суды, бизнес-омбудсмен и компании',
      }),
    ],
  }),

  demoProject({
    slug: 'uz-media-law-and-journalist-safety',
    title: 'Media Law Reform and Journalist Safety in Uzbekistan',
    summary:
      'Supports the review of media legislation and training for journalists, police and judges on the safety of journalists.',
    description: `Uzbekistan's new Law on Mass Media is being drafted. The OSCE Project Co-ordinator supports an open drafting process and the safety of journalists.

- Expert reviews of the draft law against OSCE commitments on freedom of expression.
- Round tables with editors, bloggers and members of parliament in five regions.
- Training for police and judges on offences against journalists.
- Safety and digital security training for regional journalists.

The Co-ordinator publishes all expert reviews on the project page once they have been shared with the drafting group.`,
    period: period('2026-01', '2027-12'),
    budgetText: 'SEK 7,200,000',
    budgetLines: [total('SEK', '7,200,000')],
    countries: ['UZ'],
    beneficiary: 'Journalists, media outlets and legislators of Uzbekistan',
    beneficiaryCountries: ['UZ'],
    typeSlugs: ['civil-society-and-media', 'human-rights'],
    donors: ['sida'],
    implementers: ['osce-project-co-ordinator-in-uzbekistan'],
    contacts: [
      contact({
        organisation: 'OSCE Project Co-ordinator in Uzbekistan',
        person: 'Malika Nurmatova',
        jobTitle: 'National Media Programme Officer',
        phones: ['+998 71 555 2470', '+998 93 555 2471'],
        email: 'm.nurmatova@example.org',
        address: '12b Example Street, Tashkent 100015, Uzbekistan',
        website: 'https://example.org/uz-media-law',
      }),
    ],
    links: [link('https://example.org/uz-media-law', 'Project page and expert reviews')],
  }),
];
