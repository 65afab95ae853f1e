/**
 * Demo careers beyond the reference article, so readers have pairs to compare. Their profiles are
 * written from common knowledge of Indian tech hiring; their salary tables are NOT data: each says
 * so in its method ("Illustrative sample, not survey data"), and every page shows it.
 */
import { skillTerms } from '@/lib/skills/names'
import type { Role } from '@/payload-types'

import type { RoleSeed, SalarySeed } from './demoContent'

type Workplace = NonNullable<Role['dayToDay']>[number]['workplace']
type Rated<K extends 'demand' | 'entryDifficulty' | 'onCallBurden'> = NonNullable<Role[K]>

type CompactCareer = {
  title: string
  slug: string
  summary: string
  overview: string[]
  dayToDay: Partial<Record<Workplace, string>>
  workStyle: string
  skills: string[]
  /** NCO-2015 and ISCO-08 unit group, where one fits (NCO-2015 follows ISCO-08 at that level). */
  code?: string
  toolbox: [tool: string, category: string][]
  roadmap: [stage: string, description: string, skills: string][]
  demand: Rated<'demand'>
  entryDifficulty: Rated<'entryDifficulty'>
  onCallBurden: Rated<'onCallBurden'>
  tracks: { ic: string[]; management: string[] }
}

function career(c: CompactCareer): RoleSeed {
  return {
    title: c.title,
    slug: c.slug,
    summary: c.summary,
    overviewMarkdown: c.overview.join('\n\n'),
    dayToDay: Object.entries(c.dayToDay).map(([workplace, description]) => ({
      workplace: workplace as Workplace,
      description: description as string,
    })),
    workStyle: c.workStyle,
    skills: c.skills.flatMap(skillTerms),
    nco2015: c.code ?? null,
    isco08: c.code ?? null,
    toolbox: c.toolbox.map(([tool, category]) => ({ tool, category })),
    roadmap: c.roadmap.map(([stage, description, skills]) => ({
      stage,
      description,
      skills: skillTerms(skills),
    })),
    demand: c.demand,
    entryDifficulty: c.entryDifficulty,
    onCallBurden: c.onCallBurden,
    careerTracks: [
      { track: 'ic', steps: c.tracks.ic.map((title) => ({ title })) },
      { track: 'management', steps: c.tracks.management.map((title) => ({ title })) },
    ],
  }
}

