import { unstable_cache } from 'next/cache'

import { databaseKey } from '../../platform/databaseKey.mjs'
import { cacheTags } from '../../platform/revalidate'
import { brokenArticles } from './broken'
import { careersWithoutCurrentTable } from './gettingOld'
import type { DeskItem, DeskViewer } from './types'

/** What published content alone decides changes only when these tags are revalidated. */
const PUBLISHED_CONTENT = [cacheTags.articleList, cacheTags.roleList, cacheTags.salaryList]

/**
 * The desk's lists that read every published article or career, and are the same for every member
 * of staff (published content only), kept in Next's data cache until a publish, unpublish or delete
 * expires them: reading 10,000 articles' rich text takes seconds, the cached list milliseconds.
 * An hour's limit is a backstop.
 */
export const sharedDeskLists = {
  broken: (viewer: DeskViewer): Promise<DeskItem[]> =>
    unstable_cache(() => brokenArticles(viewer), ['desk', databaseKey, 'broken'], {
      tags: PUBLISHED_CONTENT,
      revalidate: 3600,
    })(),
  careersWithoutCurrentTable: (viewer: DeskViewer): Promise<DeskItem[]> =>
    unstable_cache(
      () => careersWithoutCurrentTable(viewer),
      ['desk', databaseKey, 'careers-without-table', String(viewer.now.getUTCFullYear())],
      { tags: PUBLISHED_CONTENT, revalidate: 3600 },
    )(),
}
