/**
 * Demo skills: every skill the demo careers name, once, with the spellings it answers to and where
 * to learn it. Resources are official documentation and long-standing free courses and books,
 * chosen for being stable addresses; hours are what a learner new to the skill spends on the
 * resource, estimated from its length (a rounded editorial estimate, not a measurement).
 */
import type { Role, Skill } from '@/payload-types'

type Resource = NonNullable<NonNullable<Role['roadmap']>[number]['resources']>[number]
export type ResourceSeed = Omit<Resource, 'id'>

export type SkillSeed = Pick<Skill, 'name' | 'category'> & {
  synonyms?: string[]
  description?: string
  /** Where to learn it; a roadmap stage lists the resources of its skills. */
  learn: ResourceSeed[]
}

const doc = (
  title: string,
  url: string,
  hours: number,
  level: Resource['level'] = 'beginner',
): ResourceSeed => ({
  title,
  url,
  type: 'documentation',
  cost: 'free',
  language: 'en',
  hours,
  level,
})
const course = (
  title: string,
  url: string,
  hours: number,
  level: Resource['level'] = 'beginner',
): ResourceSeed => ({ title, url, type: 'course', cost: 'free', language: 'en', hours, level })
const book = (
  title: string,
  url: string,
  hours: number,
  cost: Resource['cost'],
  level: Resource['level'] = 'intermediate',
): ResourceSeed => ({ title, url, type: 'book', cost, language: 'en', hours, level })
const practice = (
  title: string,
  url: string,
  hours: number,
  level: Resource['level'] = 'beginner',
): ResourceSeed => ({ title, url, type: 'practice', cost: 'free', language: 'en', hours, level })
const project = (
  title: string,
  url: string,
  hours: number,
  level: Resource['level'] = 'intermediate',
): ResourceSeed => ({ title, url, type: 'project', cost: 'free', language: 'en', hours, level })

// Shared by several skills.
const DDIA = book(
  'Designing Data-Intensive Applications',
  'https://dataintensive.net/',
  40,
  'paid',
  'advanced',
)
const PRIMER = doc(
  'The System Design Primer',
  'https://github.com/donnemartin/system-design-primer',
  20,
  'intermediate',
)
const MIT_DS = course(
  'MIT 6.5840 Distributed Systems (lectures and labs)',
  'https://pdos.csail.mit.edu/6.824/',
  80,
  'advanced',
)
const HPBN = book('High Performance Browser Networking', 'https://hpbn.co/', 15, 'free')
const CLOUDFLARE = doc('Cloudflare Learning Center', 'https://www.cloudflare.com/learning/', 6)
const SRE_BOOK = book(
  'Site Reliability Engineering (Google)',
  'https://sre.google/sre-book/table-of-contents/',
  30,
  'free',
)
const TLCL = book(
  'The Linux Command Line',
  'https://linuxcommand.org/tlcl.php',
  25,
  'free',
  'beginner',
)
const MDN_HTTP = doc(
  'MDN: An overview of HTTP',
  'https://developer.mozilla.org/en-US/docs/Web/HTTP/Guides/Overview',
  3,
)
const WEB_DEV_PERF = course(
  'web.dev: Learn Performance',
  'https://web.dev/learn/performance',
  8,
  'intermediate',
)
const ML_CRASH = course(
  'Google Machine Learning Crash Course',
  'https://developers.google.com/machine-learning/crash-course',
  15,
)
const FAST_AI = course(
  'fast.ai: Practical Deep Learning for Coders',
  'https://course.fast.ai/',
  40,
  'intermediate',
)
const OWASP_TOP10 = doc('OWASP Top 10', 'https://owasp.org/www-project-top-ten/', 6)
const PORTSWIGGER = practice(
  'PortSwigger Web Security Academy',
  'https://portswigger.net/web-security',
  60,
  'intermediate',
)
const ALGO_COURSE = course(
  'MIT 6.006 Introduction to Algorithms',
  'https://ocw.mit.edu/courses/6-006-introduction-to-algorithms-spring-2020/',
  60,
  'intermediate',
)
const SQLBOLT = practice('SQLBolt interactive lessons', 'https://sqlbolt.com/', 4)
const PG_TUTORIAL = doc(
  'PostgreSQL tutorial',
  'https://www.postgresql.org/docs/current/tutorial.html',
  6,
)
const TEST_PYRAMID = doc(
  'The Practical Test Pyramid',
  'https://martinfowler.com/articles/practical-test-pyramid.html',
  3,
  'intermediate',
)
const GIT_BOOK = book('Pro Git', 'https://git-scm.com/book/en/v2', 12, 'free', 'beginner')
const ANDROID_COMPOSE = course(
  'Android Basics with Compose',
  'https://developer.android.com/courses/android-basics-compose/course',
  60,
)
const KAGGLE = practice('Kaggle Learn', 'https://www.kaggle.com/learn', 20)
const OPENINTRO = book(
  'OpenIntro Statistics',
  'https://www.openintro.org/book/os/',
  40,
  'free',
  'beginner',
)
const AWS_IAM = doc(
  'AWS IAM User Guide',
  'https://docs.aws.amazon.com/IAM/latest/UserGuide/introduction.html',
  6,
  'intermediate',
)
const AWS_VPC = doc(
  'Amazon VPC User Guide',
  'https://docs.aws.amazon.com/vpc/latest/userguide/what-is-amazon-vpc.html',
  6,
  'intermediate',
)
const AWS_WELL_ARCHITECTED = doc(
  'AWS Well-Architected Framework',
  'https://docs.aws.amazon.com/wellarchitected/latest/framework/welcome.html',
  10,
  'intermediate',
)
const TF_TUTORIALS = course(
  'HashiCorp Terraform tutorials',
  'https://developer.hashicorp.com/terraform/tutorials',
  12,
)
const NNG = doc(
  'Nielsen Norman Group: When to use which UX research methods',
  'https://www.nngroup.com/articles/which-ux-research-methods/',
  1,
  'beginner',
)
const INSPIRED = book(
  'Inspired: How to Create Tech Products Customers Love',
  'https://www.svpg.com/inspired-how-to-create-products-customers-love/',
  10,
  'paid',
  'beginner',
)

