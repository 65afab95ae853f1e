/**
 * Two draft guides so a new editor's desk has something on it: one a writer has marked ready for
 * review, one an editor has scheduled to publish in a week. Written for Careerscope; no reader sees
 * either until an editor publishes it.
 */
export type DraftGuideSeed = {
  slug: string
  title: string
  distinction: string
  bodyMarkdown: string
}

export const readyForReview: DraftGuideSeed = {
  slug: 'manual-testing-to-sdet',
  title: 'From manual testing to SDET: a six-month plan',
  distinction:
    'Manual testers already know where software breaks; the move to an SDET role is about learning to make a machine find those breaks every day.',
  bodyMarkdown: [
    '## Month one and two: one language, properly',
    'Pick the language your team ships in, and write small programs that read files, call an API and check the answer. Resist collecting frameworks before the language feels ordinary.',
    '## Month three and four: a test suite someone else runs',
    'Automate the checks you already run by hand for one feature, put them in CI and keep them green for a month. A flaky suite teaches more than a tutorial.',
    '## Month five and six: evidence for the interview',
    'Bring the repository, the CI history and one bug your tests caught. Interviewers for SDET roles ask how you decided what not to automate.',
  ].join('\n\n'),
}

export const scheduledToPublish: DraftGuideSeed = {
  slug: 'devops-interview-questions-india',
  title: 'What DevOps interviews in India actually ask',
  distinction:
    'Fewer trivia questions than people fear, more "walk me through an outage": how to prepare for the conversation rather than the quiz.',
  bodyMarkdown: [
    '## The outage story',
    'Expect to be asked about a time something broke in production: what you saw first, what you tried, and what you changed afterwards so it could not happen the same way again.',
    '## Linux, networking and one cloud',
    'Interviewers check that you can find a full disk, a wrong DNS answer or a closed port without a dashboard. Depth in one cloud beats a list of three.',
    '## Pipelines you have owned',
    'Be ready to draw a pipeline you built, say why each stage exists and how long it takes, and what you would cut if it had to be twice as fast.',
  ].join('\n\n'),
}

/** The scheduled guide publishes this long after the seed runs. */
export const SCHEDULED_AFTER_MS = 7 * 24 * 60 * 60 * 1000
