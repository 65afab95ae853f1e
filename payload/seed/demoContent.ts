/**
 * Demo content: the facts and figures of our reference article (Backend Developer vs DevOps Engineer,
 * India 2026), written afresh. Markdown fields are converted to Lexical rich text by the seed.
 */
import type { Article, Role, SalaryTable } from '@/payload-types'

import { illustrativeSalaryTables, moreCareers } from './moreCareers'

/** A roadmap stage, its skills named as readers know them (payload/seed/skills.ts resolves them). */
export type StageSeed = { stage: string; description?: string; skills: string[] }

export type RoleSeed = Omit<
  Role,
  'id' | 'createdAt' | 'updatedAt' | 'overview' | 'relatedRoles' | '_status' | 'skills' | 'roadmap'
> & {
  slug: string
  overviewMarkdown: string
  skills: string[]
  roadmap: StageSeed[]
}

export const AS_OF = '2026-04-01'

const referenceRoles: RoleSeed[] = [
  {
    title: 'Backend Developer',
    slug: 'backend-developer',
    summary:
      'Builds the server side of a product: the APIs, services and data models that make every feature work.',
    overviewMarkdown: [
      'Backend developers write the application logic behind a product. When an app shows a price, takes a payment or matches a rider to a driver, a backend service decided what happens, and a backend developer wrote it.',
      'The work is close to the product: requirements arrive from product managers, become API contracts, and ship as code that the frontend and mobile teams call. Good backend engineers think in data models, service boundaries and the cost of every query.',
    ].join('\n\n'),
    dayToDay: [
      {
        workplace: 'product',
        description:
          "At companies such as Meesho, PhonePe or Razorpay you own one or more services. A typical day: turn a product requirement into an API design, implement the business logic in Node.js, Go, Java or Python, cover it with unit tests, review teammates' pull requests, and chase down the odd production bug.",
      },
      {
        workplace: 'startup',
        description:
          'More ground, less depth. One engineer may own payments, notifications, the data pipeline, the admin API and the webhook handlers for third parties all at once.',
      },
      {
        workplace: 'it-services',
        description:
          'Mostly Java and Spring Boot on enterprise client projects, with ticket-driven work, formal reviews and scheduled releases. Less autonomy, but a better-structured start for newcomers.',
      },
    ],
    workStyle: 'Feature-driven, sprint-based, product-collaborative',
    skills: [
      'Java',
      'Go',
      'Python',
      'Node.js',
      'SQL',
      'NoSQL databases',
      'REST',
      'gRPC',
      'System design',
    ],
    nco2015: '2512',
    isco08: '2512',
    toolbox: [
      { tool: 'PostgreSQL', category: 'Database' },
      { tool: 'Redis', category: 'Cache' },
      { tool: 'Kafka', category: 'Messaging' },
      { tool: 'Spring Boot', category: 'Framework' },
      { tool: 'Docker', category: 'Packaging' },
    ],
    roadmap: [
      {
        stage: 'Programming foundations',
        description: 'One language in depth, data structures and algorithms.',
        skills: ['Java', 'Go', 'Python', 'Data structures and algorithms'],
      },
      {
        stage: 'Data and APIs',
        description: 'Model data, write SQL, design and document APIs.',
        skills: ['SQL', 'REST', 'gRPC', 'OpenAPI'],
      },
      {
        stage: 'Production services',
        description: 'Testing, observability basics and deploying what you build.',
        skills: ['Testing', 'Logging', 'Docker', 'CI/CD'],
      },
      {
        stage: 'System design',
        description: 'Scale, consistency and the trade-offs between them.',
        skills: ['Caching', 'Message queues', 'Sharding', 'Distributed systems'],
      },
    ],
    demand: { level: 'very-high', note: 'every product company hires backend developers' },
    entryDifficulty: { level: 'moderate', note: 'DSA and system design interviews are the bar' },
    onCallBurden: { level: 'occasional', note: 'incidents in the services you own' },
    careerTracks: [
      {
        track: 'ic',
        steps: [
          { title: 'Senior Engineer' },
          { title: 'Staff Engineer' },
          { title: 'Principal Engineer' },
          { title: 'Distinguished Engineer' },
        ],
      },
      {
        track: 'management',
        steps: [{ title: 'Engineering Manager' }, { title: 'Director of Engineering' }],
      },
    ],
  },
  {
    title: 'DevOps Engineer',
    slug: 'devops-engineer',
    summary:
      'Builds and runs the pipelines and infrastructure that take code from a laptop to production and keep it up.',
    overviewMarkdown: [
      'DevOps engineers own the path from a merged pull request to software running in production, and the systems that keep it running. Their deliverables are pipelines, platforms and guard-rails rather than product features.',
      'The role leans on Linux, networking and cloud knowledge that most application developers rarely need, and more and more of it covers security automation: static analysis, secret scanning and patching vulnerable dependencies.',
    ].join('\n\n'),
    dayToDay: [
      {
        workplace: 'product',
        description:
          'In an infrastructure team at Swiggy, Zomato or a Series C startup, a day might start with reviewing a Terraform plan for a new database, move on to finding out why a Kubernetes pod is being OOM-killed in staging, and end on call, looking into an alert about rising p99 latency.',
      },
      {
        workplace: 'startup',
        description:
          'Often a team of one: infrastructure, security and deployments all rest on the same person. Very broad, and a steep learning curve.',
      },
    ],
    workStyle: 'Reliability-driven, incident response, platform building',
    skills: [
      'Kubernetes',
      'Terraform',
      'CI/CD',
      'Docker',
      'Cloud platforms',
      'Monitoring and alerting',
      'Bash',
    ],
    nco2015: '2522',
    isco08: '2522',
    toolbox: [
      { tool: 'Kubernetes', category: 'Orchestration' },
      { tool: 'Helm', category: 'Orchestration' },
      { tool: 'Terraform', category: 'Infrastructure as code' },
      { tool: 'Pulumi', category: 'Infrastructure as code' },
      { tool: 'GitHub Actions', category: 'CI/CD' },
      { tool: 'Jenkins', category: 'CI/CD' },
      { tool: 'Prometheus', category: 'Monitoring' },
      { tool: 'Grafana', category: 'Monitoring' },
      { tool: 'Argo CD', category: 'GitOps' },
      { tool: 'Flux', category: 'GitOps' },
      { tool: 'AWS', category: 'Cloud (most common in India)' },
      { tool: 'Azure', category: 'Cloud (common in GCCs)' },
      { tool: 'Google Cloud', category: 'Cloud (data-heavy companies)' },
    ],
    roadmap: [
      {
        stage: 'Linux and networking',
        description: 'Processes, file systems, DNS, TLS and how packets find their way.',
        skills: ['Linux', 'Bash', 'TCP/IP', 'DNS', 'TLS'],
      },
      {
        stage: 'Containers and CI/CD',
        description: 'Package software and automate its path to production.',
        skills: ['Docker', 'GitHub Actions', 'Jenkins'],
      },
      {
        stage: 'Cloud and infrastructure as code',
        description: 'Provision cloud resources reproducibly.',
        skills: ['AWS', 'Terraform', 'Pulumi'],
      },
      {
        stage: 'Orchestration and reliability',
        description: 'Run services at scale and know when they are unhealthy.',
        skills: ['Kubernetes', 'Helm', 'Prometheus', 'Grafana', 'GitOps'],
      },
    ],
    demand: {
      level: 'high',
      note: 'growing at product companies; often merged with backend at startups',
    },
    entryDifficulty: {
      level: 'moderate-high',
      note: 'Linux internals, networking and cloud concepts expected',
    },
    onCallBurden: { level: 'regular', note: 'infrastructure on-call is a core part of the job' },
    careerTracks: [
      {
        track: 'ic',
        steps: [{ title: 'Senior DevOps Engineer' }, { title: 'Staff DevOps / SRE Lead' }],
      },
      {
        track: 'management',
        steps: [
          { title: 'Platform Engineering Manager' },
          { title: 'Director of Infrastructure' },
          { title: 'VP of Engineering' },
        ],
      },
    ],
  },
]