export const skillCatalogue: SkillSeed[] = [
  // Foundations
  {
    name: 'Data structures and algorithms',
    category: 'foundation',
    synonyms: ['DSA', 'Algorithms'],
    learn: [
      ALGO_COURSE,
      practice('LeetCode problem set', 'https://leetcode.com/problemset/', 60, 'intermediate'),
    ],
  },
  { name: 'System design', category: 'foundation', learn: [PRIMER, DDIA] },
  { name: 'Distributed systems', category: 'foundation', learn: [DDIA, MIT_DS] },
  {
    name: 'Caching',
    category: 'foundation',
    learn: [
      PRIMER,
      doc(
        'Redis documentation: caching',
        'https://redis.io/docs/latest/develop/',
        4,
        'intermediate',
      ),
    ],
  },
  {
    name: 'Message queues',
    category: 'foundation',
    synonyms: ['Queues', 'Messaging'],
    learn: [doc('RabbitMQ tutorials', 'https://www.rabbitmq.com/tutorials', 5, 'intermediate')],
  },
  { name: 'Sharding', category: 'foundation', synonyms: ['Partitioning'], learn: [DDIA] },
  {
    name: 'Linux',
    category: 'foundation',
    learn: [TLCL, practice('Linux Journey', 'https://linuxjourney.com/', 15)],
  },
  {
    name: 'Bash',
    category: 'language',
    synonyms: ['Shell scripting', 'Scripting'],
    learn: [
      doc('GNU Bash manual', 'https://www.gnu.org/software/bash/manual/', 8, 'intermediate'),
      TLCL,
    ],
  },
  { name: 'TCP/IP', category: 'foundation', learn: [HPBN, CLOUDFLARE] },
  {
    name: 'DNS',
    category: 'foundation',
    learn: [
      CLOUDFLARE,
      doc(
        'MDN: What is a domain name?',
        'https://developer.mozilla.org/en-US/docs/Learn_web_development/Howto/Web_mechanics/What_is_a_domain_name',
        1,
      ),
    ],
  },
  { name: 'TLS', category: 'foundation', synonyms: ['SSL', 'HTTPS'], learn: [HPBN, CLOUDFLARE] },
  {
    name: 'Networking',
    category: 'foundation',
    synonyms: ['Computer networks'],
    learn: [HPBN, CLOUDFLARE, AWS_VPC],
  },
  { name: 'Git', category: 'tool', learn: [GIT_BOOK] },
  // Languages
  {
    name: 'Python',
    category: 'language',
    learn: [doc('The Python Tutorial', 'https://docs.python.org/3/tutorial/', 15), KAGGLE],
  },
  {
    name: 'Java',
    category: 'language',
    learn: [doc('Learn Java (dev.java)', 'https://dev.java/learn/', 25)],
  },
  {
    name: 'Go',
    category: 'language',
    synonyms: ['Golang'],
    learn: [
      practice('A Tour of Go', 'https://go.dev/tour/', 6),
      doc('Effective Go', 'https://go.dev/doc/effective_go', 4, 'intermediate'),
    ],
  },
  {
    name: 'Kotlin',
    category: 'language',
    learn: [
      doc('Kotlin: Get started', 'https://kotlinlang.org/docs/getting-started.html', 10),
      practice('Kotlin Koans', 'https://play.kotlinlang.org/koans/overview', 6),
    ],
  },
  {
    name: 'Swift',
    category: 'language',
    learn: [doc('The Swift Programming Language', 'https://docs.swift.org/swift-book/', 20)],
  },
  {
    name: 'JavaScript',
    category: 'language',
    synonyms: ['JS'],
    learn: [
      doc(
        'MDN JavaScript Guide',
        'https://developer.mozilla.org/en-US/docs/Web/JavaScript/Guide',
        20,
      ),
      doc('The Modern JavaScript Tutorial', 'https://javascript.info/', 30),
    ],
  },
  {
    name: 'TypeScript',
    category: 'language',
    synonyms: ['TS'],
    learn: [
      doc(
        'The TypeScript Handbook',
        'https://www.typescriptlang.org/docs/handbook/intro.html',
        10,
        'intermediate',
      ),
    ],
  },
  {
    name: 'HTML',
    category: 'language',
    learn: [
      course('web.dev: Learn HTML', 'https://web.dev/learn/html', 8),
      doc('MDN HTML', 'https://developer.mozilla.org/en-US/docs/Web/HTML', 6),
    ],
  },
  {
    name: 'CSS',
    category: 'language',
    learn: [
      course('web.dev: Learn CSS', 'https://web.dev/learn/css', 15),
      doc('MDN CSS', 'https://developer.mozilla.org/en-US/docs/Web/CSS', 8),
    ],
  },
  { name: 'SQL', category: 'language', learn: [SQLBOLT, PG_TUTORIAL] },
  // Backend and web
  {
    name: 'Node.js',
    category: 'platform',
    synonyms: ['Node', 'NodeJS'],
    learn: [
      doc(
        'Learn Node.js',
        'https://nodejs.org/en/learn/getting-started/introduction-to-nodejs',
        10,
      ),
    ],
  },
  {
    name: 'NoSQL databases',
    category: 'foundation',
    synonyms: ['NoSQL'],
    learn: [
      DDIA,
      doc('MongoDB manual: introduction', 'https://www.mongodb.com/docs/manual/introduction/', 4),
    ],
  },
  {
    name: 'REST',
    category: 'practice',
    synonyms: ['REST APIs', 'REST API design', 'RESTful APIs'],
    learn: [
      MDN_HTTP,
      doc(
        'Microsoft REST API guidelines',
        'https://github.com/microsoft/api-guidelines',
        3,
        'intermediate',
      ),
    ],
  },
  {
    name: 'gRPC',
    category: 'framework',
    learn: [
      doc(
        'Introduction to gRPC',
        'https://grpc.io/docs/what-is-grpc/introduction/',
        4,
        'intermediate',
      ),
    ],
  },
  {
    name: 'OpenAPI',
    category: 'practice',
    synonyms: ['Swagger'],
    learn: [doc('OpenAPI learning site', 'https://learn.openapis.org/', 4, 'intermediate')],
  },
  {
    name: 'Testing',
    category: 'practice',
    synonyms: ['Unit tests', 'Unit testing', 'Automated testing'],
    learn: [TEST_PYRAMID],
  },
  {
    name: 'Logging',
    category: 'practice',
    learn: [
      doc(
        'OpenTelemetry: Observability primer',
        'https://opentelemetry.io/docs/concepts/observability-primer/',
        2,
        'intermediate',
      ),
      doc('The Twelve-Factor App: Logs', 'https://12factor.net/logs', 1),
    ],
  },
  {
    name: 'React',
    category: 'framework',
    learn: [
      course('Full Stack Open, parts 1–2 (React)', 'https://fullstackopen.com/en/', 30),
      doc('Learn React (react.dev)', 'https://react.dev/learn', 12),
    ],
  },
  {
    name: 'Next.js',
    category: 'framework',
    learn: [course('Next.js Learn', 'https://nextjs.org/learn', 10, 'intermediate')],
  },
  { name: 'Web performance', category: 'practice', learn: [WEB_DEV_PERF, HPBN] },
  {
    name: 'Accessibility',
    category: 'practice',
    synonyms: ['a11y', 'Web accessibility'],
    learn: [
      course('web.dev: Learn Accessibility', 'https://web.dev/learn/accessibility', 8),
      doc('W3C WAI: Accessibility fundamentals', 'https://www.w3.org/WAI/fundamentals/', 4),
    ],
  },
  {
    name: 'Playwright',
    category: 'tool',
    learn: [
      doc('Playwright: Getting started', 'https://playwright.dev/docs/intro', 6, 'intermediate'),
    ],
  },
  {
    name: 'Selenium',
    category: 'tool',
    learn: [
      doc('Selenium documentation', 'https://www.selenium.dev/documentation/', 10, 'intermediate'),
    ],
  },
  // Mobile
  {
    name: 'Jetpack Compose',
    category: 'framework',
    synonyms: ['Compose'],
    learn: [
      doc(
        'Jetpack Compose tutorial',
        'https://developer.android.com/develop/ui/compose/tutorial',
        4,
      ),
      ANDROID_COMPOSE,
    ],
  },
  {
    name: 'Mobile UI',
    category: 'practice',
    learn: [doc('Material Design 3', 'https://m3.material.io/', 6), ANDROID_COMPOSE],
  },
  {
    name: 'Offline storage',
    category: 'practice',
    synonyms: ['Local storage on mobile'],
    learn: [
      doc(
        'Android: Save data in a local database using Room',
        'https://developer.android.com/training/data-storage/room',
        5,
        'intermediate',
      ),
    ],
  },
  {
    name: 'App performance',
    category: 'practice',
    learn: [
      doc(
        'Android: App performance guide',
        'https://developer.android.com/topic/performance/overview',
        6,
        'intermediate',
      ),
    ],
  },
  // Delivery and infrastructure
  {
    name: 'Docker',
    category: 'tool',
    synonyms: ['Containers'],
    learn: [doc('Docker: Get started', 'https://docs.docker.com/get-started/', 6)],
  },
  {
    name: 'CI/CD',
    category: 'practice',
    synonyms: ['CI', 'Continuous integration', 'Continuous delivery'],
    learn: [
      doc('GitHub Actions documentation', 'https://docs.github.com/en/actions', 6),
      doc(
        'Martin Fowler: Continuous Integration',
        'https://martinfowler.com/articles/continuousIntegration.html',
        2,
        'intermediate',
      ),
    ],
  },
  {
    name: 'GitHub Actions',
    category: 'tool',
    learn: [doc('GitHub Actions documentation', 'https://docs.github.com/en/actions', 6)],
  },
  {
    name: 'Jenkins',
    category: 'tool',
    learn: [doc('Jenkins tutorials', 'https://www.jenkins.io/doc/tutorials/', 6, 'intermediate')],
  },
  {
    name: 'Kubernetes',
    category: 'platform',
    synonyms: ['K8s'],
    learn: [
      doc(
        'Kubernetes basics tutorial',
        'https://kubernetes.io/docs/tutorials/kubernetes-basics/',
        6,
      ),
      doc('Kubernetes concepts', 'https://kubernetes.io/docs/concepts/', 20, 'intermediate'),
    ],
  },
  {
    name: 'Helm',
    category: 'tool',
    learn: [
      doc('Helm quickstart guide', 'https://helm.sh/docs/intro/quickstart/', 3, 'intermediate'),
    ],
  },
  {
    name: 'Terraform',
    category: 'tool',
    synonyms: ['Infrastructure as code', 'IaC'],
    learn: [
      doc(
        'Terraform language documentation',
        'https://developer.hashicorp.com/terraform/language',
        8,
        'intermediate',
      ),
      TF_TUTORIALS,
    ],
  },
  {
    name: 'Pulumi',
    category: 'tool',
    learn: [
      doc('Pulumi: Get started', 'https://www.pulumi.com/docs/get-started/', 5, 'intermediate'),
    ],
  },
  {
    name: 'Ansible',
    category: 'tool',
    learn: [
      doc(
        'Getting started with Ansible',
        'https://docs.ansible.com/ansible/latest/getting_started/index.html',
        6,
        'intermediate',
      ),
    ],
  },
  {
    name: 'AWS',
    category: 'platform',
    synonyms: ['Amazon Web Services'],
    learn: [course('AWS Skill Builder', 'https://skillbuilder.aws/', 20), AWS_WELL_ARCHITECTED],
  },
  {
    name: 'Cloud platforms',
    category: 'platform',
    synonyms: ['Cloud'],
    learn: [
      AWS_WELL_ARCHITECTED,
      doc(
        'Google Cloud documentation: get started',
        'https://cloud.google.com/docs/get-started',
        6,
      ),
    ],
  },
  {
    name: 'Prometheus',
    category: 'tool',
    learn: [
      doc(
        'Prometheus: Overview',
        'https://prometheus.io/docs/introduction/overview/',
        5,
        'intermediate',
      ),
    ],
  },
  {
    name: 'Grafana',
    category: 'tool',
    learn: [
      doc(
        'Grafana: Getting started',
        'https://grafana.com/docs/grafana/latest/getting-started/',
        4,
      ),
    ],
  },
  {
    name: 'Monitoring and alerting',
    category: 'practice',
    synonyms: ['Monitoring', 'Observability'],
    learn: [
      doc(
        'Google SRE book: Monitoring distributed systems',
        'https://sre.google/sre-book/monitoring-distributed-systems/',
        2,
        'intermediate',
      ),
    ],
  },
  {
    name: 'GitOps',
    category: 'practice',
    learn: [
      doc('OpenGitOps principles', 'https://opengitops.dev/', 1, 'intermediate'),
      doc('Argo CD documentation', 'https://argo-cd.readthedocs.io/en/stable/', 6, 'intermediate'),
    ],
  },
  {
    name: 'SLOs',
    category: 'practice',
    synonyms: ['Service level objectives'],
    learn: [
      doc(
        'Google SRE workbook: Implementing SLOs',
        'https://sre.google/workbook/implementing-slos/',
        3,
        'intermediate',
      ),
      SRE_BOOK,
    ],
  },
  {
    name: 'Incident response',
    category: 'practice',
    synonyms: ['On-call'],
    learn: [
      doc(
        'Google SRE book: Managing incidents',
        'https://sre.google/sre-book/managing-incidents/',
        2,
        'intermediate',
      ),
      SRE_BOOK,
    ],
  },
  {
    name: 'Identity and access management',
    category: 'practice',
    synonyms: ['Identity and access', 'IAM'],
    learn: [AWS_IAM],
  },
  {
    name: 'Cloud cost management',
    category: 'practice',
    synonyms: ['Cost management', 'FinOps'],
    learn: [
      doc(
        'FinOps Foundation: What is FinOps?',
        'https://www.finops.org/introduction/what-is-finops/',
        2,
        'intermediate',
      ),
    ],
  },
  // Data and machine learning
  {
    name: 'Data modelling',
    category: 'practice',
    synonyms: ['Data modeling'],
    learn: [
      DDIA,
      doc(
        'dbt: How we structure our dbt projects',
        'https://docs.getdbt.com/best-practices/how-we-structure/1-guide-overview',
        3,
        'intermediate',
      ),
    ],
  },
  { name: 'dbt', category: 'tool', learn: [course('dbt Learn', 'https://learn.getdbt.com/', 10)] },
  {
    name: 'Apache Spark',
    category: 'framework',
    synonyms: ['Spark', 'PySpark'],
    learn: [
      doc(
        'Spark quick start',
        'https://spark.apache.org/docs/latest/quick-start.html',
        4,
        'intermediate',
      ),
    ],
  },
  {
    name: 'Apache Airflow',
    category: 'tool',
    synonyms: ['Airflow', 'Workflow orchestration'],
    learn: [
      doc(
        'Airflow fundamentals tutorial',
        'https://airflow.apache.org/docs/apache-airflow/stable/tutorial/fundamentals.html',
        4,
        'intermediate',
      ),
    ],
  },
  {
    name: 'Apache Kafka',
    category: 'platform',
    synonyms: ['Kafka'],
    learn: [
      doc('Kafka quickstart', 'https://kafka.apache.org/quickstart', 3, 'intermediate'),
      DDIA,
    ],
  },
  {
    name: 'Snowflake',
    category: 'platform',
    learn: [
      doc(
        'Snowflake: Getting started',
        'https://docs.snowflake.com/en/user-guide-getting-started',
        6,
        'intermediate',
      ),
    ],
  },
  {
    name: 'pandas',
    category: 'framework',
    learn: [
      doc(
        'pandas: Getting started',
        'https://pandas.pydata.org/docs/getting_started/index.html',
        8,
      ),
      KAGGLE,
    ],
  },
  {
    name: 'Statistics',
    category: 'foundation',
    learn: [
      OPENINTRO,
      course(
        'Khan Academy: Statistics and probability',
        'https://www.khanacademy.org/math/statistics-probability',
        40,
      ),
    ],
  },
  {
    name: 'Experiment design',
    category: 'practice',
    synonyms: ['A/B testing'],
    learn: [
      book('Trustworthy Online Controlled Experiments', 'https://experimentguide.com/', 15, 'paid'),
      OPENINTRO,
    ],
  },
  { name: 'Machine learning', category: 'foundation', synonyms: ['ML'], learn: [ML_CRASH, KAGGLE] },
  {
    name: 'scikit-learn',
    category: 'framework',
    synonyms: ['sklearn'],
    learn: [
      doc(
        'scikit-learn: Getting started',
        'https://scikit-learn.org/stable/getting_started.html',
        6,
      ),
    ],
  },
  {
    name: 'Deep learning',
    category: 'foundation',
    learn: [
      FAST_AI,
      book(
        'Deep Learning (Goodfellow, Bengio, Courville)',
        'https://www.deeplearningbook.org/',
        60,
        'free',
        'advanced',
      ),
    ],
  },
  {
    name: 'PyTorch',
    category: 'framework',
    learn: [
      doc(
        'PyTorch: Learn the basics',
        'https://pytorch.org/tutorials/beginner/basics/intro.html',
        8,
        'intermediate',
      ),
      FAST_AI,
    ],
  },
  {
    name: 'MLOps',
    category: 'practice',
    learn: [course('Made With ML', 'https://madewithml.com/', 30, 'intermediate')],
  },
  {
    name: 'Distributed training',
    category: 'practice',
    learn: [
      doc(
        'PyTorch: Distributed and parallel training overview',
        'https://pytorch.org/tutorials/beginner/dist_overview.html',
        6,
        'advanced',
      ),
    ],
  },
  {
    name: 'Data visualisation',
    category: 'practice',
    synonyms: ['Visualisation', 'Visualization', 'Data visualization'],
    learn: [
      doc('Matplotlib tutorials', 'https://matplotlib.org/stable/tutorials/index.html', 6),
      KAGGLE,
    ],
  },
  {
    name: 'Communication',
    category: 'practice',
    synonyms: ['Stakeholder communication'],
    learn: [
      doc('Google developer documentation style guide', 'https://developers.google.com/style', 4),
    ],
  },
  // Security
  {
    name: 'Application security',
    category: 'domain',
    synonyms: ['AppSec'],
    learn: [OWASP_TOP10, PORTSWIGGER],
  },
  {
    name: 'Cloud security',
    category: 'domain',
    learn: [
      doc(
        'AWS Well-Architected: Security pillar',
        'https://docs.aws.amazon.com/wellarchitected/latest/security-pillar/welcome.html',
        8,
        'intermediate',
      ),
      AWS_IAM,
    ],
  },
  {
    name: 'Security',
    category: 'domain',
    synonyms: ['Information security'],
    learn: [
      OWASP_TOP10,
      doc(
        'OWASP Application Security Verification Standard',
        'https://owasp.org/www-project-application-security-verification-standard/',
        8,
        'intermediate',
      ),
    ],
  },
  {
    name: 'Burp Suite',
    category: 'tool',
    learn: [
      doc(
        'Burp Suite documentation',
        'https://portswigger.net/burp/documentation',
        6,
        'intermediate',
      ),
      PORTSWIGGER,
    ],
  },
  {
    name: 'Splunk',
    category: 'tool',
    synonyms: ['SIEM'],
    learn: [
      doc('Splunk documentation', 'https://docs.splunk.com/Documentation', 10, 'intermediate'),
    ],
  },
  {
    name: 'Threat modelling',
    category: 'practice',
    synonyms: ['Threat modeling'],
    learn: [
      doc(
        'OWASP: Threat modeling',
        'https://owasp.org/www-community/Threat_Modeling',
        3,
        'intermediate',
      ),
    ],
  },
  {
    name: 'Static analysis',
    category: 'practice',
    synonyms: ['SAST'],
    learn: [doc('Semgrep documentation', 'https://semgrep.dev/docs/', 4, 'intermediate')],
  },
  // Quality
  { name: 'Test automation', category: 'practice', learn: [TEST_PYRAMID] },
  {
    name: 'API testing',
    category: 'practice',
    learn: [
      doc('Postman Learning Center', 'https://learning.postman.com/docs/introduction/overview/', 6),
    ],
  },
  {
    name: 'Test strategy',
    category: 'practice',
    synonyms: ['Test planning'],
    learn: [
      TEST_PYRAMID,
      doc('Google Testing Blog', 'https://testing.googleblog.com/', 4, 'intermediate'),
    ],
  },
  {
    name: 'Load testing',
    category: 'practice',
    synonyms: ['Performance testing'],
    learn: [
      doc('Grafana k6 documentation', 'https://grafana.com/docs/k6/latest/', 6, 'intermediate'),
    ],
  },
  // Product
  {
    name: 'User research',
    category: 'practice',
    learn: [NNG, book('The Mom Test', 'https://www.momtestbook.com/', 4, 'paid', 'beginner')],
  },
  {
    name: 'Product analytics',
    category: 'practice',
    synonyms: ['Analytics'],
    learn: [course('Google Analytics Academy (Skillshop)', 'https://skillshop.withgoogle.com/', 8)],
  },
  {
    name: 'Writing specs',
    category: 'practice',
    synonyms: ['PRDs', 'Product requirements'],
    learn: [
      doc(
        'Atlassian: Product requirements',
        'https://www.atlassian.com/agile/product-management/requirements',
        1,
      ),
      INSPIRED,
    ],
  },
  {
    name: 'Prioritisation',
    category: 'practice',
    synonyms: ['Prioritization'],
    learn: [
      doc(
        'Intercom: RICE, simple prioritization for product managers',
        'https://www.intercom.com/blog/rice-simple-prioritization-for-product-managers/',
        1,
      ),
      INSPIRED,
    ],
  },
  {
    name: 'Product strategy',
    category: 'practice',
    learn: [
      doc(
        'Atlassian: Product strategy',
        'https://www.atlassian.com/agile/product-management/product-strategy',
        1,
      ),
      INSPIRED,
    ],
  },
  {
    name: 'Pricing',
    category: 'domain',
    learn: [
      book(
        'Monetizing Innovation',
        'https://www.simon-kucher.com/en/insights/monetizing-innovation',
        8,
        'paid',
      ),
    ],
  },
]

/** A project for a stage, where building something is the way to learn it. */
export const stageProjects: Record<string, ResourceSeed> = {
  'Web foundations': project(
    'The Odin Project: Foundations course projects',
    'https://www.theodinproject.com/paths/foundations/courses/foundations',
    40,
    'beginner',
  ),
  'Pipelines at scale': project(
    'Data Engineering Zoomcamp (DataTalks.Club)',
    'https://github.com/DataTalksClub/data-engineering-zoomcamp',
    60,
  ),
}