export const moreCareers: RoleSeed[] = [
  career({
    title: 'Frontend Developer',
    slug: 'frontend-developer',
    code: '2513',
    summary:
      'Builds the part of a product people see and touch: web pages and interfaces that are fast, accessible and work on every screen.',
    overview: [
      'Frontend developers turn designs and product ideas into interfaces that run in the browser. They decide how a page loads, how it responds to a tap, and how it behaves on a cheap phone over a slow network, which in India is most phones.',
      'The job sits between design, product and the backend: frontend engineers read API contracts, argue for the reader with designers, and own the performance and accessibility of what ships.',
    ],
    dayToDay: {
      product:
        'Build features in React or a similar framework against a design file, wire them to APIs, write component tests, and chase a slow page with the browser profiler.',
      agency:
        'Several client sites at once, each with its own stack and deadline; more variety and more handovers than at a product company.',
    },
    workStyle: 'Design-led, iterative, user-facing',
    skills: [
      'JavaScript',
      'TypeScript',
      'HTML',
      'CSS',
      'React',
      'Web performance',
      'Accessibility',
    ],
    toolbox: [
      ['React', 'Framework'],
      ['Next.js', 'Framework'],
      ['Tailwind CSS', 'Styling'],
      ['Vite', 'Build'],
      ['Playwright', 'Testing'],
      ['Figma', 'Design handoff'],
    ],
    roadmap: [
      ['Web foundations', 'How pages are built and styled.', 'HTML, CSS, JavaScript'],
      ['A component framework', 'Build interfaces from components and state.', 'React, TypeScript'],
      ['Data and testing', 'Talk to APIs and prove the interface works.', 'REST, Playwright, Git'],
      [
        'Performance and accessibility',
        'Make pages fast and usable by everyone.',
        'Web performance, Accessibility, Next.js',
      ],
    ],
    demand: { level: 'high', note: 'every consumer product needs a web interface' },
    entryDifficulty: { level: 'moderate', note: 'a portfolio of real pages weighs a lot' },
    onCallBurden: { level: 'none', note: 'rarely paged; releases are the busy days' },
    tracks: {
      ic: ['Senior Frontend Engineer', 'Staff Engineer (Web Platform)'],
      management: ['Engineering Manager', 'Head of Frontend'],
    },
  }),
  career({
    title: 'Full-Stack Developer',
    slug: 'full-stack-developer',
    code: '2512',
    summary:
      'Builds features end to end, from the database and API to the screen, usually in a small team that ships quickly.',
    overview: [
      'A full-stack developer carries a feature from the data model to the button that uses it. The title is most common at startups, where a handful of engineers own the whole product.',
      'Breadth is the point and the risk: full-stack engineers know enough of every layer to ship, and usually grow deep in one of them as their career goes on.',
    ],
    dayToDay: {
      startup:
        'Design a table, write the API, build the screen and deploy it, often in the same week; then talk to the first customers who use it.',
      'it-services':
        'Client projects on a fixed stack such as Java with Angular, or .NET with React, delivered against tickets and sign-offs.',
    },
    workStyle: 'Feature-owning, fast-moving, generalist',
    skills: ['JavaScript', 'TypeScript', 'React', 'Node.js', 'SQL', 'REST API design'],
    toolbox: [
      ['React', 'Framework'],
      ['Node.js', 'Runtime'],
      ['PostgreSQL', 'Database'],
      ['Docker', 'Packaging'],
      ['Git', 'Version control'],
    ],
    roadmap: [
      ['Web foundations', 'Pages, styling and scripting.', 'HTML, CSS, JavaScript'],
      ['Frontend framework', 'Interfaces from components.', 'React, TypeScript'],
      ['Server and data', 'APIs and the data behind them.', 'Node.js, SQL, REST'],
      ['Shipping', 'Deploy and keep it running.', 'Docker, CI, Cloud platforms'],
    ],
    demand: { level: 'very-high', note: 'startups hire generalists first' },
    entryDifficulty: { level: 'moderate', note: 'expected to show a complete project' },
    onCallBurden: { level: 'occasional', note: 'small teams share incidents' },
    tracks: {
      ic: ['Senior Engineer', 'Staff Engineer'],
      management: ['Engineering Manager', 'CTO (at small companies)'],
    },
  }),
  career({
    title: 'Mobile Developer',
    slug: 'mobile-developer',
    code: '2514',
    summary:
      'Builds Android and iOS apps: the screens, offline behaviour and performance of the product on a phone.',
    overview: [
      'Mobile developers build the apps most Indian users meet first. Android dominates the market, so Kotlin is the common starting point; iOS, Flutter and React Native follow.',
      'Mobile work has its own constraints: app-store releases that cannot be rolled back in a minute, devices with little memory, and networks that come and go.',
    ],
    dayToDay: {
      product:
        'Build a feature screen by screen in Kotlin or Swift, profile it on a low-end device, ship it behind a feature flag and watch crash reports after the release.',
      agency: 'Apps for several clients, often cross-platform with Flutter or React Native.',
    },
    workStyle: 'Release-train, device-aware, user-facing',
    skills: [
      'Kotlin',
      'Swift',
      'Mobile UI',
      'Offline storage',
      'App performance',
      'REST API design',
    ],
    toolbox: [
      ['Android Studio', 'IDE'],
      ['Xcode', 'IDE'],
      ['Flutter', 'Cross-platform'],
      ['Firebase', 'Backend services'],
      ['Git', 'Version control'],
    ],
    roadmap: [
      ['Programming foundations', 'One language in depth.', 'Kotlin, DSA'],
      ['Building screens', 'Layouts, navigation and state.', 'Mobile UI, Jetpack Compose'],
      ['Data and networking', 'Work offline and sync.', 'REST, Offline storage'],
      ['Release and quality', 'Ship through the stores safely.', 'App performance, Testing, CI'],
    ],
    demand: { level: 'high', note: 'consumer apps, fintech and e-commerce hire steadily' },
    entryDifficulty: { level: 'moderate', note: 'a published app helps' },
    onCallBurden: { level: 'occasional', note: 'crash spikes after releases' },
    tracks: {
      ic: ['Senior Mobile Engineer', 'Staff Engineer (Mobile)'],
      management: ['Engineering Manager', 'Head of Mobile'],
    },
  }),
  career({
    title: 'Data Engineer',
    slug: 'data-engineer',
    code: '2521',
    summary:
      'Builds the pipelines and warehouses that collect, clean and serve a company’s data to analysts and models.',
    overview: [
      'Data engineers move data from where it is produced to where it is used: from app databases and event streams into warehouses and lakes, cleaned, modelled and on time.',
      'They are the backend engineers of analytics. When a dashboard is wrong or late, the data engineer finds out why.',
    ],
    dayToDay: {
      product:
        'Write and schedule pipelines in Spark or SQL, fix a job that failed overnight, model a new table for the analytics team and review its cost.',
      gcc: 'Large migrations of on-premises warehouses to cloud platforms for a global parent company.',
    },
    workStyle: 'Pipeline-building, batch and streaming, analytics-facing',
    skills: [
      'SQL',
      'Python',
      'Data modelling',
      'Spark',
      'Workflow orchestration',
      'Cloud platforms',
    ],
    toolbox: [
      ['Apache Spark', 'Processing'],
      ['Airflow', 'Orchestration'],
      ['Kafka', 'Streaming'],
      ['Snowflake', 'Warehouse'],
      ['dbt', 'Modelling'],
      ['AWS', 'Cloud'],
    ],
    roadmap: [
      ['SQL and Python', 'Query and script data fluently.', 'SQL, Python'],
      ['Data modelling', 'Shape data for questions people ask.', 'Data modelling, dbt'],
      ['Pipelines at scale', 'Process large volumes reliably.', 'Spark, Airflow, Kafka'],
      ['Platforms', 'Run the data platform in the cloud.', 'Cloud platforms, Snowflake, Terraform'],
    ],
    demand: { level: 'high', note: 'every company with data needs it moved' },
    entryDifficulty: { level: 'moderate', note: 'strong SQL is the first filter' },
    onCallBurden: { level: 'occasional', note: 'failed overnight jobs' },
    tracks: {
      ic: ['Senior Data Engineer', 'Staff Data Engineer', 'Data Architect'],
      management: ['Data Engineering Manager', 'Head of Data Platform'],
    },
  }),
  career({
    title: 'Data Scientist',
    slug: 'data-scientist',
    summary:
      'Answers business questions with data: experiments, statistical models and forecasts that change decisions.',
    overview: [
      'Data scientists turn questions ("why did orders drop in Pune?", "which offer works?") into analyses, experiments and models, and explain the answers to people who decide.',
      'The role ranges from analytics-heavy to modelling-heavy depending on the company; statistics and clear communication matter in all of them.',
    ],
    dayToDay: {
      product:
        'Design an A/B test with the product team, pull the data in SQL, model the result in Python and write up what it means and what it does not.',
      gcc: 'Forecasting and risk models for a global bank or retailer, with formal validation and review.',
    },
    workStyle: 'Question-driven, experimental, stakeholder-facing',
    skills: [
      'Python',
      'SQL',
      'Statistics',
      'Experiment design',
      'Machine learning',
      'Communication',
    ],
    toolbox: [
      ['pandas', 'Analysis'],
      ['scikit-learn', 'Modelling'],
      ['Jupyter', 'Notebooks'],
      ['Tableau', 'Visualisation'],
      ['BigQuery', 'Warehouse'],
    ],
    roadmap: [
      ['SQL and Python', 'Get and shape data yourself.', 'SQL, Python, pandas'],
      ['Statistics', 'Know what a result can and cannot say.', 'Statistics, Experiment design'],
      ['Modelling', 'Predict and classify.', 'Machine learning, scikit-learn'],
      ['Influence', 'Turn analyses into decisions.', 'Communication, Visualisation'],
    ],
    demand: { level: 'moderate-high', note: 'steady, with more roles asking for ML skills' },
    entryDifficulty: { level: 'moderate-high', note: 'statistics and a portfolio are tested' },
    onCallBurden: { level: 'none' },
    tracks: {
      ic: ['Senior Data Scientist', 'Principal Data Scientist'],
      management: ['Data Science Manager', 'Head of Analytics'],
    },
  }),
  career({
    title: 'Machine Learning Engineer',
    slug: 'machine-learning-engineer',
    summary:
      'Builds and runs the systems that train, serve and monitor machine-learning models in production.',
    overview: [
      'Machine-learning engineers take models from notebooks to products: training pipelines, feature stores, low-latency serving and the monitoring that notices when a model drifts.',
      'The role blends backend engineering with enough ML to know what the model needs; with generative AI it now often includes building on large language models.',
    ],
    dayToDay: {
      product:
        'Build a feature pipeline, retrain a ranking model, cut its serving latency and set alerts for drift; review an evaluation with the data scientists.',
      startup:
        'Ship features on top of hosted language models: prompts, retrieval, evaluation and cost control.',
    },
    workStyle: 'Engineering-heavy, experimental, production-minded',
    skills: ['Python', 'Machine learning', 'Deep learning', 'MLOps', 'System design', 'SQL'],
    toolbox: [
      ['PyTorch', 'Modelling'],
      ['MLflow', 'Experiment tracking'],
      ['Kubernetes', 'Serving'],
      ['Docker', 'Packaging'],
      ['Ray', 'Distributed training'],
    ],
    roadmap: [
      ['Programming foundations', 'Python and data structures.', 'Python, DSA'],
      ['Machine learning', 'Models, training and evaluation.', 'Machine learning, PyTorch'],
      ['Production ML', 'Serve and monitor models.', 'MLOps, Docker, Kubernetes'],
      ['Systems at scale', 'Design ML systems end to end.', 'System design, Distributed training'],
    ],
    demand: { level: 'high', note: 'fast-growing with generative AI' },
    entryDifficulty: { level: 'high', note: 'both ML and engineering are tested' },
    onCallBurden: { level: 'occasional', note: 'serving incidents and bad model releases' },
    tracks: {
      ic: ['Senior ML Engineer', 'Staff ML Engineer', 'Principal Engineer (AI)'],
      management: ['ML Engineering Manager', 'Head of AI'],
    },
  }),
  career({
    title: 'Site Reliability Engineer',
    slug: 'site-reliability-engineer',
    code: '2522',
    summary:
      'Keeps large services fast and available by treating operations as a software problem: SLOs, automation and incident response.',
    overview: [
      'Site reliability engineers apply software engineering to running systems: they set reliability targets, measure them, automate away repetitive operations work and lead the response when things break.',
      'SRE is the better-paid branch of the DevOps family at large product companies, and it expects more coding than most DevOps roles.',
    ],
    dayToDay: {
      product:
        'Review last night’s incident, write the follow-up automation in Go, tune an alert that fires too often and plan capacity for a sale day.',
      gcc: 'Run a global service’s production from India, following the sun with teams in other time zones.',
    },
    workStyle: 'Reliability-driven, automation-first, on-call',
    skills: [
      'Linux',
      'Go or Python',
      'Kubernetes',
      'Monitoring and alerting',
      'Incident response',
      'System design',
    ],
    toolbox: [
      ['Prometheus', 'Monitoring'],
      ['Grafana', 'Dashboards'],
      ['Kubernetes', 'Orchestration'],
      ['Terraform', 'Infrastructure as code'],
      ['PagerDuty', 'Incident response'],
    ],
    roadmap: [
      ['Linux and networking', 'How machines and networks behave.', 'Linux, TCP/IP, DNS'],
      ['Coding for operations', 'Automate what people repeat.', 'Go, Python'],
      ['Observability', 'Measure service health.', 'Prometheus, Grafana, SLOs'],
      [
        'Reliability at scale',
        'Design for failure.',
        'Kubernetes, System design, Incident response',
      ],
    ],
    demand: { level: 'high', note: 'large product companies and GCCs' },
    entryDifficulty: {
      level: 'high',
      note: 'rarely a first job; most come from backend or DevOps',
    },
    onCallBurden: { level: 'heavy', note: 'on-call rotations are the core of the role' },
    tracks: {
      ic: ['Senior SRE', 'Staff SRE', 'Principal Engineer (Reliability)'],
      management: ['SRE Manager', 'Director of Reliability'],
    },
  }),
  career({
    title: 'Cloud Engineer',
    slug: 'cloud-engineer',
    summary:
      'Designs, builds and manages a company’s cloud infrastructure: accounts, networks, security and cost.',
    overview: [
      'Cloud engineers build the foundations other teams deploy onto: landing zones, networks, identity, and the guard-rails that keep cloud spending and risk under control.',
      'Many start in IT services on migration projects; certifications from AWS, Azure or Google Cloud are common and count for more here than in most software roles.',
    ],
    dayToDay: {
      'it-services':
        'Migrate a client’s workloads to Azure: design the network, move the databases, write the runbooks and hand over to operations.',
      product:
        'Own the AWS organisation: accounts, networking, IAM policies and the monthly cost review.',
    },
    workStyle: 'Infrastructure-building, project-based, security-aware',
    skills: [
      'Cloud platforms',
      'Networking',
      'Terraform',
      'Identity and access',
      'Linux',
      'Cost management',
    ],
    toolbox: [
      ['AWS', 'Cloud'],
      ['Azure', 'Cloud'],
      ['Terraform', 'Infrastructure as code'],
      ['Ansible', 'Configuration'],
      ['CloudWatch', 'Monitoring'],
    ],
    roadmap: [
      ['Linux and networking', 'Machines, IP addressing and DNS.', 'Linux, Networking'],
      ['One cloud in depth', 'Compute, storage and identity.', 'AWS, Identity and access'],
      ['Infrastructure as code', 'Build it reproducibly.', 'Terraform, Ansible'],
      ['Architecture', 'Secure, resilient and affordable designs.', 'Cost management, Security'],
    ],
    demand: { level: 'high', note: 'migrations keep IT services and GCCs hiring' },
    entryDifficulty: { level: 'moderate', note: 'certifications open doors' },
    onCallBurden: { level: 'occasional', note: 'infrastructure changes and outages' },
    tracks: {
      ic: ['Senior Cloud Engineer', 'Cloud Architect'],
      management: ['Cloud Practice Lead', 'Head of Infrastructure'],
    },
  }),
  career({
    title: 'Security Engineer',
    slug: 'security-engineer',
    code: '2529',
    summary:
      'Protects a company’s systems and data: finds weaknesses before attackers do and builds defences into how software is made.',
    overview: [
      'Security engineers find and fix weaknesses: they review designs, test applications, harden infrastructure and respond when something is attacked.',
      'Product companies increasingly want security built into the development process (application and cloud security) rather than audited at the end.',
    ],
    dayToDay: {
      product:
        'Threat-model a new payments feature, review a pull request that touches authentication, triage a bug-bounty report and tighten a cloud IAM policy.',
      'it-services': 'Penetration tests and compliance audits for clients, report by report.',
    },
    workStyle: 'Adversarial, review-heavy, incident-ready',
    skills: [
      'Networking',
      'Linux',
      'Application security',
      'Cloud security',
      'Python',
      'Threat modelling',
    ],
    toolbox: [
      ['Burp Suite', 'Application testing'],
      ['Wireshark', 'Network analysis'],
      ['Semgrep', 'Static analysis'],
      ['Splunk', 'SIEM'],
      ['AWS', 'Cloud'],
    ],
    roadmap: [
      ['Foundations', 'Networks and operating systems.', 'Networking, Linux'],
      ['Attacking applications', 'How web applications break.', 'Application security, Burp Suite'],
      ['Defending infrastructure', 'Cloud and detection.', 'Cloud security, Splunk'],
      [
        'Security by design',
        'Build it in from the start.',
        'Threat modelling, Python, Static analysis',
      ],
    ],
    demand: { level: 'moderate-high', note: 'rising with regulation and fintech' },
    entryDifficulty: { level: 'moderate-high', note: 'hands-on skill outweighs certificates' },
    onCallBurden: { level: 'occasional', note: 'incidents do not keep office hours' },
    tracks: {
      ic: ['Senior Security Engineer', 'Principal Security Engineer'],
      management: ['Security Manager', 'CISO'],
    },
  }),
  career({
    title: 'QA Automation Engineer (SDET)',
    slug: 'qa-automation-engineer',
    code: '2519',
    summary:
      'Makes sure software works before users find out it does not: automated tests, test strategy and release quality.',
    overview: [
      'QA automation engineers, also called SDETs (software development engineers in test), write the code that tests the product: end-to-end suites, API tests and the pipelines that run them on every change.',
      'The role has moved from manual testing to engineering; the best SDETs read the product code as well as they write tests for it.',
    ],
    dayToDay: {
      product:
        'Automate tests for a new checkout flow, hunt a flaky test, and decide with the team whether a release is good enough to ship.',
      'it-services':
        'Regression suites for client releases, often in Java with Selenium, run on a schedule.',
    },
    workStyle: 'Quality-focused, release-gating, detail-oriented',
    skills: ['Java or Python', 'Test automation', 'API testing', 'SQL', 'CI/CD', 'Test strategy'],
    toolbox: [
      ['Selenium', 'Browser automation'],
      ['Playwright', 'Browser automation'],
      ['Postman', 'API testing'],
      ['JMeter', 'Load testing'],
      ['Jenkins', 'CI/CD'],
    ],
    roadmap: [
      ['Testing foundations', 'What to test and why.', 'Test strategy, SQL'],
      ['Programming', 'One language for automation.', 'Java, Python'],
      ['Automation', 'Browser and API suites.', 'Selenium, Playwright, API testing'],
      ['Quality at scale', 'Tests in every pipeline.', 'CI/CD, Load testing'],
    ],
    demand: { level: 'moderate', note: 'steady; manual-only roles are shrinking' },
    entryDifficulty: { level: 'low', note: 'a common first job in IT services' },
    onCallBurden: { level: 'none' },
    tracks: {
      ic: ['Senior SDET', 'Staff Engineer (Quality)'],
      management: ['QA Manager', 'Head of Quality Engineering'],
    },
  }),
  career({
    title: 'Product Manager',
    slug: 'product-manager',
    summary:
      'Decides what a team builds and why: talks to users, sets priorities and measures whether what shipped worked.',
    overview: [
      'Product managers own a problem rather than a codebase: they find out what users need, decide what to build next, write it down clearly enough for engineers and designers, and check afterwards whether it helped.',
      'Many Indian PMs come from engineering or business school; an associate product manager (APM) programme is the usual first step.',
    ],
    dayToDay: {
      product:
        'Read last week’s funnel numbers, interview three users, write the spec for a new onboarding flow and negotiate its scope with engineering.',
      startup:
        'Part PM, part analyst, part support lead, close to the founders and every decision.',
    },
    workStyle: 'Outcome-driven, cross-functional, meeting-heavy',
    skills: [
      'User research',
      'Prioritisation',
      'Analytics',
      'SQL',
      'Writing specs',
      'Communication',
    ],
    toolbox: [
      ['Jira', 'Planning'],
      ['Mixpanel', 'Analytics'],
      ['Figma', 'Design review'],
      ['Notion', 'Documentation'],
    ],
    roadmap: [
      ['Understanding users', 'Find and frame problems.', 'User research, Communication'],
      ['Data', 'Measure what matters.', 'SQL, Analytics'],
      ['Delivery', 'Turn decisions into shipped work.', 'Writing specs, Prioritisation'],
      ['Strategy', 'Choose where the product goes.', 'Product strategy, Pricing'],
    ],
    demand: { level: 'moderate-high', note: 'fewer openings than engineering, many applicants' },
    entryDifficulty: { level: 'high', note: 'APM programmes are very selective' },
    onCallBurden: { level: 'none' },
    tracks: {
      ic: ['Senior Product Manager', 'Principal Product Manager'],
      management: ['Group Product Manager', 'Director of Product', 'Chief Product Officer'],
    },
  }),
]

