import { readFileSync } from 'node:fs'
import path from 'node:path'

/** The id of the Next build in this folder (its BUILD_ID file), or null before a build. */
export function buildIdIn(distDir) {
  try {
    return readFileSync(path.join(distDir, 'BUILD_ID'), 'utf8').trim()
  } catch {
    return null
  }
}