export const roles: RoleSeed[] = [...referenceRoles, ...moreCareers]

export type SalarySeed = Omit<
  SalaryTable,
  'id' | 'createdAt' | 'updatedAt' | 'role' | 'title' | '_status'
> & { roleSlug: string }

const salaryDefaults = {
  market: 'IN',
  year: 2026,
  currency: 'INR',
  unit: 'lpa',
  method: 'editorial-estimate',
  confidence: 'medium',
  source: 'Careerscope editors',
  methodology:
    'The bands of an editorial comparison of the two careers for India (April 2026), annual fixed pay excluding stock. An estimate from experience of the market, not a count: no sample lies behind it.',
  lastReviewed: AS_OF,
} as const

const referenceSalaryTables: SalarySeed[] = [
  {
    ...salaryDefaults,
    roleSlug: 'backend-developer',
    rows: [
      { level: 'fresher', min: 5, max: 10 },
      { level: 'mid', min: 14, max: 28 },
      { level: 'senior', min: 28, max: 55 },
    ],
  },
  {
    ...salaryDefaults,
    roleSlug: 'devops-engineer',
    rows: [
      { level: 'fresher', min: 5, max: 9 },
      { level: 'mid', min: 16, max: 30 },
      { level: 'senior', min: 30, max: 60 },
    ],
  },
]

export const salaryTables: SalarySeed[] = [...referenceSalaryTables, ...illustrativeSalaryTables]

export const author = {
  name: 'Careerscope Editors',
  slug: 'careerscope-editors',
  jobTitle: 'Editorial team',
  bio: 'The Careerscope editorial team researches and reviews every profile and comparison on the site.',
}