const illustrative = {
  market: 'IN',
  currency: 'INR',
  unit: 'lpa',
  method: 'illustrative',
  confidence: 'low',
  source: 'Careerscope demo content',
  methodology:
    'Invented for this demo so the site has pairs to compare. These are not survey or job-posting data; do not use them to plan a career.',
} as const

type Bands = [min: number, max: number, median?: number][]

const LEVELS = ['fresher', 'mid', 'senior', 'staff'] as const

function table(
  roleSlug: string,
  year: number,
  lastReviewed: string,
  bands: Bands,
  overrides: Partial<SalarySeed> = {},
): SalarySeed {
  return {
    ...illustrative,
    roleSlug,
    year,
    lastReviewed,
    rows: bands.map(([min, max, median], i) => ({ level: LEVELS[i]!, min, max, median })),
    ...overrides,
  }
}

const REVIEWED = '2026-10-01'

export const illustrativeSalaryTables: SalarySeed[] = [
  table('frontend-developer', 2026, REVIEWED, [
    [4, 9],
    [12, 24],
    [24, 45],
  ]),
  table('full-stack-developer', 2026, REVIEWED, [
    [5, 10],
    [14, 26],
    [26, 50],
  ]),
  table('mobile-developer', 2026, REVIEWED, [
    [4.5, 9],
    [12, 25],
    [25, 48],
  ]),
  table('data-engineer', 2026, REVIEWED, [
    [5, 11],
    [15, 30],
    [30, 55],
  ]),
  // Two years of one career, to show the year-on-year change.
  table('data-scientist', 2025, '2025-09-15', [
    [5.5, 11, 8],
    [14, 28, 20],
    [28, 50, 37],
  ]),
  table('data-scientist', 2026, REVIEWED, [
    [6, 12, 8.5],
    [15, 30, 21],
    [30, 55, 40],
  ]),
  table('machine-learning-engineer', 2026, REVIEWED, [
    [7, 14],
    [18, 36],
    [36, 70],
    [60, 110],
  ]),
  table(
    'machine-learning-engineer',
    2026,
    REVIEWED,
    [
      [110_000, 150_000],
      [150_000, 210_000],
      [200_000, 300_000],
    ],
    { market: 'US', currency: 'USD', unit: 'annual' },
  ),
  table('site-reliability-engineer', 2026, REVIEWED, [
    [6, 12],
    [18, 34],
    [34, 65],
  ]),
  table('cloud-engineer', 2026, REVIEWED, [
    [4.5, 9],
    [13, 26],
    [26, 48],
  ]),
  table('security-engineer', 2026, REVIEWED, [
    [5, 10],
    [14, 28],
    [28, 55],
  ]),
  // Last reviewed more than a year ago: pages flag it "may be out of date".
  table('qa-automation-engineer', 2025, '2025-07-15', [
    [3.5, 7],
    [9, 18],
    [18, 32],
  ]),
  table('product-manager', 2026, REVIEWED, [
    [10, 18],
    [22, 40],
    [40, 75],
  ]),
]
