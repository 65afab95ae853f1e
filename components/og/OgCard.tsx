import { OG_FONT_FAMILY } from '@/lib/seo/ogFonts'

/** The 1200×630 share card drawn by next/og (inline styles only: it is rendered by Satori, not a browser). */
export type OgColumn = { title: string; lines: string[] }

export function OgCard({
  eyebrow,
  title,
  columns,
}: {
  eyebrow: string
  title: string
  columns: OgColumn[]
}) {
  return (
    <div
      style={{
        width: '100%',
        height: '100%',
        display: 'flex',
        flexDirection: 'column',
        padding: 64,
        background: '#eef0ff',
        fontFamily: OG_FONT_FAMILY,
        color: '#0f172a',
      }}
    >
      <div style={{ display: 'flex', fontSize: 28, fontWeight: 700, color: '#3730a3' }}>
        Careerscope · {eyebrow}
      </div>
      <div
        style={{ display: 'flex', fontSize: 58, fontWeight: 700, marginTop: 24, lineHeight: 1.1 }}
      >
        {title}
      </div>
      <div style={{ display: 'flex', marginTop: 'auto', gap: 32 }}>
        {columns.map((column) => (
          <div
            key={column.title}
            style={{
              display: 'flex',
              flexDirection: 'column',
              flex: 1,
              background: '#ffffff',
              borderRadius: 20,
              padding: 28,
            }}
          >
            <div style={{ display: 'flex', fontSize: 30, fontWeight: 700 }}>{column.title}</div>
            {column.lines.map((line) => (
              <div
                key={line}
                style={{ display: 'flex', fontSize: 30, marginTop: 10, color: '#334155' }}
              >
                {line}
              </div>
            ))}
          </div>
        ))}
      </div>
    </div>
  )
}
