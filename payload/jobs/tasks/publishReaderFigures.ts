import type { TaskConfig } from 'payload'

import { cacheTags, expireTags } from '@/lib/platform/revalidate'

/**
 * Queued when an editor approves a salary report, to run at the publication point from which it
 * counts (lib/salaries/reports/timing.ts): pages showing that career's reader figures are cached, and
 * nothing else would tell them that a report has started to count.
 */
export const publishReaderFigures: TaskConfig<{
  input: { role: string }
  output: Record<string, never>
}> = {
  slug: 'publishReaderFigures',
  label: 'Show approved reader reports from their publication point',
  inputSchema: [{ name: 'role', type: 'text', required: true }],
  retries: 2,
  handler: async ({ input }) => {
    expireTags([cacheTags.readerReportList, cacheTags.readerReportsOf(input.role)])
    return { output: {} }
  },
}
