import { readFile } from 'node:fs/promises'
import path from 'node:path'

// Satori keeps one font per name and weight, so each subset needs its own name to serve as fallback.
const FILES = [
  { name: 'Inter', file: 'inter-latin-400-normal.woff', weight: 400 },
  { name: 'Inter Ext', file: 'inter-latin-ext-400-normal.woff', weight: 400 },
  { name: 'Inter', file: 'inter-latin-700-normal.woff', weight: 700 },
  { name: 'Inter Ext', file: 'inter-latin-ext-700-normal.woff', weight: 700 },
] as const

/** For the card's font-family. */
export const OG_FONT_FAMILY = 'Inter, "Inter Ext"'

let loaded: Promise<
  { name: string; data: ArrayBuffer; weight: 400 | 700; style: 'normal' }[]
> | null = null

/**
 * Inter for Open Graph images, read from @fontsource/inter on disk (no network). next/og cannot read
 * woff2, hence the static woff files; latin-ext carries the ₹ sign.
 */
export function ogFonts() {
  loaded ??= Promise.all(
    FILES.map(async ({ name, file, weight }) => {
      const buffer = await readFile(
        path.join(process.cwd(), 'node_modules/@fontsource/inter/files', file),
      )
      return {
        name,
        data: buffer.buffer.slice(
          buffer.byteOffset,
          buffer.byteOffset + buffer.byteLength,
        ) as ArrayBuffer,
        weight,
        style: 'normal' as const,
      }
    }),
  )
  return loaded
}