type SignalSeed = { roleSlug: string; signal: string; explanation: string }

export type ComparisonSeed = Pick<Article, 'title' | 'distinction' | 'verdicts'> & {
  slug: string
  roleSlugs: [string, string]
  bodyMarkdown: string
  trajectoryMarkdown: string
  closingMarkdown: string
  pickSignals: SignalSeed[]
  publishedAt: string
}

export const comparison: ComparisonSeed = {
  title: 'Backend Developer vs DevOps Engineer: which career suits you in India in 2026?',
  slug: 'backend-developer-vs-devops-engineer',
  roleSlugs: ['backend-developer', 'devops-engineer'],
  publishedAt: '2026-04-15T04:30:00.000Z',
  distinction:
    'Backend developers write the logic that makes a product do things; DevOps engineers build the pipelines and infrastructure that get that logic into production and keep it healthy there.',
  bodyMarkdown:
    'Both careers sit on the server side of software and both pay well in India, which is why students and early-career engineers so often weigh one against the other. The difference is in what you build, who you build it with, and how often your phone rings at night.',
  pickSignals: [
    {
      roleSlug: 'backend-developer',
      signal: 'You want to build things users touch.',
      explanation:
        'Backend work sits next to the product: the API behind the app, the service that settles a payment, the logic that pairs a buyer with a seller. Infrastructure, by contrast, is noticed mainly when it fails.',
    },
    {
      roleSlug: 'backend-developer',
      signal: 'You would rather work towards product goals than uptime targets.',
      explanation:
        'Backend engineers usually sit in sprint teams with a product manager and frontend colleagues, shipping features with a clear user outcome. DevOps engineers tend to sit in platform or SRE teams measured on availability, latency and deployment speed.',
    },
    {
      roleSlug: 'backend-developer',
      signal: 'You see yourself growing into system design and architecture.',
      explanation:
        'Every product company needs engineers who can design large distributed systems, and the path from senior to staff and principal engineer is well defined at companies like Swiggy, Razorpay and Zepto, with a well-known interview circuit of DSA and system design.',
    },
    {
      roleSlug: 'devops-engineer',
      signal: 'You are fascinated by why systems fail.',
      explanation:
        'If you enjoy tracing an outage to its cause and then building the monitoring, circuit breakers, runbooks or chaos experiments that stop it recurring, reliability work will keep you engaged. The reward is robustness nobody sees.',
    },
    {
      roleSlug: 'devops-engineer',
      signal: 'You want deep Linux, networking and cloud knowledge.',
      explanation:
        'Kernel networking, container runtimes, load balancers, DNS, TLS and cloud networking are everyday topics here, not corners of the stack you visit once a year.',
    },
    {
      roleSlug: 'devops-engineer',
      signal: 'You want pay that reflects scarcity.',
      explanation:
        'Experienced DevOps, SRE and platform engineers are scarcer in India than backend developers, and employers commonly pay 20–30% more for proven Kubernetes and Terraform skills.',
    },
  ],
  trajectoryMarkdown: [
    'The two careers are drifting towards each other under the banner of platform engineering and internal developer platforms: senior backend engineers are expected to understand deployments, pipelines and observability, and senior DevOps engineers are expected to understand the applications they run.',
    'In a small startup many engineers do both — writing Node.js services in the morning and nursing the Kubernetes cluster in the afternoon. That breadth is valuable, but it can delay deep specialisation, and companies from Series C onwards increasingly hire specialists.',
    'Site reliability engineering (SRE), the discipline Google started by applying software engineering to operations, is the better-paid branch of the DevOps path at Google, Microsoft and the strongest Indian startups. On the backend side, the IC track at companies such as Flipkart, Zepto and Juspay is now a real long-term career rather than a detour before management.',
  ].join('\n\n'),
  verdicts: [
    {
      dimension: 'Job volume',
      winner: 'first',
      summary:
        'Backend development is among the most hired roles across Indian product companies and IT services alike.',
    },
    {
      dimension: 'Pay at senior levels',
      winner: 'even',
      summary:
        'Roughly level, with a small edge to DevOps because experienced people are scarce; senior SRE and platform roles at top companies match or beat equivalent backend pay.',
    },
    {
      dimension: 'On-call burden',
      winner: 'first',
      summary:
        'Backend is lighter. On infrastructure teams, nights and weekends on call come with the job.',
    },
    {
      dimension: 'Career flexibility',
      winner: 'first',
      summary:
        'Backend skills move between industries easily; DevOps skills are tied more closely to particular clouds and tools, though they travel well between cloud-native companies.',
    },
  ],
  closingMarkdown: [
    'Start from the problem you want to spend your days on: what software does, or how it runs. That question sorts people better than any salary table.',
    "Both are strong choices in India's tech market today. The only poor outcome is picking one while wishing you had picked the other.",
  ].join('\n\n'),
}
