import { ImageResponse } from 'next/og'

import { ogFonts } from '@/lib/seo/ogFonts'

import { OgCard, type OgColumn } from './OgCard'

const OG_SIZE = { width: 1200, height: 630 }

/** Renders a share card; the routes under app/(frontend)/og only gather the figures. */
export async function renderOgCard(card: {
  eyebrow: string
  title: string
  columns: OgColumn[]
}): Promise<ImageResponse> {
  return new ImageResponse(<OgCard {...card} />, { ...OG_SIZE, fonts: await ogFonts() })
}
